import { expiryMarkerMismatchCheck } from '../../src/checks/expiry-marker-mismatch.js';
import type { MarkerReading, ResolvedSecret } from '../../src/sources/resolved-secret.js';
import type { DatedOrigin } from '../../src/sources/value-expiry.js';
import { resolved } from '../helpers/build-context.js';
import { ruleTester } from '../helpers/rule-tester.js';
import { DAY, NOW, secrets } from '../helpers/secret-rule-findings.js';

const at = (ms: number) => new Date(NOW.getTime() + ms);
const notAfter = (ms: number): MarkerReading => ({
  state: 'valid',
  at: at(ms),
  origin: 'certificate notAfter',
});
const marker = (ms: number): DatedOrigin => ({ at: at(ms), origin: 'env:K_EXPIRES_AT' });

/** One secret K whose value's expiry was weighed against a marker (value-expiry.ts). */
function weighed(own: MarkerReading, mark: DatedOrigin | undefined, value: string | null = 'v') {
  const ctx = secrets({});
  const secret: ResolvedSecret = {
    ...resolved('K', { value, decl: { format: 'pem-certificate' } }),
    valueDates: { notAfter: own, notBefore: null, ...(mark ? { marker: mark } : {}) },
  };
  return { ...ctx, secrets: [secret] };
}

ruleTester(expiryMarkerMismatchCheck, {
  valid: [
    { name: 'no dates read from the value', ctx: secrets({ K: { value: 'v' } }) },
    { name: 'no marker', ctx: weighed(notAfter(30 * DAY), undefined) },
    { name: 'the marker is earlier', ctx: weighed(notAfter(30 * DAY), marker(10 * DAY)) },
    { name: 'the marker is the same instant', ctx: weighed(notAfter(DAY), marker(DAY)) },
    {
      name: 'the value carries no valid exp (expiry-invalid says so)',
      ctx: weighed({ state: 'invalid', origin: 'token exp', reason: 'r' }, marker(DAY)),
    },
    {
      name: 'the value is not visible to this run',
      ctx: weighed(notAfter(DAY), marker(30 * DAY), null),
    },
  ],
  invalid: [
    {
      name: 'the marker is later than the notAfter',
      ctx: weighed(notAfter(-DAY), marker(30 * DAY)),
      findings: [
        {
          messageId: 'markerLater',
          subject: 'K',
          keyPath: 'expiresAt',
          message:
            "expiry marker env:K_EXPIRES_AT says 2026-12-22, 31 days after the value's certificate notAfter 2026-11-21; the earlier date is judged",
        },
      ],
    },
  ],
});
