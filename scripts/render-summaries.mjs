#!/usr/bin/env node
/**
 * Renders the job summary of every example (pass.env and fail.env), plus one hostile policy,
 * the way GitHub shows it, in headless Chromium, and checks what a reader would see; then the
 * pull-request comment and tracking-issue goldens (__tests__/golden/platform/), which GitHub
 * renders the same way: tables as tables, nothing active, the hidden marker never shown.
 *
 *   npm run render:summaries [-- --out DIR] [-- --cli FILE]
 *
 * Screenshots go to DIR (default artifacts/summaries/), one PNG per page; --cli renders another
 * build of the CLI than dist/cli/index.js (a bundle of a work tree built elsewhere).
 *
 * The Markdown comes from the CLI bundle (dist/cli/index.js), so this checks what ships; CI
 * rebuilds dist/ from src/ and fails on a difference before it runs this. Where a golden file
 * __tests__/golden/summary/<example>-<pass|fail>.md exists, the bundle's output must equal
 * it, so the goldens are rendered too without a second path. Raw HTML is rendered as GitHub's
 * parser does and NOT sanitized here: the summary must be safe without GitHub's sanitizer.
 * Chromium: CHROMIUM_PATH, else /usr/bin/chromium. Exit 1 on any failed check.
 */
/* global document, window, getComputedStyle -- inspect() runs in the page */
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import MarkdownIt from 'markdown-it';
import { chromium } from 'playwright-core';

const REPO = fileURLToPath(new URL('..', import.meta.url));
const CLI = join(REPO, 'dist', 'cli', 'index.js');
/**
 * The clock and runner variables of __tests__/reporters/summary-examples.test.ts, which writes
 * the goldens: the same inputs give the same bytes, locations linked to the policy's lines.
 */
const NOW = '2026-11-20';
const RUNNER_ENV = {
  GITHUB_SERVER_URL: 'https://github.com',
  GITHUB_REPOSITORY: 'secret-policy-gate/secret-policy-gate',
  GITHUB_SHA: '0123456789abcdef0123456789abcdef01234567',
};
/** Examples whose env files describe one environment profile of their policy. */
const EXAMPLE_ARGS = { ocmt: ['--environment', 'production'] };
const VIEWPORT = { width: 1280, height: 900 };
/** The job summary's content width on a run's page. */
const CONTENT_WIDTH = 1012;
const LAUNCH_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
/** Env markers are dates, shown on purpose; every other value is a secret. */
const MARKER = /_(EXPIRES|ROTATED)_AT$/;

/** Untrusted policy text aimed at each way into HTML: tags, handlers, links, cell splits. */
const HOSTILE_POLICY = `version: 1
secrets:
  API_TOKEN:
    owner: "<script>alert(1)</script> | <img src=x onerror=alert(2)> https://evil.example [x](javascript:alert(3)) www.evil.example a@evil.example"
    description: "<iframe src=https://evil.example></iframe>"
    minLength: 40
    pattern: "^(<b onclick=alert(4)>|x)+$"
`;

/** --out DIR for the screenshots; --cli FILE to render another build of the CLI than dist/. */
function parseArgs(argv) {
  const value = (flag, fallback) => {
    const at = argv.indexOf(flag);
    return at >= 0 && argv[at + 1] ? resolve(argv[at + 1]) : fallback;
  };
  return { out: value('--out', join(REPO, 'artifacts', 'summaries')), cli: value('--cli', CLI) };
}

/** Every example directory × pass/fail, then the hostile case in a directory of its own. */
function cases(scratch) {
  const list = [];
  for (const name of readdirSync(join(REPO, 'examples')).sort()) {
    const dir = join(REPO, 'examples', name);
    // An example here is a policy with a passing and a failing env file beside it.
    const files = ['secret-policy.yml', 'pass.env', 'fail.env'];
    if (!files.every((f) => existsSync(join(dir, f)))) continue;
    for (const kind of ['pass', 'fail']) {
      list.push({
        id: `${name}-${kind}`,
        expect: kind,
        cwd: REPO,
        args: ['--cwd', relative(REPO, dir), '--dotenv', join(relative(REPO, dir), `${kind}.env`)],
        extra: EXAMPLE_ARGS[name] ?? [],
        envFiles: ['pass.env', 'fail.env'].map((f) => join(dir, f)),
        golden: join(REPO, '__tests__', 'golden', 'summary', `${name}-${kind}.md`),
        env: RUNNER_ENV,
      });
    }
  }
  const dir = join(scratch, 'hostile');
  mkdirSync(dir);
  writeFileSync(join(dir, 'secret-policy.yml'), HOSTILE_POLICY);
  writeFileSync(join(dir, 'fail.env'), 'API_TOKEN=HostileValue-9f8e7d6c5b4a\n');
  list.push({
    id: 'hostile-fail',
    expect: 'fail',
    cwd: dir,
    args: ['--cwd', '.', '--dotenv', 'fail.env'],
    extra: [],
    envFiles: [join(dir, 'fail.env')],
    golden: null,
    // Links on, as in a workflow: policy text must not become or break one.
    env: RUNNER_ENV,
  });
  return list;
}

/** The CLI bundle in a clean environment: the runner's own variables must not win over files. */
function runCli(cli, c, format, home) {
  const args = [
    cli,
    'check',
    ...c.args,
    '--policy',
    'secret-policy.yml',
    ...c.extra,
    '--now',
    NOW,
    '--format',
    format,
  ];
  const child = spawnSync(process.execPath, args, {
    cwd: c.cwd,
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home, TZ: 'UTC', ...c.env },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { status: child.status, stdout: child.stdout ?? '', stderr: child.stderr ?? '' };
}

/** dotenv values worth looking for: every non-marker value of 8 characters or more. */
function secretValues(files) {
  const values = [];
  for (const file of files) {
    for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
      const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (!m || MARKER.test(m[1])) continue;
      const value = m[2].replace(/^(["'])(.*)\1$/, '$2');
      if (value.length >= 8) values.push({ name: m[1], file: relative(REPO, file), value });
    }
  }
  return values;
}

/** GFM table rows split on unescaped pipes: a row with a different cell count was split. */
function markdownProblems(markdown) {
  const problems = [];
  const lines = markdown.split('\n');
  const cells = (line) =>
    line
      .trim()
      .replace(/^\|/, '')
      .replace(/\|$/, '')
      .split(/(?<!\\)\|/).length;
  for (let i = 1; i < lines.length; i++) {
    if (!/^\s*\|?\s*:?-{3,}:?\s*(\|\s*:?-{3,}:?\s*)*\|?\s*$/.test(lines[i])) continue;
    const width = cells(lines[i - 1]);
    for (let j = i + 1; j < lines.length && lines[j].includes('|'); j++) {
      if (cells(lines[j]) !== width)
        problems.push(`markdown line ${j + 1}: ${cells(lines[j])} cells, header has ${width}`);
    }
  }
  return problems;
}

/** Problems in the HTML string itself: any tag that is active or carries a handler. */
function htmlProblems(html) {
  const problems = [];
  for (const tag of html.match(/<[a-z][^>]*>/gi) ?? []) {
    if (/^<\s*(script|iframe|object|embed|style|img|svg|form|meta|link|base)\b/i.test(tag))
      problems.push(`html has ${tag.slice(0, 40)}`);
    if (/\son[a-z]+\s*=/i.test(tag))
      problems.push(`html has an event handler in ${tag.slice(0, 40)}`);
  }
  return problems;
}

function page(body) {
  // The parts of GitHub's markdown CSS that decide widths: fonts, cell padding, code spans,
  // and tables as scrolling blocks no wider than the content.
  const css = `
body{margin:0;background:#fff}
.markdown-body{box-sizing:content-box;width:${CONTENT_WIDTH}px;margin:0 auto;padding:16px 24px;color:#1f2328;
font-family:-apple-system,BlinkMacSystemFont,"Segoe UI","Noto Sans",Helvetica,Arial,sans-serif,"Apple Color Emoji","Segoe UI Emoji","Noto Color Emoji";
font-size:14px;line-height:1.5;word-wrap:break-word}
.markdown-body h2,.markdown-body h3{margin-top:24px;margin-bottom:16px;font-weight:600;line-height:1.25}
.markdown-body h2{padding-bottom:.3em;font-size:1.5em;border-bottom:1px solid #d1d9e0b3}
.markdown-body h3{font-size:1.25em}
.markdown-body p,.markdown-body ul,.markdown-body table,.markdown-body details{margin-top:0;margin-bottom:16px}
.markdown-body ul{padding-left:2em}
.markdown-body a{color:#0969da;text-decoration:underline}
.markdown-body code{padding:.2em .4em;margin:0;font-size:85%;white-space:break-spaces;background-color:#818b981f;border-radius:6px;
font-family:ui-monospace,SFMono-Regular,"SF Mono",Menlo,Consolas,"Liberation Mono",monospace}
.markdown-body table{border-spacing:0;border-collapse:collapse;display:block;width:max-content;max-width:100%;overflow:auto}
.markdown-body table th{font-weight:600}
.markdown-body table th,.markdown-body table td{padding:6px 13px;border:1px solid #d1d9e0}
.markdown-body table tr{background-color:#fff;border-top:1px solid #d1d9e0b3}
.markdown-body table tr:nth-child(2n){background-color:#f6f8fa}`;
  return `<!doctype html><html><head><meta charset="utf-8"><style>${css}</style></head><body><article class="markdown-body">${body}</article></body></html>`;
}

/** Runs in the page (JavaScript of the page itself is off): what a reader would see. */
function inspect() {
  const root = document.querySelector('.markdown-body');
  const style = getComputedStyle(root);
  const box = root.getBoundingClientRect();
  const contentRight = box.right - parseFloat(style.paddingRight);
  const headingBefore = (el) => {
    for (let e = el.previousElementSibling; e; e = e.previousElementSibling) {
      if (/^H[1-6]$/.test(e.tagName)) return e.textContent.trim();
    }
    return '';
  };
  const tables = [...root.querySelectorAll('table')].map((t) => {
    const r = t.getBoundingClientRect();
    const visibleRight = Math.min(r.left + t.clientWidth, contentRight, window.innerWidth);
    return {
      heading: headingBefore(t),
      headers: [...t.querySelectorAll('thead th')].map((th) => th.textContent.trim()),
      rows: [...t.querySelectorAll('tbody tr')].map((tr) => tr.textContent),
      overflow: t.scrollWidth - t.clientWidth,
      right: r.right,
      hidden: [...t.querySelectorAll('thead th')]
        .filter(
          (th) =>
            th.getBoundingClientRect().right > visibleRight + 1 ||
            th.getBoundingClientRect().left < 0,
        )
        .map(
          (th) =>
            `${th.textContent.trim()} (right edge ${Math.round(th.getBoundingClientRect().right)}px)`,
        ),
    };
  });
  const all = [...document.querySelectorAll('*')];
  return {
    contentRight,
    pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    h2: [...root.querySelectorAll('h2')].map((h) => h.textContent.trim()),
    tables,
    pipeText: [...root.querySelectorAll('p, li')]
      .map((p) => p.textContent)
      .filter((t) => /^\s*\|.*\|\s*$/m.test(t)),
    active: all
      .filter((e) =>
        /^(script|iframe|frame|frameset|object|embed|applet|img|svg|math|video|audio|form|base|link)$/i.test(
          e.tagName,
        ),
      )
      .map((e) => e.tagName.toLowerCase())
      .concat(document.querySelectorAll('style, meta').length > 2 ? ['style/meta from data'] : []),
    handlers: all.flatMap((e) =>
      [...e.attributes]
        .filter((a) => /^on/i.test(a.name))
        .map((a) => `${e.tagName.toLowerCase()}[${a.name}]`),
    ),
    links: [...root.querySelectorAll('[href], [src], [action]')].map(
      (e) => e.getAttribute('href') ?? e.getAttribute('src') ?? e.getAttribute('action'),
    ),
    text: root.innerText,
    html: document.documentElement.outerHTML,
  };
}

/** What the rendered page must show and must not show, as messages naming no value. */
function pageProblems(c, seen, report, markdown, values) {
  const p = [];
  if (!seen.h2.length) p.push('no h2 headline');
  else if (!new RegExp(c.expect, 'i').test(seen.h2[0]))
    p.push(`headline "${seen.h2[0]}" does not say ${c.expect}`);
  const sourceTables = markdown
    .split('\n')
    .filter(
      (l, i, a) => i > 0 && /^\s*\|?\s*:?-{3,}:?\s*\|/.test(l) && a[i - 1].includes('|'),
    ).length;
  if (seen.tables.length !== sourceTables)
    p.push(`${sourceTables} tables in the markdown, ${seen.tables.length} rendered as <table>`);
  for (const text of seen.pipeText)
    p.push(`raw pipe row left as text: ${text.trim().slice(0, 60)}`);
  for (const t of seen.tables) {
    const name = t.heading || t.headers.join(', ');
    if (t.overflow > 1)
      p.push(`table "${name}" scrolls sideways by ${t.overflow}px within ${CONTENT_WIDTH}px`);
    if (t.right > seen.contentRight + 1)
      p.push(`table "${name}" ends at ${Math.round(t.right)}px, past the content edge`);
    for (const h of t.hidden) p.push(`table "${name}": column ${h} is outside the visible area`);
  }
  if (seen.pageOverflow > 0)
    p.push(`page scrolls sideways by ${seen.pageOverflow}px at ${VIEWPORT.width}px`);
  const trust = seen.tables.find((t) => t.headers.includes('Valid until'));
  if (report.trustRoots?.length && !trust)
    p.push('trust roots table with a "Valid until" column not found');
  const findings = seen.tables.find((t) => /finding/i.test(t.heading));
  if (report.findings.length === 0) {
    if (findings?.rows.length)
      p.push(`findings table with ${findings.rows.length} rows on a run without findings`);
  } else if (!findings) {
    p.push(`no findings table for ${report.findings.length} findings`);
  } else {
    for (const f of report.findings) {
      if (!findings.rows.some((r) => r.includes(f.rule) && r.includes(f.subject)))
        p.push(`finding ${f.subject} ${f.rule} not in the findings table`);
    }
  }
  for (const what of seen.active) p.push(`active element <${what}> in the page`);
  for (const what of seen.handlers) p.push(`event handler ${what} in the page`);
  for (const url of seen.links) {
    if (!/^https?:\/\//i.test(url ?? ''))
      p.push(`link or source "${String(url).slice(0, 40)}" is not http(s)`);
    if (/evil\.example/i.test(url ?? '')) p.push(`link to policy data "${url.slice(0, 60)}"`);
  }
  for (const v of values) {
    if ([seen.text, seen.html, markdown].some((s) => s.includes(v.value)))
      p.push(`the value of ${v.name} (${v.file}) appears in the page`);
  }
  return p;
}

/** Messages quote page text (a headline, a stray row): a value must not reach the log that way. */
function redact(problems, values) {
  return problems.map((p) =>
    values.reduce((text, v) => text.replaceAll(v.value, `[value of ${v.name}]`), p),
  );
}

/** The case's Markdown and JSON report from the CLI bundle, or the problems that stopped it. */
function summarize(cli, c, home) {
  const run = runCli(cli, c, 'markdown', home);
  const json = runCli(cli, c, 'json', home);
  const want = c.expect === 'pass' ? 0 : 1;
  if (run.status !== want || json.status !== want) {
    const why = run.stderr.trim().slice(0, 200);
    return {
      problems: [
        `cli exited ${run.status} (markdown), ${json.status} (json), expected ${want}: ${why}`,
      ],
    };
  }
  const problems = [];
  if (c.golden && existsSync(c.golden)) {
    const golden = readFileSync(c.golden, 'utf8').split('\n');
    const fresh = run.stdout.split('\n');
    const at = fresh.findIndex((line, i) => line !== golden[i]);
    if (at >= 0 || golden.length !== fresh.length) {
      const line = (at >= 0 ? at : Math.min(golden.length, fresh.length)) + 1;
      problems.push(
        `${relative(REPO, c.golden)} differs from the CLI bundle's output at line ${line}`,
      );
    }
  }
  return { problems, markdown: run.stdout, report: JSON.parse(json.stdout) };
}

/** Renders one summary in a fresh tab and returns every problem found (screenshot if `shot`). */
async function check(browser, md, { expect, markdown, report, values }, shot) {
  const problems = markdownProblems(markdown);
  const html = md.render(markdown);
  problems.push(...htmlProblems(html));
  const tab = await browser.newPage();
  try {
    await tab.setContent(page(html), { waitUntil: 'load' });
    const seen = await tab.evaluate(inspect);
    problems.push(...pageProblems({ expect }, seen, report, markdown, values));
    if (shot) await tab.screenshot({ path: shot, fullPage: true });
  } finally {
    await tab.close();
  }
  return problems;
}

/**
 * A page that breaks every rule once: each check must report it, or the run fails, so a
 * check that silently stopped working (a selector, a CSS change) cannot pass the examples.
 */
async function selfCheck(browser, md) {
  const markdown = [
    '## Secret policy gate: PASS',
    '',
    '| A | B |',
    '| --- | --- |',
    '| x | y | z |',
    '',
    '<script>alert(1)</script><img src=x onerror=alert(2)> <a href="javascript:alert(3)">x</a>',
    '',
    '### Trust roots',
    '',
    '| Store | Fingerprint | Valid until |',
    '| --- | --- | --- |',
    `| s | \`sha256:${'0f'.repeat(100)}\` | 2027-01-31 |`,
    '',
    '### Notes',
    '',
    '| one | two | three |',
    '| --- | --- |',
    '',
    'CANARY-VALUE-0123456789',
    '',
  ].join('\n');
  const problems = await check(browser, md, {
    expect: 'fail',
    markdown,
    report: { findings: [{ subject: 'X', rule: 'missing' }], trustRoots: [{}] },
    values: [{ name: 'CANARY', file: 'self-check', value: 'CANARY-VALUE-0123456789' }],
  });
  const expected = {
    headline: /^headline .* does not say fail$/,
    'split cells': /cells, header has/,
    'tables rendered': /tables in the markdown, \d+ rendered/,
    'raw pipe rows': /^raw pipe row left as text/,
    'sideways scroll': /scrolls sideways/,
    'hidden column': /column Valid until .* outside the visible area/,
    'active html': /^html has <script/,
    'active elements': /^active element <script>/,
    'event handlers': /^event handler img\[onerror\]/,
    'link schemes': /is not http\(s\)/,
    'findings table': /^no findings table/,
    'secret values': /^the value of CANARY/,
  };
  const silent = Object.entries(expected).filter(([, re]) => !problems.some((p) => re.test(p)));
  return silent.map(([name]) => `the ${name} check did not fire on a page built to trip it`);
}

/** The pull-request comment and tracking-issue goldens (renderers tested in __tests__/). */
const PLATFORM_GOLDENS = join(REPO, '__tests__', 'golden', 'platform');

/**
 * What GitHub shows of a comment or an issue body: tables as tables within the content width,
 * nothing active, only http(s) links, and the hidden marker never as visible text.
 */
async function checkPlatformPage(browser, md, markdown, shot) {
  const problems = markdownProblems(markdown);
  const html = md.render(markdown);
  problems.push(...htmlProblems(html));
  const tab = await browser.newPage();
  try {
    await tab.setContent(page(html), { waitUntil: 'load' });
    const seen = await tab.evaluate(inspect);
    const sourceTables = markdown
      .split('\n')
      .filter(
        (l, i, a) => i > 0 && /^\s*\|?\s*:?-{3,}:?\s*\|/.test(l) && a[i - 1].includes('|'),
      ).length;
    if (seen.tables.length !== sourceTables)
      problems.push(`${sourceTables} tables in the markdown, ${seen.tables.length} rendered`);
    for (const text of seen.pipeText)
      problems.push(`raw pipe row left as text: ${text.slice(0, 60)}`);
    for (const what of seen.active) problems.push(`active element <${what}> in the page`);
    for (const what of seen.handlers) problems.push(`event handler ${what} in the page`);
    for (const url of seen.links) {
      if (!/^https?:\/\//i.test(url ?? ''))
        problems.push(`link "${String(url).slice(0, 40)}" is not http(s)`);
    }
    // The marker is the first line; hostile text may quote one, escaped, as visible text.
    const key = /key=([0-9a-f]{32})/.exec(markdown.split('\n')[0] ?? '')?.[1];
    if (!key) problems.push('no marker on the first line');
    else if (seen.text.includes(key)) problems.push('the hidden marker shows as text');
    if (seen.pageOverflow > 0) problems.push(`page scrolls sideways by ${seen.pageOverflow}px`);
    await tab.screenshot({ path: shot, fullPage: true });
  } finally {
    await tab.close();
  }
  return problems;
}

async function main() {
  const { out, cli } = parseArgs(process.argv.slice(2));
  if (!existsSync(cli))
    throw new Error(`${relative(REPO, cli)} not found: run npm run bundle first`);
  mkdirSync(out, { recursive: true });
  const scratch = mkdtempSync(join(tmpdir(), 'spg-render-'));
  const home = join(scratch, 'home');
  mkdirSync(home);
  // A new, empty profile every run; page JavaScript off and every request refused, so data
  // in a summary can neither run nor reach the network even if a check below misses it.
  const browser = await chromium.launchPersistentContext(join(scratch, 'profile'), {
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: LAUNCH_ARGS,
    viewport: VIEWPORT,
    javaScriptEnabled: false,
    offline: true,
  });
  await browser.route('**/*', (route) => route.abort());
  const md = new MarkdownIt({ html: true, linkify: true });
  let failed = 0;
  const report = (id, problems, detail) => {
    if (problems.length) failed++;
    console.log(
      problems.length ? `FAIL ${id} ${detail}: ${problems.join('; ')}` : `ok   ${id} ${detail}`,
    );
  };
  try {
    report('self-check', await selfCheck(browser, md), '(a page built to break every check)');
    for (const c of cases(scratch)) {
      const shot = join(out, `${c.id}.png`);
      const run = summarize(cli, c, home);
      // Config entries are not secret: the summary shows them on purpose (README: config).
      const shown = new Set((run.report?.config ?? []).map((entry) => entry.name));
      const values = secretValues(c.envFiles).filter((v) => !shown.has(v.name));
      const problems =
        run.markdown === undefined
          ? run.problems
          : [...run.problems, ...(await check(browser, md, { ...c, ...run, values }, shot))];
      report(c.id, redact(problems, values), relative(process.cwd(), shot));
    }
    for (const name of readdirSync(PLATFORM_GOLDENS)
      .filter((f) => f.endsWith('.md'))
      .sort()) {
      // An issue golden starts with its title line; the body is what GitHub renders.
      const text = readFileSync(join(PLATFORM_GOLDENS, name), 'utf8').replace(/^title: .*\n\n/, '');
      const shot = join(out, `platform-${name.replace(/\.md$/, '')}.png`);
      report(
        `platform/${name}`,
        await checkPlatformPage(browser, md, text, shot),
        relative(process.cwd(), shot),
      );
    }
  } finally {
    await browser.close();
    rmSync(scratch, { recursive: true, force: true });
  }
  console.log(
    failed ? `render-summaries: ${failed} page(s) failed` : 'render-summaries: every page passed',
  );
  process.exitCode = failed ? 1 : 0;
}

main().catch((error) => {
  console.error(`render-summaries: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
});
