import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/*
 * Every file the gate reads goes through src/io/bounded-reader.ts: confined to the working
 * directory when a policy names it, a regular file, opened without blocking, size-capped.
 * Elsewhere in src/ the read and probe functions of node:fs are forbidden (a probe such as
 * existsSync tells a policy whether a file outside the working directory exists); writes
 * (reports, outputs, cache entries, directories) stay allowed. Default and namespace
 * imports would reach the same functions, so they are forbidden too.
 */
const FS_READ_FUNCTIONS = [
  'default',
  'access',
  'accessSync',
  'createReadStream',
  'exists',
  'existsSync',
  'fstat',
  'fstatSync',
  'lstat',
  'lstatSync',
  'open',
  'openSync',
  'openAsBlob',
  'opendir',
  'opendirSync',
  'read',
  'readSync',
  'readv',
  'readvSync',
  'readFile',
  'readFileSync',
  'readdir',
  'readdirSync',
  'readlink',
  'readlinkSync',
  'realpath',
  'realpathSync',
  'stat',
  'statSync',
  'statfs',
  'statfsSync',
  'watch',
  'watchFile',
];
const FS_READ_MESSAGE =
  'Read files through src/io/bounded-reader.ts (confined, regular, non-blocking, size-capped).';
const FS_READS = ['fs', 'node:fs', 'fs/promises', 'node:fs/promises'].map((name) => ({
  name,
  importNames: FS_READ_FUNCTIONS,
  message: FS_READ_MESSAGE,
}));
const DYNAMIC_FS_IMPORTS = [
  {
    selector: 'ImportExpression[source.value=/^(node:)?fs(\\/promises)?$/]',
    message: FS_READ_MESSAGE,
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'src/policy/generated/**',
      'reports/**',
      '.stryker-tmp/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', URL: 'readonly' } },
  },
  {
    // @actions/core is imported only under src/action/: the CLI must never load it.
    files: ['src/**/*.ts'],
    ignores: ['src/action/**', 'src/io/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: ['@actions/core', ...FS_READS] }],
      'no-restricted-syntax': ['error', ...DYNAMIC_FS_IMPORTS],
    },
  },
  {
    // Files are read only through src/io/ (confined, regular, non-blocking, size-capped).
    files: ['src/action/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { paths: FS_READS }],
      'no-restricted-syntax': ['error', ...DYNAMIC_FS_IMPORTS],
    },
  },
);
