/**
 * `expiryFromValue`: which formats carry an expiry the run can read from the value
 * (sources/value-expiry.ts reads it), and the loader's check that an explicit
 * `expiryFromValue: true` is on a secret of one of them. Called from semantic-checks.ts for
 * every view, so an environment that changes the format is judged on its merged view.
 */
import type { FormatName } from './format-registry.js';
import { quote } from './quote.js';
import type { SecretView } from './secret-view.js';

/** The formats whose values carry their own validity dates. */
export const DATED_FORMATS = ['pem-certificate', 'jwt'] as const satisfies readonly FormatName[];

export type DatedFormat = (typeof DATED_FORMATS)[number];

export function isDatedFormat(format: unknown): format is DatedFormat {
  return (DATED_FORMATS as readonly unknown[]).includes(format);
}

const NEEDS = `expiryFromValue: true needs format ${DATED_FORMATS.join(' or ')} (the formats that carry an expiry)`;

/**
 * `true` on a secret whose format carries no date would promise a check that never runs.
 * `false` is accepted on any format (an environment may change the format back).
 */
export function expiryFromValueFindings(
  view: SecretView,
): { message: string; keys: string[]; at: 'key' | 'value' }[] {
  if (view.raw['expiryFromValue'] !== true) return [];
  const format = view.raw['format'];
  if (isDatedFormat(format)) return [];
  const message =
    typeof format === 'string'
      ? `${NEEDS}; format is ${quote(format)}`
      : `${NEEDS}; this secret declares no format`;
  return [{ message, keys: ['expiryFromValue', 'format'], at: 'key' }];
}
