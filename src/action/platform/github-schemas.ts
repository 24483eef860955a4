/**
 * The shapes of GitHub's answers, in zod/mini, cut down to the fields the gate reads. Names
 * and logins are held to GitHub's own character sets and dates must be ISO date-times, so a
 * value that passes can be printed without surprises; anything else makes the whole answer
 * `malformed` (the failure never says which value: it came from the server).
 */
import * as z from '../../core/zod-mini.js';
import type { Page } from '../github-api.js';
import type {
  CommentSummary,
  IssueSummary,
  PullFile,
  Review,
  SecretListing,
} from './github-endpoints.js';

/** GitHub's rule for secret names: letters, digits, underscores, not starting with a digit. */
const SECRET_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
/** A user or organization login; apps' bot accounts end in `[bot]`. */
const LOGIN = /^[A-Za-z0-9-]{1,39}(\[bot\])?$/;

const count = z.number().check(z.int(), z.nonnegative());
const date = z.iso.datetime({ offset: true });
const login = z.string().check(z.regex(LOGIN));
const user = z.nullable(z.object({ login }));
/** `GET /user`: the token's own account. */
export const userAnswer = z.object({ login });

const secret = z.object({
  name: z.string().check(z.maxLength(255), z.regex(SECRET_NAME)),
  updated_at: z.optional(z.nullable(date)),
});

export const secretsPage = z.object({ total_count: count, secrets: z.array(secret) });

export const pullFile = z.object({
  filename: z.string().check(z.minLength(1)),
  status: z.enum(['added', 'removed', 'modified', 'renamed', 'copied', 'changed', 'unchanged']),
  previous_filename: z.optional(z.string().check(z.minLength(1))),
});

export const review = z.object({
  user,
  state: z.enum(['APPROVED', 'CHANGES_REQUESTED', 'COMMENTED', 'DISMISSED', 'PENDING']),
  submitted_at: z.optional(z.nullable(date)),
});

const label = z.union([z.string(), z.object({ name: z.string() })]);

export const issue = z.object({
  number: z.number().check(z.int(), z.positive()),
  state: z.enum(['open', 'closed']),
  title: z.string(),
  body: z.optional(z.nullable(z.string())),
  labels: z.array(label),
  /** Present (an object) when the entry is a pull request. */
  pull_request: z.optional(z.unknown()),
});

export const comment = z.object({
  id: z.number().check(z.int(), z.positive()),
  body: z.optional(z.nullable(z.string())),
  user,
});

/** A list of `item`, or null when any entry is not one. */
export function listOf<S extends z.core.$ZodType>(
  item: S,
): (data: unknown) => { items: z.output<S>[] } | null {
  const list = z.array(item);
  return (data) => {
    const parsed = z.safeParse(list, data);
    return parsed.success ? { items: parsed.data } : null;
  };
}

/** `schema`'s output, or null (the issue is dropped unread: its text may quote the input). */
export function parseAnswer<S extends z.core.$ZodType>(
  schema: S,
  data: unknown,
): z.output<S> | null {
  const parsed = z.safeParse(schema, data);
  return parsed.success ? parsed.data : null;
}

type SecretEntry = z.output<typeof secretsPage>['secrets'][number];

export function secretPage(data: unknown): Page<SecretEntry> {
  const page = parseAnswer(secretsPage, data);
  return page === null ? null : { items: page.secrets, total: page.total_count };
}

export function secretListing(items: SecretEntry[]): SecretListing[] {
  return items.map((entry) => ({ name: entry.name, updatedAt: entry.updated_at ?? null }));
}

export function toPullFile(items: z.output<typeof pullFile>[]): PullFile[] {
  return items.map((file) => ({
    path: file.filename,
    status: file.status,
    ...(file.previous_filename === undefined ? {} : { previousPath: file.previous_filename }),
  }));
}

/** Reviews by deleted accounts (no user) are dropped: nobody can be credited with them. */
export function toReview(items: z.output<typeof review>[]): Review[] {
  return items.flatMap((entry) =>
    entry.user === null
      ? []
      : [{ login: entry.user.login, state: entry.state, submittedAt: entry.submitted_at ?? null }],
  );
}

/** The issues listing holds pull requests too (they are issues to GitHub): dropped. */
export function toIssues(items: z.output<typeof issue>[]): IssueSummary[] {
  return items
    .filter((entry) => entry.pull_request === undefined || entry.pull_request === null)
    .map(toIssue);
}

export function toIssue(entry: z.output<typeof issue>): IssueSummary {
  return {
    number: entry.number,
    state: entry.state,
    title: entry.title,
    body: entry.body ?? '',
    labels: entry.labels.map((label) => (typeof label === 'string' ? label : label.name)),
  };
}

export function toComment(entry: z.output<typeof comment>): CommentSummary {
  return { id: entry.id, body: entry.body ?? '', login: entry.user?.login ?? null };
}

/** `2026-03-15 12:00:00 UTC` or `2026-03-15 12:00:00 -0800`, GitHub's two spellings. */
const EXPIRY = /^(\d{4}-\d{2}-\d{2}) (\d{2}:\d{2}:\d{2}) (?:UTC|([+-]\d{2})(\d{2}))$/;

/** The header's time, or null when it is absent or not one of GitHub's spellings. */
export function expiryDate(header: string | number | undefined): Date | null {
  const match = typeof header === 'string' ? EXPIRY.exec(header.trim()) : null;
  if (match === null) return null;
  const [, day, time, hours, minutes] = match;
  const zone = hours === undefined ? 'Z' : `${hours}:${minutes ?? '00'}`;
  const iso = `${day ?? ''}T${time ?? ''}${zone}`;
  // The same check zod applies to every other date: a real calendar day and time of day.
  if (!z.safeParse(z.iso.datetime({ offset: true }), iso).success) return null;
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? null : date;
}
