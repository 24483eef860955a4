#!/usr/bin/env node
/**
 * `npm run new-rule <id> -- --subject <kind> [--root DIR]`: scaffolds a rule — its module
 * (src/checks/<id>.ts, a defineRule skeleton with meta and one message), its page
 * (docs/rules/<id>.md: heading, meta block, example sections), its test
 * (__tests__/rules/<id>.test.ts, a ruleTester skeleton) and its registry entries
 * (RULE_IDS in src/core/rule-ids.ts, the import and CORE_CHECKS entry in
 * src/checks/registry.ts, the id as a key of the policy schema's `rules:` map). A rule of a
 * section with a rule pack (src/checks/rule-packs.ts) moves from CORE_CHECKS to that pack.
 * Refuses an id that is taken or badly formed. `--root` (default: the current directory)
 * lets tests run it against a copy of those files.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const SUBJECTS = {
  secret: { ref: 'secretRef', from: '../subjects/secret-subject.js', severity: "'subject'" },
  'trust-store': { ref: 'storeRef', from: '../subjects/trust-subjects.js', severity: "'subject'" },
  'trust-key': { ref: 'keyRef', from: '../subjects/trust-subjects.js', severity: "'subject'" },
  artifact: { ref: 'artifactRef', from: '../subjects/trust-subjects.js', severity: "'subject'" },
  'token-store': {
    ref: 'tokenStoreRef',
    from: '../subjects/token-subjects.js',
    severity: "'subject'",
  },
  token: { ref: 'tokenRef', from: '../subjects/token-subjects.js', severity: "'subject'" },
};
const ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const MAX_ID = 64;

/** `rotation-due` → `rotationDueCheck`, the name each src/checks/<id>.ts exports. */
function symbolOf(id) {
  return `${id.replace(/-([a-z0-9])/g, (_, c) => c.toUpperCase())}Check`;
}

function fail(message) {
  process.stderr.write(`new-rule: ${message}\n`);
  process.exit(2);
}

function readArgs(argv) {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { subject: { type: 'string' }, root: { type: 'string' } },
  });
  if (positionals.length !== 1)
    fail('usage: npm run new-rule <id> -- --subject <kind> [--root DIR]');
  const id = positionals[0];
  if (id.length > MAX_ID || !ID.test(id)) {
    fail('the id must be lower-case words joined by single hyphens (like trust-root-expiring)');
  }
  const subject = values.subject ?? 'secret';
  if (!Object.hasOwn(SUBJECTS, subject)) {
    fail(`--subject must be one of: ${Object.keys(SUBJECTS).join(', ')}`);
  }
  return { id, subject, root: resolve(values.root ?? '.') };
}

function ruleModule(id, subject) {
  const kind = SUBJECTS[subject];
  const loop =
    subject === 'secret'
      ? `    for (const secret of ctx.secrets) {
      const name = secret.decl.name;
      if (!fires(secret)) continue;
      report({ subject: ${kind.ref}(name), messageId: 'found', data: { name } });
    }`
      : kind.from.endsWith('token-subjects.js')
        ? `    for (const { store, registry } of readableRegistries(ctx)) {
      // TODO: report on the registry or one of its tokens (${kind.ref}).
      void store;
      void registry;
      void report;
    }`
        : `    for (const store of ctx.trustStores) {
      // TODO: report on the store, one of its keys or artifacts (${kind.ref}).
      void store;
      void report;
    }`;
  const helper =
    subject === 'secret'
      ? `
/** TODO: when the rule fires for one secret. */
function fires(secret: ResolvedSecret): boolean {
  void secret;
  return false;
}
`
      : '';
  const imports =
    subject === 'secret'
      ? `import type { ResolvedSecret } from '../sources/resolved-secret.js';
import { ${kind.ref} } from '${kind.from}';
`
      : kind.from.endsWith('token-subjects.js')
        ? `import { readableRegistries } from './support/token-registries.js';
`
        : '';
  return `/**
 * \`${id}\`: TODO one sentence, as the docs page's heading says it.
 */
${imports}import { defineRule, ruleDocsUrl } from './rule-types.js';

export const ${symbolOf(id)} = defineRule({
  meta: {
    id: '${id}',
    subjects: ['${subject}'],
    description: 'TODO: when the rule fires, in one sentence.',
    severity: ${kind.severity},
    docs: ruleDocsUrl('${id}'),
    messages: {
      found: 'TODO: what is wrong with {{name}}',
    },
  },
  run(ctx, report) {
${loop}
  },
});
${helper}`;
}

function rulePage(id) {
  const fence = '```';
  const example = `${fence}yaml secret-policy.yml
version: 1
secrets:
  API_TOKEN: {}
${fence}

${fence}env
API_TOKEN=TODO
${fence}`;
  return `# \`${id}\`: TODO what it means

<!-- meta:begin -->
<!-- meta:end -->

Policy keys: TODO.

## What it checks

TODO.

## Why it matters

TODO.

## Examples

These two run in \`__tests__/docs/rule-examples.test.ts\`: each block titled with a file name
is written to an empty directory (the policy is \`secret-policy.yml\`), an \`env\` block (or
\`secrets\`, \`vars\`: the action's inputs) lists the values that source holds, and the clock reads
2026-11-22T00:00:00Z.

**Fires:**

${example}

**Does not fire:**

${example}

## How to fix

TODO.
`;
}

function ruleTest(id) {
  const symbol = symbolOf(id);
  return `import { ${symbol} } from '../../src/checks/${id}.js';
import { context, resolved } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

ruleTester(${symbol}, {
  valid: [
    {
      name: 'TODO: a case the rule accepts',
      ctx: context([resolved('API_TOKEN', { value: 'x' })]),
    },
  ],
  invalid: [
    {
      name: 'TODO: a case the rule reports',
      ctx: context([resolved('API_TOKEN', { value: 'x' })]),
      findings: [{ messageId: 'found', subject: 'API_TOKEN' }],
    },
  ],
});
`;
}

/** Inserts `line` before the first line matching `before` after `from`; throws when absent. */
function insertBefore(text, from, before, line, file) {
  const start = text.indexOf(from);
  if (start === -1) throw new Error(`${file}: cannot find ${from.trim()}`);
  const at = text.indexOf(before, start);
  if (at === -1) throw new Error(`${file}: cannot find ${before.trim()} after ${from.trim()}`);
  return text.slice(0, at) + line + text.slice(at);
}

/** The id as a key of the published schema's `rules:` map (text edit: the file keeps its layout). */
function schemaEntry(schema, id) {
  const rules = schema.indexOf('\n    "rules": {', schema.indexOf('\n  "definitions": {'));
  const properties = schema.indexOf('"properties": {', rules);
  const close = schema.indexOf('\n      }', properties);
  if (rules === -1 || properties === -1 || close === -1) {
    throw new Error('secret-policy.schema.json: cannot find definitions.rules.properties');
  }
  const entry = `,\n        "${id}": { "$ref": "#/definitions/ruleSetting" }`;
  return schema.slice(0, close) + entry + schema.slice(close);
}

function register(root, id) {
  const schemaPath = join(root, 'schema/secret-policy.schema.json');
  const idsPath = join(root, 'src/core/rule-ids.ts');
  const ids = readFileSync(idsPath, 'utf8');
  const registryPath = join(root, 'src/checks/registry.ts');
  const registry = readFileSync(registryPath, 'utf8');
  const symbol = symbolOf(id);
  const lastImport = registry.lastIndexOf('\nimport { ');
  const importEnd = registry.indexOf('\n', lastImport + 1) + 1;
  const withImport = `${registry.slice(0, importEnd)}import { ${symbol} } from './${id}.js';\n${registry.slice(importEnd)}`;
  return [
    [
      idsPath,
      insertBefore(ids, 'export const RULE_IDS', '] as const;', `  '${id}',\n`, 'rule-ids.ts'),
    ],
    [
      registryPath,
      insertBefore(withImport, 'export const CORE_CHECKS', '\n];', `\n  ${symbol},`, 'registry.ts'),
    ],
    [schemaPath, schemaEntry(readFileSync(schemaPath, 'utf8'), id)],
  ];
}

function main() {
  const { id, subject, root } = readArgs(process.argv.slice(2));
  const ids = readFileSync(join(root, 'src/core/rule-ids.ts'), 'utf8');
  if (ids.includes(`'${id}'`)) fail(`rule ${id} already exists in src/core/rule-ids.ts`);
  const files = [
    [join(root, 'src/checks', `${id}.ts`), ruleModule(id, subject)],
    [join(root, 'docs/rules', `${id}.md`), rulePage(id)],
    [join(root, '__tests__/rules', `${id}.test.ts`), ruleTest(id)],
  ];
  const taken = files.find(([path]) => existsSync(path));
  if (taken) fail(`${taken[0]} already exists`);
  // Compute every edit before writing anything, so a failure leaves the tree untouched.
  const edits = [...files, ...register(root, id)];
  for (const [path, text] of edits) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  }
  process.stdout.write(
    `new-rule: wrote ${edits.map(([path]) => path.slice(root.length + 1)).join(', ')}\n` +
      'next: fill in the TODOs, then `npm run build:schema` (the policy validator), `npm run docs`\n' +
      '(the page header and README table) and\n' +
      `\`npm test -- __tests__/rules/${id}.test.ts __tests__/docs\`.\n`,
  );
}

main();
