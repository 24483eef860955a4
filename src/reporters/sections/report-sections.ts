/**
 * Every report kind's section, in report order (a merged report's runs first). A new kind:
 * its module plus one line here.
 */
import type { GateReport } from '../../core/result-types.js';
import type { ReportSection } from './report-section.js';
import { configSection } from './config-section.js';
import { runsSection } from './runs-section.js';
import { secretsSection } from './secrets-section.js';
import { tokenStoresSection } from './token-stores-section.js';
import { trustRootsSection } from './trust-roots-section.js';
import { waiversSection } from './waivers-section.js';

/** A merged report's runs come first: which run failed is the summary's first question. */
const REPORT_SECTIONS: readonly ReportSection[] = [
  runsSection,
  secretsSection,
  trustRootsSection,
  configSection,
  tokenStoresSection,
  waiversSection,
];

/** The sections the report holds, in report order. */
export function sectionsIn(report: GateReport): ReportSection[] {
  return REPORT_SECTIONS.filter((section) => section.present(report));
}
