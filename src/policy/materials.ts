/**
 * `settings.materials` — materials that must not all change in one change window (seed
 * rule 000-30, OpenClaw SOP §2: "Never rotate all three materials in one change window"):
 * the declaration after defaults, located entry by entry, and what the schema cannot say
 * (each entry names a declared store or secret, the limit leaves room to fire).
 *
 * A material is `<section>.<name>` for a section of MATERIAL_SECTIONS; the rule
 * (materials-rotated-together) reads each one's last change from what the run already read.
 * A new kind of material (`keyStores.<name>`) is one entry here plus one reader in
 * src/checks/support/material-times.ts.
 */
import type { Problem } from '../core/errors.js';
import type { SourceLocation } from '../core/vocabulary.js';
import { isOversizedDuration, OVERSIZED_DURATION, parseDuration } from './duration.js';
import { quote } from './quote.js';
import { isRecord } from './secret-view.js';
import type { Raw } from './secret-view.js';
import { didYouMean } from './suggest.js';
import { dottedPath } from './policy-locator.js';
import type { PathSegment, PolicyLocator } from './policy-locator.js';

/** Policy sections whose entries can be materials, with what their last change is. */
export const MATERIAL_SECTIONS = [
  'trustRoots',
  'secrets',
  'tokenStores',
  'encryptedStores',
] as const;
export type MaterialSection = (typeof MATERIAL_SECTIONS)[number];

export interface MaterialRef {
  section: MaterialSection;
  name: string;
  /** As written: `secrets.OPENCLAW_SECRETS_KEY`. */
  text: string;
  location: SourceLocation;
}

export interface MaterialsDeclaration {
  windowMs: number;
  /** As written, for messages. */
  window: string;
  /** Default: all but one of the materials. */
  maxPerWindow: number;
  of: MaterialRef[];
  /** Where `settings.materials` is (the base's, or the selected environment's). */
  location: SourceLocation;
}

// Shape guaranteed by schema/secret-policy.schema.json once validation passed.
interface RawMaterials {
  window: string;
  maxPerWindow?: number;
  of: string[];
}

/** `secrets.API_KEY` → its section and name; null when the section is not one of ours. */
export function parseMaterial(text: string): { section: MaterialSection; name: string } | null {
  const dot = text.indexOf('.');
  const section = text.slice(0, dot);
  const known = MATERIAL_SECTIONS.find((s) => s === section);
  return dot > 0 && known ? { section: known, name: text.slice(dot + 1) } : null;
}

/** The raw `settings.materials` in force and its path: the environment's wins, as settings merge. */
function rawMaterials(data: Raw, environment: string | null): { raw: unknown; at: PathSegment[] } {
  const envs = isRecord(data['environments']) ? data['environments'] : {};
  const env = environment === null ? undefined : envs[environment];
  const envSettings = isRecord(env) && isRecord(env['settings']) ? env['settings'] : {};
  if (envSettings['materials'] !== undefined) {
    return {
      raw: envSettings['materials'],
      at: ['environments', environment ?? '', 'settings', 'materials'],
    };
  }
  const settings = isRecord(data['settings']) ? data['settings'] : {};
  return { raw: settings['materials'], at: ['settings', 'materials'] };
}

/** `{ materials }` when the policy declares them, else nothing (Policy's field is optional). */
export function materialsSection(
  data: Raw,
  environment: string | null,
  locator: PolicyLocator,
): { materials?: MaterialsDeclaration } {
  const { raw, at } = rawMaterials(data, environment);
  if (!isRecord(raw)) return {};
  const { window, maxPerWindow, of } = raw as unknown as RawMaterials;
  const refs = of.flatMap((text, i): MaterialRef[] => {
    const parsed = parseMaterial(text);
    return parsed ? [{ ...parsed, text, location: locator.value([...at, 'of', i]) }] : [];
  });
  return {
    materials: {
      // Semantic checks rejected durations parseDuration refuses.
      windowMs: parseDuration(window) ?? 0,
      window,
      maxPerWindow: maxPerWindow ?? Math.max(1, of.length - 1),
      of: refs,
      location: locator.key(at),
    },
  };
}

/** Names declared in a section (secrets, stores), for references and hints. */
function declaredIn(data: Raw, section: MaterialSection): string[] {
  const body = data[section];
  return isRecord(body) ? Object.keys(body) : [];
}

function entryProblem(text: unknown, data: Raw, seen: Set<string>): string | null {
  if (typeof text !== 'string') return null;
  if (seen.has(text)) return `${quote(text)} is listed twice`;
  seen.add(text);
  const parsed = parseMaterial(text);
  if (!parsed) {
    const section = text.includes('.') ? text.slice(0, text.indexOf('.')) : text;
    const sections = MATERIAL_SECTIONS.join(', ');
    return `${quote(text)} is not a material: write <section>.<name> for a section of ${sections}${didYouMean(section, MATERIAL_SECTIONS)}`;
  }
  const names = declaredIn(data, parsed.section);
  if (names.includes(parsed.name)) return null;
  const hint = didYouMean(parsed.name, names);
  return `${quote(text)} names nothing declared in ${parsed.section}${hint}`;
}

/** One `settings.materials` block's problems (base or an environment's). */
function blockProblems(
  raw: unknown,
  at: PathSegment[],
  data: Raw,
  locator: PolicyLocator,
): Problem[] {
  if (!isRecord(raw)) return [];
  const problems: Problem[] = [];
  const add = (path: PathSegment[], message: string) =>
    problems.push({ message, location: locator.value(path), keyPath: dottedPath(path) });
  if (isOversizedDuration(raw['window'])) add([...at, 'window'], OVERSIZED_DURATION);
  const of = Array.isArray(raw['of']) ? raw['of'] : [];
  const seen = new Set<string>();
  of.forEach((text, i) => {
    const problem = entryProblem(text, data, seen);
    if (problem) add([...at, 'of', i], problem);
  });
  const max = raw['maxPerWindow'];
  if (typeof max === 'number' && of.length > 0 && max >= of.length) {
    add(
      [...at, 'maxPerWindow'],
      `maxPerWindow must be less than the number of materials (${of.length}), else no window can hold too many`,
    );
  }
  return problems;
}

/** Problems of the base `settings.materials` and of every environment's. */
export function materialsProblems(data: unknown, locator: PolicyLocator): Problem[] {
  if (!isRecord(data)) return [];
  const settings = isRecord(data['settings']) ? data['settings'] : {};
  const problems = blockProblems(settings['materials'], ['settings', 'materials'], data, locator);
  const envs = isRecord(data['environments']) ? data['environments'] : {};
  for (const [name, env] of Object.entries(envs)) {
    const envSettings = isRecord(env) && isRecord(env['settings']) ? env['settings'] : {};
    const at = ['environments', name, 'settings', 'materials'];
    problems.push(...blockProblems(envSettings['materials'], at, data, locator));
  }
  return problems;
}
