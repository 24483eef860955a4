/**
 * The JSON report (reportVersion 1) as `merge` reads it: foreign JSON, written by another
 * job and handed over as an artifact, so it is validated field by field before anything
 * uses it. zod/mini, as the trust stores read theirs, and through parseForeign, whose
 * messages name a path and an expected type but never quote the input (no schema here
 * states a message of its own: `findings[2].rule is not valid`).
 *
 * Unknown members are dropped (z.object strips them), so nothing beyond the contract can
 * pass through a merge into its outputs. The fields added to reportVersion 1 later (each
 * finding's `ref`, `messageId`, `related`, `aspect`, `due`; `failOn`; `run` and `runs`) are
 * optional: older reports merge too.
 */
import * as z from '../core/zod-mini.js';

/** A rule id's shape (`trust-root-expired`); a newer tool's rules merge too. */
const RULE_ID = /^[a-z][a-z0-9-]{0,63}$/;

const text = z.string();
const nullableText = z.nullable(z.string());
const count = z.int().check(z.minimum(0));
const position = z.int().check(z.minimum(0));
const instant = z.string().check(z.refine((value) => !Number.isNaN(Date.parse(value))));
const severity = z.enum(['error', 'warning', 'notice']);
const failOn = z.enum(['error', 'warning', 'never']);
const status = z.enum(['ok', 'warning', 'error', 'absent']);
const verdict = z.enum(['pass', 'fail']);
const run = z.optional(z.string());

const location = z.object({ file: text, line: position, column: position });
const counts = z.object({ error: count, warning: count, notice: count });
const tool = z.object({ name: text, version: text });
const policy = z.object({ path: text, environment: nullableText });

const finding = z.object({
  rule: z.string().check(z.regex(RULE_ID)),
  severity,
  subject: text,
  message: text,
  location,
  related: z.optional(location),
  ref: z.optional(z.object({ kind: text, path: z.array(text) })),
  messageId: z.optional(text),
  aspect: z.optional(text),
  due: z.optional(z.object({ kind: z.enum(['expiry', 'rotation']), dueAt: instant })),
  waived: z.optional(z.object({ reason: text, owner: text, expires: text, line: position })),
  run,
});

const secret = z.object({
  name: text,
  status,
  source: nullableText,
  owner: nullableText,
  expiresAt: nullableText,
  rotatedAt: nullableText,
  rotationDueAt: nullableText,
  run,
});

const trustRoot = z.object({
  store: text,
  keyId: nullableText,
  algorithm: nullableText,
  fingerprint: nullableText,
  status: z.enum(['active', 'revoked', 'expired', 'not-yet-valid', 'invalid']),
  validFrom: nullableText,
  validUntil: nullableText,
  run,
});

const config = z.object({
  name: text,
  status,
  source: nullableText,
  value: nullableText,
  owner: nullableText,
  run,
});

const nullableCount = z.nullable(count);
const tokenStore = z.object({
  name: text,
  path: text,
  status,
  tokens: nullableCount,
  live: nullableCount,
  devices: nullableCount,
  revoked: nullableCount,
  run,
});

const waiver = z.object({
  rule: text,
  subject: text,
  aspect: nullableText,
  status: z.enum(['active', 'unused', 'expired', 'too-long']),
  owner: text,
  reason: text,
  expires: text,
  waived: count,
  location,
  run,
});

const runEntry = z.object({
  label: text,
  tool,
  policy,
  evaluatedAt: instant,
  result: verdict,
  failOn: z.nullable(failOn),
  counts,
});

/** A JSON report, checked in contract order (the first issue is the one reported). */
export const REPORT_SCHEMA = z.object({
  reportVersion: z.literal(1),
  tool,
  policy,
  evaluatedAt: instant,
  result: verdict,
  failOn: z.optional(failOn),
  counts,
  secrets: z.array(secret),
  trustRoots: z.optional(z.array(trustRoot)),
  config: z.optional(z.array(config)),
  tokenStores: z.optional(z.array(tokenStore)),
  waivers: z.optional(z.array(waiver)),
  findings: z.array(finding),
  runs: z.optional(z.array(runEntry)),
});

/** A report as read: the contract's fields, nothing else. */
export type ReadReport = z.output<typeof REPORT_SCHEMA>;
export type ReadFinding = ReadReport['findings'][number];
export type ReadRun = NonNullable<ReadReport['runs']>[number];
