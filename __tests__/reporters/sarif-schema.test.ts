/**
 * The vendored SARIF 2.1.0 schema is the draft-07 one, and it rejects what SARIF forbids:
 * without this, a validator that accepts everything would make the reporter tests pass.
 */
import { describe, expect, it } from '@jest/globals';
import { SARIF_SCHEMA, sarifSchemaErrors } from './sarif-schema.js';

const MINIMAL = {
  version: '2.1.0',
  runs: [{ tool: { driver: { name: 'x' } }, results: [] }],
};

describe('the vendored SARIF 2.1.0 schema', () => {
  it('is the OASIS draft-07 schema', () => {
    expect(SARIF_SCHEMA.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(SARIF_SCHEMA.$id).toBe(
      'https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json',
    );
  });

  it('accepts a minimal log', () => {
    expect(sarifSchemaErrors(MINIMAL)).toEqual([]);
  });

  it.each([
    ['another version', { ...MINIMAL, version: '2.0.0' }],
    ['no runs', { version: '2.1.0' }],
    ['an unknown top-level property', { ...MINIMAL, extra: true }],
    ['a driver without a name', { version: '2.1.0', runs: [{ tool: { driver: {} } }] }],
    [
      'a level outside the enum',
      {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'x' } },
            results: [{ message: { text: 'm' }, level: 'notice' }],
          },
        ],
      },
    ],
    [
      'a line before the first',
      {
        version: '2.1.0',
        runs: [
          {
            tool: { driver: { name: 'x' } },
            results: [
              {
                message: { text: 'm' },
                locations: [
                  {
                    physicalLocation: {
                      artifactLocation: { uri: 'a.yml' },
                      region: { startLine: 0 },
                    },
                  },
                ],
              },
            ],
          },
        ],
      },
    ],
  ])('rejects %s', (_name, log) => {
    expect(sarifSchemaErrors(log)).not.toEqual([]);
  });
});
