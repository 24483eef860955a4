/**
 * A PEM bundle: public keys and X.509 certificates, in order, without ids. Certificates
 * give validity (notBefore/notAfter); a private key is an error in a trust store.
 */
import type { StoreEntry, StoreReading } from '../trust-types.js';
import { pemMarkers } from '../key-material.js';
import { blankEntry, keyFromStorePem, withKey } from './store-support.js';

interface Block {
  label: string;
  /** The block from BEGIN to END, or null when END is missing. */
  text: string | null;
  line: number;
}

export function readPemStore(text: string): StoreReading {
  const blocks = pemBlocks(text);
  if (blocks.length === 0) return { ok: false, reason: 'no PEM blocks (-----BEGIN ...-----)' };
  return {
    ok: true,
    store: { format: 'pem', entries: blocks.map(pemEntry), duplicateIds: [], tuf: null },
  };
}

/**
 * Every BEGIN line with its block and its 1-based line. A block is closed by the first END
 * line of its label before the next BEGIN. Linear: END lines are indexed by label once, and
 * each label's list is walked forward as the BEGIN lines are (a search from every BEGIN to
 * the end of the text made a bundle of unterminated blocks quadratic).
 */
function pemBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  const endsByLabel = new Map<string, { starts: number[]; next: number }>();
  for (const { at, label } of pemMarkers(text, '-----END ')) {
    const ends = endsByLabel.get(label) ?? { starts: [], next: 0 };
    ends.starts.push(at);
    endsByLabel.set(label, ends);
  }
  const beginStarts = occurrences(text, '-----BEGIN ');
  let nextBegin = 0;
  let line = 1;
  let counted = 0;
  let scanned = 0;
  for (const { at, label } of pemMarkers(text, '-----BEGIN ')) {
    const endMarker = `-----END ${label}-----`;
    // Matches do not overlap: a BEGIN inside the previous BEGIN line is part of it.
    if (at < scanned) continue;
    scanned = at + '-----BEGIN '.length + label.length + '-----'.length;
    line += countNewlines(text, counted, at);
    counted = at;
    const end = firstAtOrAfter(endsByLabel.get(label), at);
    while (nextBegin < beginStarts.length && beginStarts[nextBegin] <= at) nextBegin++;
    const next = nextBegin < beginStarts.length ? beginStarts[nextBegin] : -1;
    // An END after the next BEGIN belongs to that block: this one is unterminated.
    const closed = end !== -1 && (next === -1 || end < next);
    blocks.push({ label, text: closed ? text.slice(at, end + endMarker.length) : null, line });
  }
  return blocks;
}

/** Every start of `marker` in `text` (markers that cannot overlap themselves). */
function occurrences(text: string, marker: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(marker); at !== -1; at = text.indexOf(marker, at + 1)) starts.push(at);
  return starts;
}

/** The first start at or after `from`, moving the list's cursor forward (callers ask in order). */
function firstAtOrAfter(
  ends: { starts: number[]; next: number } | undefined,
  from: number,
): number {
  if (!ends) return -1;
  while (ends.next < ends.starts.length && ends.starts[ends.next] < from) ends.next++;
  return ends.next < ends.starts.length ? ends.starts[ends.next] : -1;
}

function countNewlines(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = text.indexOf('\n', from); i !== -1 && i < to; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

function pemEntry(block: Block, index: number): StoreEntry {
  const entry = blankEntry(null, index, block.line);
  if (block.text === null) return { ...entry, keyError: `${block.label} block has no END line` };
  const parsed = keyFromStorePem(block.text);
  if ('error' in parsed || !parsed.certificate) return withKey(entry, parsed);
  const certificate = parsed.certificate;
  return withKey(
    {
      ...entry,
      certificate: true,
      validFrom: certificate.validFromDate,
      validUntil: certificate.validToDate,
    },
    parsed,
  );
}
