/**
 * Output injection (issue 7, item 7), case by case: each trick the issue reproduced, through
 * the real loader, stores, engine, CLI and action publishing, plus the channel escapers'
 * own contracts. The property test (hostile-output.property.test.ts) covers arbitrary text.
 */
import * as core from '@actions/core';
import { afterEach, beforeEach, describe, expect, it, jest } from '@jest/globals';
import { createHash, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runAction } from '../../src/action/run-action.js';
import { runCli } from '../../src/cli/run-cli.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';
import {
  OUTPUT_SAFE,
  escapeCommandData,
  escapeCommandProperty,
  escapeMarkdownCell,
  escapeOutputValue,
  escapeTextLine,
  formatJsonText,
  guardLineStart,
} from '../../src/core/escape/index.js';
import { buildOutputs } from '../../src/reporters/outputs.js';
import { formatSummary } from '../../src/reporters/summary-reporter.js';
import {
  OUR_COMMAND,
  decodeEntities,
  expectSafeLog,
  expectSafeMarkdown,
  linesOf,
} from './output-channels.js';

const NOW = '2026-11-22T00:00:00Z';

describe('text-line escaper', () => {
  it('shows controls, separators, bidi and invisible characters as escapes', () => {
    expect(escapeTextLine('a\nb\r\tc\u0000\u001b[2J\u0085')).toBe(
      'a\\nb\\r\\tc\\u0000\\u001b[2J\\u0085',
    );
    expect(escapeTextLine('x\u2028y\u2029z')).toBe('x\\u2028y\\u2029z');
    expect(escapeTextLine('\u202eevil\u202c \u2066\u2069 \u200e\u200f\u061c')).toBe(
      '\\u202eevil\\u202c \\u2066\\u2069 \\u200e\\u200f\\u061c',
    );
    expect(escapeTextLine('\u200b\u200c\u200d\u2060\u2064\ufeff\u00ad\u180e\u3164')).toBe(
      '\\u200b\\u200c\\u200d\\u2060\\u2064\\ufeff\\u00ad\\u180e\\u3164',
    );
    expect(escapeTextLine('tag\u{e0041}\u{e007f}')).toBe('tag\\u{e0041}\\u{e007f}');
    expect(escapeTextLine('lone \ud800 \udc00')).toBe('lone \\ud800 \\udc00');
    // Ordinary text, accents, emoji and CJK pass as they are.
    expect(escapeTextLine('café 😀 鍵 ok-1_2/3')).toBe('café 😀 鍵 ok-1_2/3');
  });

  it('neutralises the legacy `##[` marker anywhere, and `::` at the start', () => {
    expect(escapeTextLine('owner ##[stop-commands] x ##[error]y')).toBe(
      'owner ##\\[stop-commands] x ##\\[error]y',
    );
    expect(escapeTextLine('###[group]')).toBe('###\\[group]');
    expect(escapeTextLine('#\u200b#[error]')).toBe('#\\u200b#[error]');
    expect(escapeTextLine('::error::x')).toBe('\\::error::x');
    expect(escapeTextLine(' \u3000::warning::x')).toBe(' \u3000\\::warning::x');
    expect(escapeTextLine('\n::error::x')).toBe('\\n::error::x');
    expect(escapeTextLine('a ::b')).toBe('a ::b');
    expect(guardLineStart('::x')).toBe('\\::x');
    expect(guardLineStart('ALERT: ::x')).toBe('ALERT: ::x');
  });

  it('is idempotent: text escaped twice on its way out reads the same', () => {
    for (const text of ['a\nb', '::x', '##[e]', '\u202e', '\\u202e', '  ::y', '%0A']) {
      expect(escapeTextLine(escapeTextLine(text))).toBe(escapeTextLine(text));
    }
  });
});

describe('workflow-command escaper', () => {
  it('escapes data for the runner on top of the text line', () => {
    expect(escapeCommandData('100% \n::error::x ##[stop-commands] %0A')).toBe(
      '100%25 \\n::error::x ##\\[stop-commands] %250A',
    );
  });

  it('escapes `:` and `,` in properties', () => {
    expect(escapeCommandProperty('a,b:c\n::d')).toBe('a%2Cb%3Ac\\n%3A%3Ad');
    expect(escapeCommandProperty('::x')).toBe('\\%3A%3Ax');
  });
});

describe('Markdown escaper', () => {
  const rendered = (text: string) => decodeEntities(escapeMarkdownCell(text));

  it('turns link, image and HTML syntax into text', () => {
    expect(escapeMarkdownCell('[x](https://e.example)')).toBe(
      '&#91;x&#93;&#40;https:&#8203;//e.example&#41;',
    );
    expect(escapeMarkdownCell('![i](u)')).toBe('&#33;&#91;i&#93;&#40;u&#41;');
    expect(escapeMarkdownCell('<img src=x>')).toBe('&lt;img src=x&gt;');
    expect(escapeMarkdownCell('a|b`c`\\')).toBe('a&#124;b&#96;c&#96;&#92;');
    expect(escapeMarkdownCell('**b** _i_ ~~s~~ $m$')).toBe(
      '&#42;&#42;b&#42;&#42; &#95;i&#95; &#126;&#126;s&#126;&#126; &#36;m&#36;',
    );
    // Once GitHub decodes the entities the text reads as written, with autolink triggers broken.
    expect(rendered('[x](https://e.example)')).toBe('[x](https:\u200b//e.example)');
  });

  it('breaks autolinks, emails, mentions and issue references', () => {
    expect(rendered('www.e.example WWW.E.EXAMPLE')).toBe('w\u200bww.e.example W\u200bWW.E.EXAMPLE');
    expect(rendered('a@b.example @org/team')).toBe('a\u200b@\u200bb.example \u200b@\u200borg/team');
    expect(rendered('see #123')).toBe('see #\u200b123');
    expect(rendered('ftp://x')).toBe('ftp:\u200b//x');
  });

  it('keeps a cell one cell and one line; identifiers stay readable', () => {
    expect(escapeMarkdownCell('one\ntwo\r\nthree')).toBe('one<br>two<br>three');
    expect(escapeMarkdownCell('\u202e')).toBe('&#92;u202e');
    expect(escapeMarkdownCell('API_KEY')).toBe('API_KEY');
    expect(escapeMarkdownCell('_KEY')).toBe('&#95;KEY');
  });
});

describe('step-output escaper', () => {
  it('percent-encodes everything outside A-Z a-z 0-9 _ . - /', () => {
    expect(escapeOutputValue('registry-signers/k-2025q4')).toBe('registry-signers/k-2025q4');
    expect(escapeOutputValue('API_KEY.v2')).toBe('API_KEY.v2');
    expect(escapeOutputValue('s/::error::x')).toBe('s/%3A%3Aerror%3A%3Ax');
    expect(escapeOutputValue('a b$(id)`x`;|&')).toBe('a%20b%24%28id%29%60x%60%3B%7C%26');
    expect(escapeOutputValue('100%')).toBe('100%25');
    expect(escapeOutputValue('é\u202e')).toBe('%C3%A9%E2%80%AE');
    expect(escapeOutputValue('\ud800')).toBe('%EF%BF%BD');
    expect(decodeURIComponent(escapeOutputValue('k1 ##[x]\n'))).toBe('k1 ##[x]\n');
    expect(escapeOutputValue('x\n##[stop-commands]')).toMatch(OUTPUT_SAFE);
  });
});

describe('JSON escaper', () => {
  it('escapes separators, bidi and invisible characters and `##[`, and parses back exactly', () => {
    const value = { s: 'a\u2028b\u2029c\u202e\u200b\u{e0041}\u0085 ##[stop-commands]', n: 1 };
    const text = formatJsonText(value, 2);
    expect(text).toBe(
      '{\n  "s": "a\\u2028b\\u2029c\\u202e\\u200b\\udb40\\udc41\\u0085 #\\u0023[stop-commands]",\n  "n": 1\n}',
    );
    expect(JSON.parse(text)).toEqual(value);
  });
});

/** A pinned, revoked key and an expired one, with ids and a reason written to attack. */
const REVOKED_ID = 'k1 ##[stop-commands]';
const EXPIRED_ID = '::error::expired';
const REASON = 'compromised\n::error::forged ##[error]forged \u202eevil [x](https://e.example)';
const OWNER = '@org/team ![i](https://e.example/i.png) <img src=x> ##[warning]\u2066';

function publicPemAndPin(): { pem: string; pin: string } {
  const { publicKey } = generateKeyPairSync('ed25519');
  const pem = publicKey.export({ type: 'spki', format: 'pem' }).toString();
  const der = publicKey.export({ type: 'spki', format: 'der' });
  return { pem, pin: `sha256:${createHash('sha256').update(der).digest('hex')}` };
}

function hostileWorkspace(): string {
  const dir = mkdtempSync(join(tmpdir(), 'spg-hostile-out-'));
  const revoked = publicPemAndPin();
  const expired = publicPemAndPin();
  const entry = (id: string, pem: string, extra: Record<string, unknown>) => ({
    key_id: id,
    public_key_pem: pem,
    valid_from: 1_700_000_000,
    valid_until: 0,
    revoked: false,
    revocation_reason: null,
    ...extra,
  });
  writeFileSync(
    join(dir, 'trust.json'),
    JSON.stringify({
      [REVOKED_ID]: entry(REVOKED_ID, revoked.pem, { revoked: true, revocation_reason: REASON }),
      [EXPIRED_ID]: entry(EXPIRED_ID, expired.pem, { valid_until: 1_750_000_000 }),
    }),
  );
  writeFileSync(
    join(dir, 'policy.json'),
    JSON.stringify({
      version: 1,
      secrets: {
        API_KEY: {
          description: 'desc ##[stop-commands] \n::error::d',
          owner: OWNER,
          format: 'hex',
        },
      },
      trustRoots: {
        signers: {
          path: 'trust.json',
          format: 'openclaw',
          pins: { [REVOKED_ID]: revoked.pin, [EXPIRED_ID]: expired.pin },
          minActive: 0,
        },
      },
    }),
  );
  return dir;
}

async function cli(args: string[], cwd: string, env: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    env,
    cwd,
  });
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('item 7 cases through the CLI', () => {
  const dir = hostileWorkspace();
  const env = { API_KEY: 'not-hex-at-all' };
  const check = (format: string) =>
    cli(['check', '--policy', 'policy.json', '--format', format, '--now', NOW], dir, env);

  it('the store text reaches the findings (the case is real)', async () => {
    const run = await check('json');
    expect(run.code).toBe(1);
    const report = JSON.parse(run.stdout) as { findings: Array<{ rule: string; message: string }> };
    expect(report.findings.map((f) => f.rule)).toEqual(
      expect.arrayContaining(['trust-root-revoked', 'trust-root-expired']),
    );
    expect(report.findings.some((f) => f.message.includes(REASON))).toBe(true);
    expect(run.stdout).not.toContain('##[');
  });

  it('text: `##[` in a revocation reason and key id is neutralised, the reason stays one line', async () => {
    const run = await check('text');
    const lines = expectSafeLog(run.stdout);
    const revoked = lines.filter((l) => l.includes('trust-root-revoked'));
    expect(revoked).toHaveLength(1);
    expect(revoked[0]).toContain(
      'compromised\\n::error::forged ##\\[error]forged \\u202eevil [x](https://e.example)',
    );
    expect(lines.every((l) => /^(ALERT|WARN|NOTE): |^secret-policy-gate: /.test(l))).toBe(true);
  });

  it('github: only our commands start a line; `##[` is neutralised in data', async () => {
    const run = await check('github');
    const lines = expectSafeLog(run.stdout, OUR_COMMAND);
    expect(lines.filter((l) => l.startsWith('::'))).toEqual(
      lines.filter((l) => OUR_COMMAND.test(l)),
    );
    expect(run.stdout).toContain('##\\[error]forged');
  });

  it('exit 2: a line break in a path cannot forge ALERT lines or ::error commands', async () => {
    const path = 'x\nALERT: forged\n::error::forged\r##[stop-commands]';
    const text = await cli(['validate', '--policy', path], dir);
    expect(text.code).toBe(2);
    expect(linesOf(text.stderr)).toHaveLength(1);
    expectSafeLog(text.stderr);
    expect(text.stderr).toMatch(
      /^ALERT: secret-policy-gate: cannot evaluate: .*x\\nALERT: forged\\n/,
    );
    const github = await cli(['check', '--policy', path, '--format', 'github'], dir);
    expect(github.code).toBe(2);
    expect(linesOf(github.stdout)).toHaveLength(1);
    expectSafeLog(github.stdout, OUR_COMMAND);
  });

  it('validate: a valid policy under a hostile file name is still one inert line', async () => {
    const name = 'v\n::error::forged ##[stop-commands].json';
    writeFileSync(join(dir, name), readFileSync(join(dir, 'policy.json')));
    const run = await cli(['validate', '--policy', name], dir);
    expect(run.code).toBe(0);
    expect(linesOf(run.stdout)).toHaveLength(1);
    expectSafeLog(run.stdout);
    expect(run.stdout).toBe(
      'v\\n::error::forged ##\\[stop-commands].json: valid policy (1 secret and 1 trust-root store)\n',
    );
  });

  it('fingerprint: a key id cannot start a line', async () => {
    const run = await cli(['fingerprint', 'trust.json', '--now', NOW], dir);
    expect(run.code).toBe(0);
    const lines = expectSafeLog(run.stdout);
    expect(lines.some((l) => l.startsWith('::'))).toBe(false);
    expect(lines.find((l) => l.includes('error::expired'))).toMatch(/^#\d+ +\\::error::expired /);
    const json = await cli(['fingerprint', 'trust.json', '--format', 'json', '--now', NOW], dir);
    expect(json.stdout).not.toContain('##[');
    expect(JSON.parse(json.stdout)).toMatchObject({
      keys: expect.arrayContaining([expect.objectContaining({ keyId: REVOKED_ID })]),
    });
  });
});

describe('item 7 cases through the engine', () => {
  const dir = hostileWorkspace();
  const evaluate = () =>
    evaluateGate({
      policyPath: 'policy.json',
      cwd: dir,
      sources: runSources({ env: { API_KEY: 'not-hex' }, secrets: null, vars: null }),
      now: new Date(NOW),
    });

  it('expiring: raw key ids never reach the output the README pipes through `jq -r`', async () => {
    const { result } = await evaluate();
    expect(result.due.map((d) => d.subject)).toContain(`signers/${EXPIRED_ID}`);
    const expiring = JSON.parse(buildOutputs(result, null).expiring) as Array<{ subject: string }>;
    expect(expiring.map((e) => e.subject)).toContain('signers/%3A%3Aerror%3A%3Aexpired');
    for (const e of expiring) expect(e.subject).toMatch(OUTPUT_SAFE);
  });

  it('summary: no link, image, mention or HTML from an owner, key id or revocation reason', async () => {
    const { result } = await evaluate();
    const markdown = formatSummary(result);
    expectSafeMarkdown(markdown);
    // The only links are ours: rule ids to their docs.
    expect(markdown.match(/\]\(/g)).toHaveLength(
      markdown.match(
        /\]\(https:\/\/github\.com\/secret-policy-gate\/secret-policy-gate\/blob\/main\/docs\/rules\//g,
      )?.length ?? 0,
    );
    expect(markdown).not.toContain('<img');
    expect(markdown).toContain('&#92;u2066'); // the bidi isolate, shown
  });
});

describe('the action publishes so that a partial failure never leaves result=pass', () => {
  let saved: NodeJS.ProcessEnv;
  let written: string[];
  let dir: string;
  // One summary path for the whole file: @actions/core caches it for the process (one run
  // per process in a workflow), so the failing case turns this path into a directory.
  const runner = mkdtempSync(join(tmpdir(), 'spg-hostile-runner-'));
  const files = { output: join(runner, 'output'), summary: join(runner, 'summary') };

  beforeEach(() => {
    saved = { ...process.env };
    written = [];
    jest.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
      written.push(String(chunk));
      return true;
    });
    dir = hostileWorkspace();
    rmSync(files.summary, { recursive: true, force: true });
    core.summary.emptyBuffer();
    writeFileSync(files.output, '');
    writeFileSync(files.summary, '');
    // Only this test's inputs and runner files: none inherited from the shell running jest.
    process.env = Object.fromEntries(
      Object.entries(saved).filter(([key]) => !/^(INPUT_|GITHUB_)/.test(key)),
    );
    Object.assign(process.env, {
      GITHUB_WORKSPACE: dir,
      GITHUB_OUTPUT: files.output,
      GITHUB_STEP_SUMMARY: files.summary,
      INPUT_POLICY: 'policy.json',
      INPUT_NOW: NOW,
      API_KEY: 'not-hex',
    });
  });

  afterEach(() => {
    jest.restoreAllMocks();
    process.env = saved;
    process.exitCode = undefined;
  });

  /** `name<<delimiter … delimiter` blocks of GITHUB_OUTPUT, in write order. */
  function outputs(): Array<[string, string]> {
    const text = readFileSync(files.output, 'utf8');
    return [...text.matchAll(/^([\w-]+)<<(\S+)\n([\s\S]*?)\n\2$/gm)].map((m) => [m[1], m[3]]);
  }

  it('writes result last; the log, annotations and summary carry nothing forged', async () => {
    await runAction();
    const names = outputs().map(([name]) => name);
    expect(names.at(-1)).toBe('result');
    expect(names).toEqual(['errors', 'warnings', 'report-file', 'expiring', 'result']);
    expect(Object.fromEntries(outputs()).result).toBe('fail');
    const log = written.join('');
    expectSafeLog(log, /^::(?:error|warning|notice|add-mask)[ :]/);
    expect(log).toContain('##\\[error]forged');
    expectSafeMarkdown(readFileSync(files.summary, 'utf8'));
    expect(process.exitCode).toBe(1);
  });

  it('a report file that cannot be written: result=fail, exit 2, no pass anywhere', async () => {
    process.env.API_KEY = '00ff';
    process.env['INPUT_REPORT-FILE'] = 'missing-dir/report.json';
    process.env['INPUT_FAIL-ON'] = 'never';
    await runAction();
    // result=fail first, then the exit-2 outputs: one problem, nothing judged.
    expect(outputs()).toEqual([
      ['result', 'fail'],
      ['errors', '1'],
      ['warnings', '0'],
      ['report-file', join(dir, 'missing-dir/report.json')],
      ['expiring', '[]'],
    ]);
    expect(readFileSync(files.summary, 'utf8')).toBe('');
    expect(process.exitCode).toBe(2);
  });

  it('a summary that cannot be written: the report file is withdrawn, result=fail', async () => {
    process.env.API_KEY = '00ff';
    process.env['INPUT_REPORT-FILE'] = 'report.json';
    process.env['INPUT_FAIL-ON'] = 'never';
    rmSync(files.summary);
    mkdirSync(files.summary);
    await runAction();
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
    expect(outputs()).toEqual([
      ['result', 'fail'],
      ['errors', '1'],
      ['warnings', '0'],
      ['report-file', join(dir, 'report.json')],
      ['expiring', '[]'],
    ]);
    expect(process.exitCode).toBe(2);
  });

  it('outputs that cannot be written after a PASS summary: the summary ends on FAIL', async () => {
    process.env.API_KEY = '00ff';
    process.env['INPUT_REPORT-FILE'] = 'report.json';
    process.env['INPUT_FAIL-ON'] = 'never';
    const outputDir = join(dir, 'output-is-a-directory');
    mkdirSync(outputDir);
    process.env.GITHUB_OUTPUT = outputDir;
    await runAction();
    const summary = readFileSync(files.summary, 'utf8');
    expect(summary.indexOf('## ✅ Secret policy gate: PASS')).toBe(0);
    expect(summary).toMatch(
      /\n## ❌ Secret policy gate: FAIL\n\nThe run failed closed after this summary was written: internal error in outputs .*\n$/,
    );
    expect(existsSync(join(dir, 'report.json'))).toBe(false);
    expect(process.exitCode).toBe(2);
  });

  it('a pass is a pass only once everything is written (fail-on never)', async () => {
    process.env.API_KEY = '00ff';
    process.env['INPUT_REPORT-FILE'] = 'report.json';
    process.env['INPUT_FAIL-ON'] = 'never';
    await runAction();
    expect(outputs().at(-1)).toEqual(['result', 'pass']);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8'))).toMatchObject({
      result: 'pass',
    });
    expect(readFileSync(files.summary, 'utf8')).toContain('PASS');
    expect(process.exitCode ?? 0).toBe(0);
  });
});
