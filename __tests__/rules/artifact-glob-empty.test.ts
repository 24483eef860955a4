import { describe, expect, it } from '@jest/globals';
import { artifactGlobEmptyCheck as rule } from '../../src/checks/artifact-glob-empty.js';
import { ruleTester } from '../helpers/rule-tester.js';
import {
  K,
  artifact,
  entry,
  findingsOf,
  store,
  storesContext,
  unreadable,
} from '../helpers/trust-context.js';

ruleTester(rule, {
  valid: [
    {
      name: 'every glob matched files (they are items of their own)',
      ctx: storesContext([store({ entries: [entry('a', K.a)], artifacts: [artifact(0, {})] })]),
    },
  ],
  invalid: [
    {
      name: 'a glob that matched nothing, located at its artifacts key',
      ctx: storesContext([
        {
          ...store({ entries: [entry('a', K.a)] }),
          emptyGlobs: [{ index: 1, pattern: 'packs/*.zip' }],
        },
      ]),
      findings: [
        {
          messageId: 'empty',
          subject: 'roots:packs/*.zip',
          keyPath: 'verify.1.artifacts',
          message: 'no file matches packs/*.zip: the verify item of roots checks no artifact',
        },
      ],
    },
  ],
});

describe('artifact-glob-empty', () => {
  it('reports empty globs of unreadable stores too: the files are missing either way', () => {
    const found = findingsOf(rule, [
      { ...unreadable('not json'), emptyGlobs: [{ index: 0, pattern: 'a/*.zip' }] },
    ]);
    expect(found.map((f) => f.subject)).toEqual(['roots:a/*.zip']);
  });
});
