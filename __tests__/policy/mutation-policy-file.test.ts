/**
 * Reading the policy file: where the first byte that is not UTF-8 is reported, for every
 * lead-byte range and its edges, and which read failures get which one-line reason.
 */
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { formatProblem } from '../../src/core/errors.js';
import { readTrustedFile } from '../../src/io/bounded-reader.js';
import { readPolicyText } from '../../src/policy/policy-file.js';
import { rejection, tempDir } from './policy-test-support.js';

async function problemOf(bytes: Uint8Array | string): Promise<string> {
  const dir = tempDir();
  writeFileSync(join(dir, 'policy.yml'), bytes);
  const error = await rejection(() => readPolicyText('policy.yml', dir));
  expect(error.problems).toHaveLength(1);
  return formatProblem(error.problems[0]);
}

const NOT_UTF8 = 'policy file is not valid UTF-8 text; save it as UTF-8';
const bytes = (...parts: (string | number[])[]) =>
  Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))),
  );

describe('the first byte that is not UTF-8', () => {
  // Each valid character sits before a stray 0xff: a lead byte misjudged as invalid would
  // move the column left, a sequence misjudged as longer would move it right.
  it.each([
    ['U+0080 (c2 80)', [0xc2, 0x80], 4],
    ['U+07FF (df bf)', [0xdf, 0xbf], 4],
    ['U+0800 (e0 a0 80)', [0xe0, 0xa0, 0x80], 4],
    ['U+1000 (e1 80 80)', [0xe1, 0x80, 0x80], 4],
    ['U+D7FF (ed 9f bf)', [0xed, 0x9f, 0xbf], 4],
    ['U+E000 (ee 80 80)', [0xee, 0x80, 0x80], 4],
    ['U+FFFF (ef bf bf)', [0xef, 0xbf, 0xbf], 4],
    ['U+10000 (f0 90 80 80)', [0xf0, 0x90, 0x80, 0x80], 5],
    ['U+40000 (f1 80 80 80)', [0xf1, 0x80, 0x80, 0x80], 5],
    ['U+FFFFF (f3 bf bf bf)', [0xf3, 0xbf, 0xbf, 0xbf], 5],
    ['U+100000 (f4 80 80 80)', [0xf4, 0x80, 0x80, 0x80], 5],
    ['U+10FFFF (f4 8f bf bf)', [0xf4, 0x8f, 0xbf, 0xbf], 5],
  ])('after %s', async (_name, sequence, column) => {
    expect(await problemOf(bytes('ab', sequence, [0xff], '\n'))).toBe(
      `policy.yml:1:${column}: ${NOT_UTF8}`,
    );
  });

  it.each([
    ['c0 80 (overlong)', [0xc0, 0x80]],
    ['c1 bf (overlong)', [0xc1, 0xbf]],
    ['e0 9f bf (overlong)', [0xe0, 0x9f, 0xbf]],
    ['ed a0 80 (a UTF-16 surrogate)', [0xed, 0xa0, 0x80]],
    ['f0 8f bf bf (overlong)', [0xf0, 0x8f, 0xbf, 0xbf]],
    ['f4 90 80 80 (above U+10FFFF)', [0xf4, 0x90, 0x80, 0x80]],
    ['f5 80 80 80 (no such lead byte)', [0xf5, 0x80, 0x80, 0x80]],
    ['80 (a continuation byte first)', [0x80]],
    ['c2 41 (a second byte below 80)', [0xc2, 0x41]],
    ['c2 c0 (a second byte above bf)', [0xc2, 0xc0]],
    ['e1 80 41 (a third byte below 80)', [0xe1, 0x80, 0x41]],
    ['e1 80 c0 (a third byte above bf)', [0xe1, 0x80, 0xc0]],
    ['f1 80 80 c0 (a fourth byte above bf)', [0xf1, 0x80, 0x80, 0xc0]],
    ['f1 80 80 41 (a fourth byte below 80)', [0xf1, 0x80, 0x80, 0x41]],
  ])('at %s', async (_name, sequence) => {
    expect(await problemOf(bytes('ab', sequence, 'cd\n'))).toBe(`policy.yml:1:3: ${NOT_UTF8}`);
  });

  it.each([
    ['e1 80 at the end', [0xe1, 0x80]],
    ['f1 80 80 at the end', [0xf1, 0x80, 0x80]],
    ['c2 at the end', [0xc2]],
  ])('at a sequence cut short: %s', async (_name, sequence) => {
    expect(await problemOf(bytes('ab', sequence))).toBe(`policy.yml:1:3: ${NOT_UTF8}`);
  });

  it('counts lines and characters before it', async () => {
    expect(await problemOf(bytes('a: 1\nbé: ', [0xff]))).toBe(`policy.yml:2:5: ${NOT_UTF8}`);
  });
});

describe('read failures', () => {
  it('a missing file, or a path through a file', async () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'file'), 'x');
    for (const path of ['missing.yml', 'file/policy.yml']) {
      const error = await rejection(() => readPolicyText(path, dir));
      expect(error.problems).toEqual([{ message: `policy file not found: ${path}` }]);
    }
  });

  it('a directory', async () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'sub'));
    const error = await rejection(() => readPolicyText('sub', dir));
    expect(error.problems).toEqual([{ message: 'policy path is a directory, not a file: sub' }]);
  });

  it('other stat failures say why, or name their code', async () => {
    const dir = tempDir();
    symlinkSync('loop', join(dir, 'loop'));
    const error = await rejection(() => readPolicyText('loop', dir));
    expect(error.problems).toEqual([
      { message: 'cannot read policy file loop: too many levels of symbolic links' },
    ]);
    const long = 'x'.repeat(300);
    const tooLong = await rejection(() => readPolicyText(long, dir));
    expect(tooLong.problems).toEqual([
      { message: `cannot read policy file ${long}: ENAMETOOLONG` },
    ]);
  });

  it('a file that is not a regular file (a socket) is refused before it is opened', async () => {
    const dir = tempDir();
    const server = createServer();
    await new Promise<void>((done) => server.listen(join(dir, 'sock'), done));
    try {
      const error = await rejection(() => readPolicyText('sock', dir));
      expect(error.problems).toEqual([
        { message: 'cannot read policy file sock: it is a socket, not a regular file' },
      ]);
    } finally {
      await new Promise((done) => server.close(done));
    }
  });

  it('the bounded reader reads up to its limit, and refuses one byte more', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'ten'), '0123456789');
    const ten = readTrustedFile(join(dir, 'ten'), { maxBytes: 10 });
    expect(ten.ok && ten.bytes.toString()).toBe('0123456789');
    expect(readTrustedFile(join(dir, 'ten'), { maxBytes: 9 })).toMatchObject({ code: 'too-large' });
    const big = Buffer.alloc(200 * 1024, 0x61);
    writeFileSync(join(dir, 'big'), big);
    const whole = readTrustedFile(join(dir, 'big'), { maxBytes: big.length });
    expect(whole.ok && whole.bytes.length).toBe(big.length);
    expect(readTrustedFile(join(dir, 'big'), { maxBytes: big.length - 1 })).toMatchObject({
      code: 'too-large',
    });
  });

  it('a policy of exactly 32 MiB is read', async () => {
    const dir = tempDir();
    const head = 'version: 1\nsecrets:\n  K: {}\n#';
    const text = head + 'x'.repeat(32 * 1024 * 1024 - head.length);
    writeFileSync(join(dir, 'policy.yml'), text);
    expect((await readPolicyText('policy.yml', dir)).length).toBe(32 * 1024 * 1024);
    writeFileSync(join(dir, 'policy.yml'), `${text}x`);
    const error = await rejection(() => readPolicyText('policy.yml', dir));
    expect(error.problems).toEqual([
      { message: 'policy file is larger than 32 MiB; refusing to read policy.yml' },
    ]);
  });
});
