/**
 * Where YamlLocator puts keys and values, including paths that leave the document, empty
 * values, list items, aliases and keys that are not plain scalars.
 */
import { describe, expect, it } from '@jest/globals';
import { LineCounter, parseDocument } from 'yaml';
import { dottedPath, parsePointer } from '../../src/policy/policy-locator.js';
import { YamlLocator } from '../../src/policy/yaml-locator.js';

function locatorFor(text: string): YamlLocator {
  const lineCounter = new LineCounter();
  return new YamlLocator('p.yml', parseDocument(text, { lineCounter }), lineCounter);
}

const at = (line: number, column: number) => ({ file: 'p.yml', line, column });

const POLICY = [
  '# a comment first',
  '',
  'version: 1',
  'secrets:',
  '  K:',
  '    format:',
  '    env: K_VAR',
  '    distinctFrom: [A0, A1, A2, A3, A4, A5, A6, A7, A8, A9, A10]',
  '  L: &shared',
  '    env: L_VAR',
  '  M: *shared',
  '',
].join('\n');

describe('YamlLocator', () => {
  const locator = locatorFor(POLICY);

  it('the root is where the content starts', () => {
    expect(locator.root()).toEqual(at(3, 1));
    expect(locator.key([])).toEqual(at(3, 1));
    expect(locator.value([])).toEqual(at(3, 1));
  });

  it('keys and values', () => {
    expect(locator.key(['secrets', 'K', 'env'])).toEqual(at(7, 5));
    expect(locator.value(['secrets', 'K', 'env'])).toEqual(at(7, 10));
  });

  it('an empty value is located at its key', () => {
    expect(locator.value(['secrets', 'K', 'format'])).toEqual(at(6, 5));
  });

  it('a path that leaves the document stops at the last key found', () => {
    expect(locator.key(['secrets', 'K', 'nope', 'deeper'])).toEqual(at(5, 3));
    expect(locator.value(['secrets', 'K', 'nope'])).toEqual(at(5, 3));
    expect(locator.key(['nope'])).toEqual(at(3, 1));
  });

  it('list items by index, two digits too; past the end, the list', () => {
    expect(locator.value(['secrets', 'K', 'distinctFrom', 1])).toEqual(at(8, 24));
    expect(locator.value(['secrets', 'K', 'distinctFrom', '10'])).toEqual(at(8, 60));
    expect(locator.key(['secrets', 'K', 'distinctFrom', 11])).toEqual(at(8, 5));
    expect(locator.value(['secrets', 'K', 'distinctFrom', 'x1'])).toEqual(at(8, 5));
    expect(locator.value(['secrets', 'K', 'distinctFrom', '1x'])).toEqual(at(8, 5));
  });

  it('follows aliases to the anchored node', () => {
    expect(locator.value(['secrets', 'M', 'env'])).toEqual(at(10, 10));
  });

  it('keys that are not plain scalars are skipped, and do not stop the walk', () => {
    const odd = locatorFor('name: x\n[a]: 1\nother: y\n');
    expect(odd.value(['other'])).toEqual(at(3, 8));
    expect(odd.key(['undefined'])).toEqual(at(1, 1));
    expect(odd.key(['a'])).toEqual(at(1, 1));
  });
});

describe('JSON pointers and dotted paths', () => {
  it('decodes ~1 and ~0', () => {
    expect(parsePointer('')).toEqual([]);
    expect(parsePointer('/secrets/a~1b/c~0d/0')).toEqual(['secrets', 'a/b', 'c~d', '0']);
    expect(parsePointer('/~01')).toEqual(['~1']);
    expect(dottedPath(['secrets', 'K', 0])).toBe('secrets.K.0');
  });
});
