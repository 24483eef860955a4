/**
 * The `tokenStores` part of the reports (when the policy declares registries): the JSON
 * report's entries (rebuilt key by key, like every contract object), the verdict line's
 * `1 token registry` and the job summary's table of counts. No token and no id is shown.
 */
import type { GateReport, SecretStatus } from '../../core/result-types.js';
import type { TokenStoreReport } from '../../core/token-store-report.js';
import { cell, NONE, orNone, row, lazyRows, type TableRows } from '../markdown-table.js';
import type { ReportSection } from './report-section.js';

/** A registry entry with exactly the contract's keys (no internal description). */
export function contractTokenStore(t: TokenStoreReport): TokenStoreReport {
  return {
    name: t.name,
    path: t.path,
    status: t.status,
    tokens: t.tokens,
    live: t.live,
    devices: t.devices,
    revoked: t.revoked,
    ...(t.run !== undefined ? { run: t.run } : {}),
  };
}

const STATUS_LABEL: Record<SecretStatus, string> = {
  ok: '✅ ok',
  warning: '⚠️ warning',
  error: '❌ error',
  absent: '❌ unreadable',
};

/** `1 token registry`, `2 token registries` (wording.ts's plural adds an `s`). */
function registries(n: number): string {
  return `${n} token ${n === 1 ? 'registry' : 'registries'}`;
}

function count(n: number | null): string {
  return n === null ? NONE : String(n);
}

function tokenStoreRows(report: GateReport): TableRows {
  return lazyRows(report.tokenStores ?? [], (t) =>
    row([
      cell(t.name),
      STATUS_LABEL[t.status],
      cell(t.path),
      count(t.tokens),
      count(t.live),
      count(t.devices),
      count(t.revoked),
      orNone(t.description ?? null),
    ]),
  );
}

export const tokenStoresSection: ReportSection = {
  present: (report) => report.tokenStores !== undefined,
  scope: (report) => registries(report.tokenStores?.length ?? 0),
  subjectHeader: 'Subject',
  table: (report) => ({
    title: '### Token registries',
    intro: [],
    empty: 'No token registry is declared.',
    headers: ['Registry', 'Status', 'File', 'Tokens', 'Live', 'Devices', 'Revoked', 'Description'],
    rows: tokenStoreRows(report),
    noun: 'registry file',
  }),
};
