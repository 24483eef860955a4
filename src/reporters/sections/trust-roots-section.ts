/**
 * The `trustRoots` part of the human reports (when the policy declares stores): one row per
 * key of every readable store, its validity before its fingerprint. Public keys and
 * fingerprints are not secret; the summary shortens fingerprints (`sha256:3c8f…d463`, enough
 * to tell keys apart at a glance) and the JSON report keeps them whole.
 */
import type { GateReport, TrustRootReport } from '../../core/result-types.js';
import { TRUST_KEY } from '../../subjects/trust-subjects.js';
import { NONE, cell, row, lazyRows, type TableRows } from '../markdown-table.js';
import { plural } from '../wording.js';
import { OVERDUE_MARK, SOON_MARK, dateCell, dueSubjects, startCell } from './date-cells.js';
import type { ReportSection } from './report-section.js';

/** A key's standing (key-status.ts), plus `expiring`: active, and reported as expiring. */
type KeyStanding = TrustRootReport['status'] | 'expiring';

const STATUS_LABEL: Record<KeyStanding, string> = {
  active: '✅ active',
  expiring: `${SOON_MARK} expiring`,
  'not-yet-valid': `${SOON_MARK} not yet valid`,
  expired: `${OVERDUE_MARK} expired`,
  revoked: `${OVERDUE_MARK} revoked`,
  invalid: `${OVERDUE_MARK} invalid`,
};

/** `sha256:` plus hex as the gate computes it; anything else is shown whole. */
const SHA256_FINGERPRINT = /^sha256:([0-9a-f]{4})[0-9a-f]{8,}([0-9a-f]{4})$/;

function shortFingerprint(fingerprint: string | null): string {
  if (fingerprint === null) return NONE;
  const parts = SHA256_FINGERPRINT.exec(fingerprint);
  return parts ? `sha256:${parts[1]}…${parts[2]}` : cell(fingerprint);
}

/**
 * Rows of the table. A key is named in findings by its id, or `#index` in its store when it
 * has none (checks/support/trust-status.ts): rows follow the store's order, so the index is
 * the row's position among its store's rows.
 */
function trustRows(report: GateReport): TableRows {
  const expiring = dueSubjects(report, TRUST_KEY, 'expiry');
  const positions = new Map<string, number>();
  return lazyRows(report.trustRoots ?? [], (t) => {
    const index = positions.get(t.store) ?? 0;
    positions.set(t.store, index + 1);
    const soon = expiring.has(`${t.store}/${t.keyId ?? `#${index}`}`);
    const standing: KeyStanding = t.status === 'active' && soon ? 'expiring' : t.status;
    return row([
      cell(t.store),
      cell(t.keyId ?? NONE),
      cell(t.algorithm ?? NONE),
      STATUS_LABEL[standing],
      startCell(t.validFrom, report),
      dateCell(t.validUntil, report, 'expiry', soon),
      shortFingerprint(t.fingerprint),
    ]);
  });
}

/** `- store: description` for each store the policy describes, in report order. */
function storeDescriptions(report: GateReport): string[] {
  const described = new Map<string, string>();
  for (const t of report.trustRoots ?? []) {
    if (t.storeDescription !== undefined) described.set(t.store, t.storeDescription);
  }
  return [...described].map(([store, description]) => `- ${cell(store)}: ${cell(description)}`);
}

export const trustRootsSection: ReportSection = {
  present: (report) => report.trustRoots !== undefined,
  scope: (report) => plural(report.trustRoots?.length ?? 0, 'trust-root key'),
  subjectHeader: 'Subject',
  table: (report) => ({
    title: '### Trust roots',
    intro: storeDescriptions(report),
    empty: 'No keys could be read from the declared stores.',
    headers: ['Store', 'Key', 'Algorithm', 'Status', 'Valid from', 'Valid until', 'Fingerprint'],
    rows: trustRows(report),
    noun: 'key',
  }),
};
