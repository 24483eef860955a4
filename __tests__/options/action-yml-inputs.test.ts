/**
 * action.yml's inputs are the options model's action inputs: same names in the same order,
 * same descriptions word for word, same defaults, none required. (The README's inputs table
 * is rendered from the model; its drift test is __tests__/docs/readme-tables.test.ts.)
 */
import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseActionMetadata } from '../../scripts/docs/readme-tables.js';
import { INPUT } from '../../src/action/action-contract.js';
import { actionInputDocs } from '../../src/options/option-docs.js';

const REPO = resolve(import.meta.dirname, '..', '..');
const declared = parseActionMetadata(readFileSync(join(REPO, 'action.yml'), 'utf8')).inputs;

describe('action.yml inputs', () => {
  it('equal the model: names and order, descriptions, defaults, none required', () => {
    const model = actionInputDocs().map((doc) => ({
      name: doc.name,
      description: doc.description,
      required: false,
      ...(doc.default === undefined ? {} : { default: doc.default }),
    }));
    const yml = Object.entries(declared).map(([name, input]) => ({ name, ...input }));
    expect(yml).toEqual(model);
  });

  it('include sarif-file, with no default', () => {
    expect(declared['sarif-file']).toEqual({ description: expect.anything(), required: false });
    expect(declared['sarif-file'].description).toContain('SARIF 2.1.0');
    expect(INPUT.sarifFile).toBe('sarif-file');
  });

  it("keep github-token's runner default, which the code does not apply itself", () => {
    expect(declared['github-token'].default).toBe('${{ github.token }}');
  });
});
