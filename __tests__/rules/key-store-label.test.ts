import { keyStoreLabelCheck as rule } from '../../src/checks/key-store-label.js';
import { idOf, keyStore, keyStoreContext, record } from '../helpers/key-store-context.js';
import { ruleTester } from '../helpers/rule-tester.js';

const LABELS = /^([a-z0-9-]+-\d{4}-rotation|compromised-[A-Z]+-\d+|bootstrap-admin)$/;
const labels = (value: string) => LABELS.test(value);
const short = (key: string) => idOf(key).slice(0, 7);

ruleTester(rule, {
  valid: [
    {
      name: 'rotation, emergency and bootstrap labels',
      ctx: keyStoreContext([
        keyStore({
          labels,
          records: [
            record('a', { label: 'wallet-2026-rotation' }),
            record('b', { label: 'compromised-SEC-142' }),
            record('c', { label: 'bootstrap-admin' }),
          ],
        }),
      ]),
    },
    {
      name: 'no labels pattern declared',
      ctx: keyStoreContext([keyStore({ records: [record('a', { label: null })] })]),
    },
  ],
  invalid: [
    {
      name: 'an emergency key without the compromised-<ticket> convention',
      ctx: keyStoreContext([keyStore({ labels, records: [record('e', { label: 'emergency' })] })]),
      findings: [
        {
          messageId: 'badLabel',
          subject: `xai/${short('e')}`,
          keyPath: 'labels',
          message: `the label of key ${short('e')} in state/api_keys.json does not match labels`,
        },
      ],
    },
    {
      name: 'no label',
      ctx: keyStoreContext([keyStore({ labels, records: [record('n', { label: null })] })]),
      findings: [{ messageId: 'noLabel', subject: `xai/${short('n')}` }],
    },
  ],
});
