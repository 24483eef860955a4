/**
 * How a config value may appear in output. Config values are not secret, but a hostile
 * policy could declare a secret's variable as config to get it printed (`config:
 * { DATABASE_URL: { equals: x } }`), so a value is shown only when:
 *
 * - it was read from the environment or the `vars` input (config never reads the
 *   `secrets` input: config-subject.ts), and
 * - what would be shown (at most MAX_SHOWN_CONFIG_LENGTH characters), raw or
 *   percent-decoded, neither equals a declared secret's value (or its base64, base64url,
 *   hex or URL encoding) nor shares an 8-character substring with one, and
 * - it does not look like a secret: no URL credentials, no credential-named query
 *   parameter, and no alphanumeric run that looks random: 24 or more characters; 16 or more
 *   that are not a one-case word; 8 or more that mix lower case, upper case and digits, or
 *   two of them with an entropy estimate of 28 bits or more.
 *
 * Otherwise it is described as a secret's value would be: length and character classes.
 * Computed once per run for every entry (one pass over the secrets' values).
 */
import { encodedForms } from '../../core/encoded-forms.js';
import type { CheckContext } from '../check-types.js';
import type { ResolvedConfig } from '../../subjects/config-subject.js';
import { configEntries } from './config-values.js';
import { describeValue } from './describe-value.js';
import { estimateEntropyBits } from './entropy.js';

export const MAX_SHOWN_CONFIG_LENGTH = 120;
const WINDOW = 8;

export type ConfigDisplay =
  /** `text` is the value's first MAX_SHOWN_CONFIG_LENGTH characters; `length` its whole length. */
  { shown: true; text: string; length: number } | { shown: false; description: string };

const URL_CREDENTIALS = /:\/\/[^/?#\s]*@/;
const CREDENTIAL_PARAMETER =
  /[?&;#][^=&;#]*(?:token|key|secret|sig|signature|password|passwd|pwd|pass|auth|credential|session|code)[^=&;#]*=/i;

function mixesClasses(run: string): number {
  return [/[a-z]/, /[A-Z]/, /[0-9]/].filter((re) => re.test(run)).length;
}

/** Whether a value looks like a secret by its shape alone. */
export function looksSecret(value: string): boolean {
  if (URL_CREDENTIALS.test(value) || CREDENTIAL_PARAMETER.test(value)) return true;
  return value.split(/[^A-Za-z0-9]+/).some((run) => {
    if (run.length >= 24) return true;
    if (run.length < WINDOW) return false;
    const classes = mixesClasses(run);
    // 16 or more: anything but a plain word (a card number, a hex digest, a mixed token).
    if (run.length >= 16 && !/^(?:[a-z]+|[A-Z]+)$/.test(run)) return true;
    return classes >= 3 || (classes === 2 && estimateEntropyBits(run) >= 28);
  });
}

function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Entries (by name) whose shown text equals or overlaps a declared secret's value or its encodings. */
function overlapping(candidates: ReadonlyMap<string, string[]>, ctx: CheckContext): Set<string> {
  const exact = new Map<string, string[]>();
  const windows = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, name: string) => {
    const list = map.get(key);
    if (list) list.push(name);
    else map.set(key, [name]);
  };
  for (const [name, texts] of candidates) {
    for (const text of texts) {
      add(exact, text, name);
      for (let i = 0; i + WINDOW <= text.length; i++) add(windows, text.slice(i, i + WINDOW), name);
    }
  }
  const hit = new Set<string>();
  for (const secret of ctx.secrets) {
    if (!secret.value) continue;
    for (const form of encodedForms(secret.value.reveal())) {
      for (const name of exact.get(form) ?? []) hit.add(name);
      if (windows.size === 0) continue;
      for (let i = 0; i + WINDOW <= form.length; i++) {
        for (const name of windows.get(form.slice(i, i + WINDOW)) ?? []) hit.add(name);
      }
    }
  }
  return hit;
}

function displays(entries: readonly ResolvedConfig[], ctx: CheckContext) {
  const candidates = new Map<string, string[]>();
  for (const entry of entries) {
    if (entry.value === null) continue;
    const text = entry.value.slice(0, MAX_SHOWN_CONFIG_LENGTH);
    candidates.set(entry.decl.name, [text, decoded(text)]);
  }
  const hidden = overlapping(candidates, ctx);
  const out = new Map<string, ConfigDisplay>();
  for (const entry of entries) {
    if (entry.value === null) continue;
    const [text = ''] = candidates.get(entry.decl.name) ?? [];
    const withheld = hidden.has(entry.decl.name) || looksSecret(entry.value);
    out.set(
      entry.decl.name,
      withheld
        ? { shown: false, description: describeValue(entry.value) }
        : { shown: true, text, length: entry.value.length },
    );
  }
  return out;
}

// By the run's secrets, then its config entries: both are fixed for one evaluation.
const CACHE = new WeakMap<object, WeakMap<readonly ResolvedConfig[], Map<string, ConfigDisplay>>>();

/** How the named entry's value may appear; null when it has no value. */
export function configDisplay(ctx: CheckContext, name: string): ConfigDisplay | null {
  const entries = configEntries(ctx);
  let bySecrets = CACHE.get(ctx.secrets);
  if (!bySecrets) {
    bySecrets = new WeakMap();
    CACHE.set(ctx.secrets, bySecrets);
  }
  let computed = bySecrets.get(entries);
  if (!computed) {
    computed = displays(entries, ctx);
    bySecrets.set(entries, computed);
  }
  return computed.get(name) ?? null;
}

/** The display as message text: `"strict"`, `"…"… (300 characters)`, or a withheld description. */
export function displayText(display: ConfigDisplay): string {
  if (!display.shown) return `a value that may be secret (not shown; ${display.description})`;
  const quoted = JSON.stringify(display.text);
  return display.length > display.text.length
    ? `${quoted}… (${display.length} characters)`
    : quoted;
}
