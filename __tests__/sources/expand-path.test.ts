/**
 * expandPathTemplate, the one `${NAME}` expander every path field uses: the syntax it
 * accepts, its bounds (16 references, no recursion, path-shaped values only) and the
 * messages it gives (template and variable, never a refused value).
 */
import { describe, expect, it } from '@jest/globals';
import {
  expandPathTemplate,
  looksLikePath,
  type PathVariableLookup,
} from '../../src/sources/expand-path.js';
import { MAX_PATH_EXPANSIONS, parsePathTemplate } from '../../src/policy/path-templates.js';

const vars: Record<string, string> = { STATE: 'state', NESTED: '${STATE}', DEEP: 'a/b' };
const lookup: PathVariableLookup = (name) =>
  Object.hasOwn(vars, name)
    ? { state: 'set', value: vars[name] ?? '', origin: `env:${name}` }
    : name === 'API_KEY'
      ? { state: 'refused', reason: 'is a secret: secrets are never expanded into paths' }
      : { state: 'unset' };

describe('expandPathTemplate', () => {
  it('leaves a literal path alone', () => {
    expect(expandPathTemplate('state/a.json', lookup)).toEqual({
      ok: true,
      template: 'state/a.json',
      path: 'state/a.json',
      display: '"state/a.json"',
      origins: [],
    });
  });

  it('expands each reference once, with no recursion; a lone $ is literal', () => {
    expect(expandPathTemplate('${STATE}/${DEEP}/$x.json', lookup)).toMatchObject({
      ok: true,
      path: 'state/a/b/$x.json',
      display: '"${STATE}/${DEEP}/$x.json" ("state/a/b/$x.json")',
      origins: ['env:STATE', 'env:DEEP'],
    });
    // NESTED's value holds "${STATE}": refused as not path-shaped, never expanded again.
    expect(expandPathTemplate('${NESTED}/x', lookup)).toMatchObject({
      ok: false,
      code: 'invalid-value',
      variable: 'NESTED',
    });
  });

  it('names the variable that is unset or refused', () => {
    expect(expandPathTemplate('${MISSING}/x', lookup)).toEqual({
      ok: false,
      template: '${MISSING}/x',
      code: 'undefined',
      variable: 'MISSING',
      message: 'path "${MISSING}/x": ${MISSING} is not set',
    });
    expect(expandPathTemplate('${API_KEY}/x', lookup)).toMatchObject({
      ok: false,
      code: 'refused',
      message: 'path "${API_KEY}/x": ${API_KEY} is a secret: secrets are never expanded into paths',
    });
  });

  it('refuses malformed references and more than 16 of them', () => {
    expect(expandPathTemplate('${STATE', lookup)).toMatchObject({ ok: false, code: 'syntax' });
    expect(expandPathTemplate('${STATE:-x}/y', lookup)).toMatchObject({
      ok: false,
      code: 'syntax',
    });
    expect(expandPathTemplate('${}/y', lookup)).toMatchObject({ ok: false, code: 'syntax' });
    const many = Array.from({ length: MAX_PATH_EXPANSIONS + 1 }, () => '${STATE}').join('/');
    expect(parsePathTemplate(many)).toEqual({
      ok: false,
      reason: 'more than 16 ${NAME} references',
    });
    const most = Array.from({ length: MAX_PATH_EXPANSIONS }, () => '${STATE}').join('/');
    expect(expandPathTemplate(most, lookup)).toMatchObject({ ok: true });
  });
});

describe('looksLikePath', () => {
  it.each([
    ['state', true],
    ['/home/runner/work/app/app/.openclaw', true],
    ['deployments/production-eu', true],
    ['configurationfiles', true],
    ['', true],
    ['Tg5Rk2Vn', false],
    ['a1b2c3d4e5f60718', false],
    ['abcdefghijklmnopqrstuvwxyz', false],
    ['state?token=x', false],
    ['https://user:pw@host', false],
    ['line\nbreak', false],
    ['x'.repeat(121), false],
  ])('%j → %s', (value, expected) => {
    expect(looksLikePath(value)).toBe(expected);
  });
});
