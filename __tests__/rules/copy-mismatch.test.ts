import { copyMismatchCheck } from '../../src/checks/copy-mismatch.js';
import type { CopyReading } from '../../src/sources/alias-lookup.js';
import { context, resolved } from '../helpers/build-context.js';
import { configContext, configEntry } from '../helpers/config-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const STRONG = 'postgres://app:Tg5Rk2Vn8Qx1Lm7Ps4Jw9Hd3Fb6Zc0Ye@db.internal/app';
const withCopies = (copies: CopyReading[], value = STRONG) => ({
  ...resolved('DATABASE_URL', { value }),
  copies,
});
const neon: CopyReading = {
  kind: 'copy',
  label: 'file:vault/neon.env (DATABASE_URL)',
  state: 'equal',
  keyPath: 'copies.0',
};

ruleTester(copyMismatchCheck, {
  valid: [
    { name: 'no copies declared', ctx: context([resolved('DATABASE_URL', { value: 'v' })]) },
    { name: 'every copy equals the value', ctx: context([withCopies([neon])]) },
    {
      name: 'a legacy name holding the same value',
      ctx: context([
        withCopies([{ kind: 'alias', label: 'env:OLD_URL', state: 'equal', keyPath: 'aliases.0' }]),
      ]),
    },
    {
      // A copy file is a guess a pull request can write: a guessable value gets no answer.
      name: 'a guessable value is not compared with its copies',
      ctx: context([withCopies([{ ...neon, state: 'different' }], 'hunter2')]),
    },
  ],
  invalid: [
    {
      name: 'a copy that differs, and a required copy that is missing',
      ctx: context([
        withCopies([
          { ...neon, state: 'different' },
          { kind: 'copy', label: 'file:backup.txt', state: 'missing', keyPath: 'copies.1' },
        ]),
      ]),
      findings: [
        {
          messageId: 'different',
          subject: 'DATABASE_URL',
          keyPath: 'copies.0',
          message:
            'the copy in file:vault/neon.env (DATABASE_URL) differs from the value read from env:DATABASE_URL; update or remove it',
        },
        {
          messageId: 'missing',
          subject: 'DATABASE_URL',
          keyPath: 'copies.1',
          message: 'the required copy in file:backup.txt is missing',
        },
      ],
    },
    {
      name: "a config entry's legacy name holding another value",
      ctx: configContext([
        {
          ...(await configEntry('OPENCLAW_STATE_DIR', { value: 'state' })),
          copies: [
            {
              kind: 'alias',
              label: 'env:MOLTBOT_STATE_DIR',
              state: 'different',
              keyPath: 'aliases.0',
            },
          ],
        },
      ]),
      findings: [
        {
          messageId: 'different',
          subject: 'OPENCLAW_STATE_DIR',
          keyPath: 'aliases.0',
          message:
            'the copy in env:MOLTBOT_STATE_DIR differs from the value read from env:OPENCLAW_STATE_DIR; update or remove it',
        },
      ],
    },
  ],
});
