/**
 * The `trustRoots` part of the human reports (when the policy declares stores): one row per
 * key of every readable store. Public keys and fingerprints are not secret.
 */
import type { TrustRootReport } from '../../core/result-types.js';
import { NONE, cell, codeOrText, row } from '../markdown-table.js';
import { plural } from '../wording.js';
import type { ReportSection } from './report-section.js';

function trustRow(t: TrustRootReport): string {
  return row([
    cell(t.store),
    cell(t.keyId ?? NONE),
    cell(t.algorithm ?? NONE),
    codeOrText(t.fingerprint),
    cell(t.status),
    cell(t.validFrom ?? NONE),
    cell(t.validUntil ?? NONE),
  ]);
}

export const trustRootsSection: ReportSection = {
  present: (report) => report.trustRoots !== undefined,
  scope: (report) => plural(report.trustRoots?.length ?? 0, 'trust-root key'),
  subjectHeader: 'Subject',
  table: (report) => ({
    title: '### Trust roots',
    empty: 'No keys could be read from the declared stores.',
    headers: ['Store', 'Key', 'Algorithm', 'Fingerprint', 'Status', 'Valid from', 'Valid until'],
    rows: (report.trustRoots ?? []).map(trustRow),
    noun: 'key',
  }),
};
