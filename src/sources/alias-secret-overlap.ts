/**
 * Whether a text shares a value, or an 8-character part of one, with a declared secret's
 * value or its common encodings (base64, base64url, hex, URL encoding): the test
 * config-display.ts applies before showing a config value, applied to the values a path
 * variable would put into a path (and so into every message naming the path).
 */
import { encodedForms } from '../core/encoded-forms.js';
import { CannotEvaluateError } from '../core/errors.js';
import type { Policy } from '../policy/policy-types.js';
import { lookupNames } from './alias-lookup.js';
import { lookUp, type ValueSource } from './value-sources.js';

const WINDOW = 8;

function secretValues(policy: Policy, values: readonly ValueSource[]): string[] {
  const out: string[] = [];
  for (const decl of policy.secrets) {
    for (const name of lookupNames(decl.env, decl.aliases)) {
      try {
        const found = lookUp(values, name);
        if (found) out.push(found.value);
      } catch (error) {
        // A malformed input entry is the secret lookup's problem to report, not this test's.
        if (!(error instanceof CannotEvaluateError)) throw error;
      }
    }
  }
  return out;
}

/** A test of texts against the policy's secret values, computed once on first use. */
export function secretOverlap(
  policy: Policy,
  values: readonly ValueSource[],
): (text: string) => boolean {
  let windows: Set<string> | null = null;
  let whole: Set<string> | null = null;
  return (text) => {
    if (!windows || !whole) {
      windows = new Set();
      whole = new Set();
      for (const form of secretValues(policy, values).flatMap(encodedForms)) {
        whole.add(form);
        for (let i = 0; i + WINDOW <= form.length; i++) windows.add(form.slice(i, i + WINDOW));
      }
    }
    if (whole.has(text)) return true;
    for (let i = 0; i + WINDOW <= text.length; i++) {
      if (windows.has(text.slice(i, i + WINDOW))) return true;
    }
    return false;
  };
}
