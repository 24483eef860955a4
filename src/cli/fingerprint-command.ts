/**
 * `secret-policy-gate fingerprint <file>`: every key of a trust store or PEM file with its
 * pins (`sha256:` SPKI, `jkt:` thumbprint), algorithm, status and validity, so operators
 * write pins without hand-running openssl. Loaded only for this command.
 */
import { resolve } from 'node:path';
import { effectiveUntil, entryStatus, type EntryStatus } from '../trust/key-status.js';
import { parseNow } from '../engine/parse-now.js';
import { CannotEvaluateError } from '../core/errors.js';
import { formatJsonText } from '../core/escape/json-text.js';
import { escapeTextLine } from '../core/escape/text-line.js';
import { messageTime } from '../checks/support/time-text.js';
import { formatJkt, formatSha256 } from '../trust/key-material.js';
import { readTrustStore } from '../trust/read-trust-store.js';
import type { StoreEntry, TrustStore } from '../trust/trust-types.js';
import type { CliIo } from './cli-io.js';
import type { FingerprintArgs } from './parse-cli-args.js';

/** One key as the command lists it (the JSON `keys` items). */
export interface KeyRow {
  /** The store's id; null for stores without ids (PEM bundles): their order is the index. */
  keyId: string | null;
  algorithm: string | null;
  fingerprint: string | null;
  jkt: string | null;
  status: EntryStatus;
  validFrom: string | null;
  validUntil: string | null;
}

/**
 * Rows start with the key's index (`#0`), never with store data: a key id such as
 * `::stop-commands::x` or `ALERT:` must not begin a log line.
 */
const COLUMNS = [
  '#',
  'KEY',
  'ALGORITHM',
  'FINGERPRINT',
  'JKT',
  'STATUS',
  'VALID FROM',
  'VALID UNTIL',
];

export function runFingerprint(args: FingerprintArgs, io: CliIo): number {
  const now = parseNow(args.now, '--now');
  const reading = readTrustStore(resolve(io.cwd, args.file), args.storeFormat);
  if (!reading.ok) {
    // A failed read's reason starts `cannot read: `, worded for findings; said once here.
    const reason = reading.reason.replace(/^cannot read: /, '');
    throw new CannotEvaluateError(
      `cannot read trust store ${escapeTextLine(args.file)}: ${reason}`,
    );
  }
  const store = reading.store;
  const rows = store.entries.map((entry) => keyRow(entry, store, now));
  io.stdout(
    args.format === 'json'
      ? `${formatJsonText({ file: args.file, format: store.format, keys: rows }, 2)}\n`
      : formatTable(args.file, store, rows),
  );
  return 0;
}

function keyRow(entry: StoreEntry, store: TrustStore, now: Date): KeyRow {
  const key = entry.key;
  return {
    keyId: entry.keyId,
    algorithm: key?.label ?? null,
    fingerprint: key ? formatSha256(key.spkiSha256) : null,
    jkt: key ? formatJkt(key.jkt) : null,
    status: entryStatus(entry, store, now),
    validFrom: entry.validFrom?.toISOString() ?? null,
    // A TUF root's expiry bounds its keys: the same figure as the check report's.
    validUntil: effectiveUntil(entry, store)?.toISOString() ?? null,
  };
}

/**
 * A title line, an aligned table, then notes (invalid keys, duplicates, TUF signatures).
 * Store text (key ids, algorithm names, key errors) goes through the text-line escaper, and
 * every line starts with text of ours; the title starts with the operator's own argument,
 * escaped and guarded the same way.
 */
function formatTable(file: string, store: TrustStore, rows: readonly KeyRow[]): string {
  const count = `${rows.length} key${rows.length === 1 ? '' : 's'}`;
  const cells = rows.map((row, index) => [
    `#${index}`,
    row.keyId === null ? '-' : escapeTextLine(row.keyId),
    row.algorithm === null ? '-' : escapeTextLine(row.algorithm),
    row.fingerprint ?? '-',
    row.jkt ?? '-',
    row.status,
    tableTime(row.validFrom),
    tableTime(row.validUntil),
  ]);
  const lines = [
    `${escapeTextLine(file)} (${store.format}, ${count})`,
    ...aligned([COLUMNS, ...cells]),
  ];
  return [...lines, ...notes(store)].join('\n') + '\n';
}

/** The table prints what the messages print (`2027-01-31`); the JSON keeps `toISOString()`. */
function tableTime(at: string | null): string {
  return at === null ? '-' : messageTime(new Date(at));
}

function aligned(table: readonly string[][]): string[] {
  const widths = table[0].map((_, column) => Math.max(...table.map((row) => row[column].length)));
  return table.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd(),
  );
}

function notes(store: TrustStore): string[] {
  const out: string[] = [];
  for (const entry of store.entries) {
    // `key #3 id:` — the line starts with our word, never with the store's key id.
    const name = `key #${entry.index}${entry.keyId === null ? '' : ` ${escapeTextLine(entry.keyId)}`}`;
    if (entry.keyError) out.push(`${name}: invalid: ${escapeTextLine(entry.keyError)}`);
    if (entry.recorded && !entry.recorded.matches)
      out.push(
        `${name}: the recorded fingerprint (${escapeTextLine(entry.recorded.scheme)}) does not match the key`,
      );
  }
  for (const { keyId, lines } of store.duplicateIds)
    out.push(
      `key id ${escapeTextLine(keyId)}: listed ${lines.length} times (lines ${lines.join(', ')})`,
    );
  if (store.tuf) {
    const { version, expires, threshold, rootKeyIds, verifiedKeyIds } = store.tuf;
    out.push(
      `TUF root version ${version}, expires ${expires ? messageTime(expires) : '-'}: ` +
        `${verifiedKeyIds.length} of ${rootKeyIds.length} root keys sign it (threshold ${threshold})`,
    );
  }
  return out;
}
