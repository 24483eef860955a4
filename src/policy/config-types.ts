/**
 * Non-secret configuration (`config:`): settings that must hold specific values, such as
 * `XAI_API_AUTH_REQUIRED=1` or `VAULT_ADDR` over https. Their values are not secret: they
 * are read from the environment and the `vars` input (never the `secrets` input), and
 * shown in messages when they pass the display check (src/checks/support/config-display.ts).
 */
import type { SecretSeverity, SourceLocation } from '../core/vocabulary.js';
import type { Condition } from './conditions.js';

export const CONFIG_TYPES = ['string', 'integer', 'boolean', 'url'] as const;
export type ConfigType = (typeof CONFIG_TYPES)[number];

/** A value the policy expects (`equals`, an `enum` member), as written in the policy. */
export type ConfigLiteral = string | number | boolean;

/** One `config.<NAME>` entry after defaults and the selected environment's override. */
export interface ConfigDeclaration {
  /** The variable read (config entries have no `env:`; the name is the variable). */
  name: string;
  /** Legacy variables read, in order, when `name` is unset (src/policy/aliases.ts). */
  aliases?: string[];
  /** Declared, or implied by `integer:`/`url:` or by boolean `equals`/`enum` values. */
  type: ConfigType;
  description?: string;
  owner?: string;
  /** Required whatever holds; false when `required` is a condition. */
  required: boolean;
  /** Required only while this holds (`required: { with | without | when }`, as for secrets). */
  requiredIf?: Condition;
  severity: SecretSeverity;
  equals?: ConfigLiteral;
  enum?: ConfigLiteral[];
  /** RE2, searched unanchored like a secret's `pattern` (string and url types). */
  pattern?: string;
  integer?: { min?: number; max?: number };
  url?: { schemes?: string[] };
  location: SourceLocation;
  /** Keys of the entry by dotted path (`equals`, `integer.max`); overrides point at the override. */
  keyLocations: Record<string, SourceLocation>;
}

/** The type a raw entry declares or implies; null when it is ambiguous (a semantic problem). */
export function impliedConfigType(raw: Readonly<Record<string, unknown>>): ConfigType | null {
  const declared = raw['type'];
  const implied: ConfigType[] = [];
  if (raw['integer'] !== undefined) implied.push('integer');
  if (raw['url'] !== undefined) implied.push('url');
  const literals = [raw['equals'], ...(Array.isArray(raw['enum']) ? raw['enum'] : [])];
  if (literals.some((l) => typeof l === 'boolean')) implied.push('boolean');
  if (typeof declared === 'string') {
    const type = (CONFIG_TYPES as readonly string[]).includes(declared)
      ? (declared as ConfigType)
      : null;
    return type && implied.every((i) => i === type) ? type : null;
  }
  if (implied.length === 0) return 'string';
  return implied.every((i) => i === implied[0]) ? (implied[0] as ConfigType) : null;
}
