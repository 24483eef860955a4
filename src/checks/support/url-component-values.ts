/**
 * The components of a parsed URL as the `component-mismatch` rule compares them
 * (percent-decoded, host in lower case, the scheme's default port filled in). Nothing here
 * returns a message: the components are parts of a secret and never leave the check, and
 * they are compared with `sameText`, in time independent of where they differ.
 */
import type { ComponentName, ComponentRule } from '../../policy/url-components.js';
import { sameText } from '../../core/same-text.js';

/**
 * Ports the WHATWG parser drops from a URL of a special scheme because they are its default;
 * other schemes keep whatever port the URL names (postgresql://, redis:// have no default).
 */
const DEFAULT_PORTS: Readonly<Record<string, string>> = {
  'http:': '80',
  'https:': '443',
  'ws:': '80',
  'wss:': '443',
  'ftp:': '21',
};

/** Percent-decoded; a malformed escape (the parser keeps `%zz`) is compared as written. */
function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** Host names are case-insensitive; an IPv6 literal is compared without its brackets. */
export function normalHost(text: string): string {
  return decode(text)
    .replace(/^\[(.*)\]$/, '$1')
    .toLowerCase();
}

/** One component of the URL, as compared; '' when the URL has none. */
export function componentOf(url: URL, name: ComponentName): string {
  switch (name) {
    case 'username':
      return decode(url.username);
    case 'password':
      return decode(url.password);
    case 'host':
      return normalHost(url.hostname);
    case 'port':
      return url.port !== '' ? url.port : (DEFAULT_PORTS[url.protocol] ?? '');
    case 'database':
      return decode(url.pathname.replace(/^\//, ''));
  }
}

/** What a rule expects, resolved: the literal, another secret's value, or null (no value). */
export function expectedText(
  rule: ComponentRule,
  valueOf: (name: string) => string | undefined,
): string | null {
  if ('literal' in rule) return rule.literal;
  return valueOf(rule.mustEqual) ?? null;
}

/** Whether every occurrence of a query parameter equals the expected text (one at least). */
export function queryHolds(url: URL, name: string, expected: string): boolean {
  const found = url.searchParams.getAll(name);
  // Every occurrence is compared, so the time does not depend on which one differs.
  const verdicts = found.map((text) => sameText(text, expected));
  return verdicts.length > 0 && verdicts.every(Boolean);
}
