/**
 * `key-store-plaintext`: the store keeps something other than hashed key ids — a record
 * keyed by anything but a SHA-256 id, or a known secret's value (in plaintext, or hashed
 * as a key id) in the store or its audit log. One verdict per named secret: which file,
 * and whether as text or as an id, would each be one more bit about its value.
 */
import { apiKeyRef, keyStoreRef } from '../subjects/key-store-subjects.js';
import type { GatheredKeyStore } from '../subjects/key-store-subjects.js';
import type { CheckContext } from './check-types.js';
import { isHashId, keyStoresOf, recordsOf, sha256Id, valueOf } from './support/key-store-data.js';
import { defineRule, ruleDocsUrl } from './rule-types.js';

/** Whether the secret's value is in one of the files, as text (JSON-escaped too) or as an id. */
function appears(store: GatheredKeyStore, name: string, ctx: CheckContext): boolean {
  const value = valueOf(ctx, name);
  if (!value || value.length === 0) return false;
  const plain = value.reveal();
  const escaped = JSON.stringify(plain).slice(1, -1);
  const inText = store.texts.some((text) => {
    const all = text.reveal();
    return all.includes(plain) || all.includes(escaped);
  });
  if (inText) return true;
  const id = sha256Id(value);
  return (recordsOf(store) ?? []).some((record) => record.id === id);
}

export const keyStorePlaintextCheck = defineRule({
  meta: {
    id: 'key-store-plaintext',
    subjects: ['key-store', 'api-key'],
    description:
      'A key store holds a record whose id is not a SHA-256 key id, or the value of a secret named in plaintextOf appears in the store or its audit log (as text or as its hashed id).',
    severity: 'subject',
    docs: ruleDocsUrl('key-store-plaintext'),
    messages: {
      notHashed:
        'record {{key}} of {{path}} is not keyed by a sha256 key id (64 lower-case hex digits); a plaintext key may be stored',
      exposed:
        "{{secret}}'s value is in {{path}} or its audit log (as text, or hashed as a key id); it must never be stored there",
    },
  },
  run(ctx, report) {
    for (const store of keyStoresOf(ctx)) {
      const { name, path } = store.decl;
      for (const record of recordsOf(store) ?? []) {
        if (isHashId(record.id)) continue;
        const key = `#${record.index}`;
        report({ subject: apiKeyRef(name, key), messageId: 'notHashed', data: { key, path } });
      }
      store.decl.plaintextOf.forEach((secret, i) => {
        if (!appears(store, secret, ctx)) return;
        const data = { secret, path };
        const keyPath = `plaintextOf.${i}`;
        report({ subject: keyStoreRef(name), messageId: 'exposed', data, keyPath });
      });
    }
  },
});
