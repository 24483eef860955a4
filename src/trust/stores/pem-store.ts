/**
 * A PEM bundle: public keys and X.509 certificates, in order, without ids. Certificates
 * give validity (notBefore/notAfter); a private key is an error in a trust store.
 */
import type { StoreEntry, StoreReading } from '../trust-types.js';
import { blankEntry, keyFromStorePem, withKey } from './store-support.js';

const BEGIN = /-----BEGIN ([A-Z0-9 ]{1,40})-----/g;

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

/** Every BEGIN line with its block and its 1-based line. */
function pemBlocks(text: string): Block[] {
  const blocks: Block[] = [];
  let line = 1;
  let counted = 0;
  for (const match of text.matchAll(BEGIN)) {
    line += countNewlines(text, counted, match.index);
    counted = match.index;
    const label = match[1];
    const endMarker = `-----END ${label}-----`;
    const end = text.indexOf(endMarker, match.index);
    const next = text.indexOf('-----BEGIN ', match.index + 1);
    // An END after the next BEGIN belongs to that block: this one is unterminated.
    const closed = end !== -1 && (next === -1 || end < next);
    blocks.push({
      label,
      text: closed ? text.slice(match.index, end + endMarker.length) : null,
      line,
    });
  }
  return blocks;
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
