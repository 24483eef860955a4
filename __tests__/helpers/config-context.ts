/** CheckContexts holding `config` entries, for the config rules' tests. */
import type { CheckContext } from '../../src/checks/check-types.js';
import { compilePattern } from '../../src/policy/patterns.js';
import type { ConfigDeclaration } from '../../src/policy/config-types.js';
import type { ResolvedSecret } from '../../src/sources/resolved-secret.js';
import type { ResolvedConfig } from '../../src/subjects/config-subject.js';
import { context, TEST_POLICY_FILE } from './build-context.js';

export interface ConfigSpec {
  decl?: Partial<ConfigDeclaration>;
  /** The value found; null or omitted: absent. */
  value?: string | null;
  source?: string;
}

/** One resolved entry; a declared pattern is compiled (await it: patterns compile async). */
export async function configEntry(name: string, spec: ConfigSpec = {}): Promise<ResolvedConfig> {
  const decl: ConfigDeclaration = {
    name,
    type: 'string',
    required: true,
    severity: 'error',
    location: { file: TEST_POLICY_FILE, line: 1, column: 3 },
    keyLocations: {},
    ...spec.decl,
  };
  const compiled = decl.pattern === undefined ? null : await compilePattern(decl.pattern);
  const value = spec.value ?? null;
  return {
    decl,
    value,
    source: value === null ? null : (spec.source ?? `env:${name}`),
    tried: [`env:${name}`, `vars:${name}`],
    pattern: compiled?.ok ? compiled.test : null,
  };
}

export function configContext(
  entries: ResolvedConfig[],
  secrets: ResolvedSecret[] = [],
): CheckContext {
  return context(secrets, { subjectData: new Map([['config', entries]]) });
}
