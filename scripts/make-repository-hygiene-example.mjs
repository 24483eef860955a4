#!/usr/bin/env node
/**
 * `node scripts/make-repository-hygiene-example.mjs pass|fail <dir> [value]`: copies
 * examples/repository-hygiene/secret-policy.yml into <dir> and commits a small repository there. `pass` tracks templates only (the live files exist but
 * are ignored); `fail` breaks each repository rule once. `value` is the value the `fail`
 * layout commits into docs (the test passes the same one as ROBODJ_SECRET_KEY).
 */
import { Buffer } from 'node:buffer';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const [state, dir, value = 'demo-only-value-0000'] = process.argv.slice(2);
if ((state !== 'pass' && state !== 'fail') || !dir) {
  process.stderr.write('usage: make-repository-hygiene-example.mjs pass|fail <dir> [value]\n');
  process.exit(2);
}

const common = {
  '.gitignore': '.env\nconfig/secret*.key\n',
  '.env.example': 'ROBODJ_SECRET_KEY=\nROBODJ_SECRET_V2_KEY=\n',
  'config/secret.key.example': 'CHANGE_ME\n',
  'config/secret_v2.key.example': 'CHANGE_ME\n',
  'config/check_runtime_secrets.py': 'print("checks the runtime secrets")\n',
  'package.json': '{ "name": "robodj" }\n',
};
const layouts = {
  pass: {
    tracked: {
      ...common,
      'docs/setup.md': '# Setup\n\nexport ROBODJ_SECRET_KEY=<from the secrets manager>\n',
      Dockerfile: 'FROM node:24\nCOPY package.json /app/\nCMD ["node", "/app"]\n',
    },
    ignored: { '.env': `ROBODJ_SECRET_KEY=${value}\n`, 'config/secret.key': `${value}\n` },
  },
  fail: {
    tracked: {
      ...common,
      '.env': 'ROBODJ_SECRET_KEY=\n',
      'config/secret_v2.key': 'EXAMPLE-ONLY\n',
      'config/secret.key.bak': 'EXAMPLE-ONLY\n',
      'docs/setup.md': `# Setup\n\nexport ROBODJ_SECRET_KEY=${value}\n`,
      'deploy/secret.yaml': `data:\n  key: ${Buffer.from(value).toString('base64')}\n`,
      Dockerfile: 'FROM node:24\nCOPY package.json /app/\nCOPY .env /app/.env\n',
    },
    ignored: {},
  },
};

const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: process.platform === 'win32' ? 'NUL' : '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'demo',
  GIT_AUTHOR_EMAIL: 'demo@example.invalid',
  GIT_COMMITTER_NAME: 'demo',
  GIT_COMMITTER_EMAIL: 'demo@example.invalid',
};
const git = (...args) => execFileSync('git', args, { cwd: dir, env, stdio: 'ignore' });

function write(files) {
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
}

const { tracked, ignored } = layouts[state];
mkdirSync(dir, { recursive: true });
const policy = join(
  import.meta.dirname,
  '..',
  'examples',
  'repository-hygiene',
  'secret-policy.yml',
);
copyFileSync(policy, join(dir, 'secret-policy.yml'));
git('init', '-q');
write(tracked);
git('add', '-f', '--', 'secret-policy.yml', ...Object.keys(tracked));
git('commit', '-q', '--no-gpg-sign', '-m', `repository-hygiene demo (${state})`);
write(ignored);
