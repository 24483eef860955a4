/**
 * Grace windows and rotation evidence through the engine: the policy keys (`previous`,
 * `rotation.requireMarker`, `rotation.after`, `settings.rotateAfter`,
 * `settings.requireRotationMarker`) loaded, their markers read from the run's sources, and
 * the findings with their severities. Each rule's own cases are in __tests__/rules/.
 */
import { describe, expect, it } from '@jest/globals';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { evaluateGate } from '../../src/engine/evaluate.js';
import { runSources } from '../../src/sources/run-sources.js';

const NOW = new Date('2026-11-22T00:00:00Z');
const CURRENT = 'q7Rk2vN9xT4mW8pL3sY6bH1cJ5dF0gZa';
const OLD = 'Zp3Lm8Qw2Xc7Vb4Nk9Rt6Yh1Gf5Ds0Ja';

async function run(policy: string, env: Record<string, string>) {
  const cwd = mkdtempSync(join(tmpdir(), 'spg-grace-'));
  writeFileSync(join(cwd, 'policy.yml'), policy);
  const { result } = await evaluateGate({
    policyPath: 'policy.yml',
    cwd,
    sources: runSources({ env, secrets: null, vars: null }),
    now: NOW,
  });
  return result.report.findings.map((f) => `${f.severity} ${f.rule} ${f.subject}: ${f.message}`);
}

async function refusal(policy: string): Promise<string> {
  try {
    await run(policy, {});
  } catch (error) {
    if (error instanceof CannotEvaluateError)
      return error.problems.map((p) => p.message).join('\n');
    throw error;
  }
  throw new Error('the policy was accepted');
}

const WEBHOOK = `version: 1
secrets:
  WEBHOOK_SIGNING_KEY:
    rotation: { maxAge: 90d }
    previous: { secret: WEBHOOK_SIGNING_KEY_PREVIOUS, grace: 24h }
  WEBHOOK_SIGNING_KEY_PREVIOUS: { required: false }
`;

describe('previous keys and their grace window (AOS 001-09)', () => {
  it('a previous key still set 3 days after the rotation is an error of the successor', async () => {
    const findings = await run(WEBHOOK, {
      WEBHOOK_SIGNING_KEY: CURRENT,
      WEBHOOK_SIGNING_KEY_ROTATED_AT: '2026-11-19T00:00:00Z',
      WEBHOOK_SIGNING_KEY_PREVIOUS: OLD,
    });
    expect(findings).toEqual([
      'error previous-overstayed WEBHOOK_SIGNING_KEY: WEBHOOK_SIGNING_KEY_PREVIOUS is still set 3 days after WEBHOOK_SIGNING_KEY was rotated (2026-11-19; grace 24h)',
    ]);
  });

  it('inside the window, and once the previous key is gone, nothing is reported', async () => {
    const inside = {
      WEBHOOK_SIGNING_KEY: CURRENT,
      WEBHOOK_SIGNING_KEY_ROTATED_AT: '2026-11-21T06:00:00Z',
      WEBHOOK_SIGNING_KEY_PREVIOUS: OLD,
    };
    expect(await run(WEBHOOK, inside)).toEqual([]);
    const gone = { WEBHOOK_SIGNING_KEY: CURRENT, WEBHOOK_SIGNING_KEY_ROTATED_AT: '2026-11-01' };
    expect(await run(WEBHOOK, gone)).toEqual([]);
  });

  it('a previous key without a known rotation of its successor is a warning', async () => {
    const findings = await run(WEBHOOK, {
      WEBHOOK_SIGNING_KEY: CURRENT,
      WEBHOOK_SIGNING_KEY_PREVIOUS: OLD,
    });
    expect(findings).toContain(
      'warning previous-grace-unknown WEBHOOK_SIGNING_KEY: WEBHOOK_SIGNING_KEY_PREVIOUS is set but when WEBHOOK_SIGNING_KEY was last rotated is unknown (no valid marker in WEBHOOK_SIGNING_KEY_ROTATED_AT), so its grace 24h cannot be judged',
    );
  });

  it('a previous key equal to its successor is reused (previous implies distinctFrom)', async () => {
    const findings = await run(WEBHOOK, {
      WEBHOOK_SIGNING_KEY: CURRENT,
      WEBHOOK_SIGNING_KEY_ROTATED_AT: '2026-11-21T06:00:00Z',
      WEBHOOK_SIGNING_KEY_PREVIOUS: CURRENT,
    });
    expect(findings).toEqual([
      'error reused WEBHOOK_SIGNING_KEY_PREVIOUS: holds the same value as WEBHOOK_SIGNING_KEY (distinctFrom)',
    ]);
  });

  it('previous must name a declared secret', async () => {
    const policy = WEBHOOK.replace('secret: WEBHOOK_SIGNING_KEY_PREVIOUS', 'secret: WEBHOOK_OLD');
    expect(await refusal(policy)).toMatch(/previous\.secret names undeclared secret "WEBHOOK_OLD"/);
  });

  it('previous needs grace or removeAfter', async () => {
    const policy = WEBHOOK.replace(', grace: 24h', '');
    expect(await refusal(policy)).toBe(
      'previous needs grace or removeAfter: how long the previous key may stay',
    );
  });

  it("an environment's previous still needs a secret", async () => {
    const policy = `version: 1
secrets:
  K: {}
  K_OLD: { required: false }
environments:
  production:
    secrets:
      K: { previous: { grace: 48h } }
`;
    expect(await refusal(policy)).toBe(
      'previous needs secret; neither the base declaration nor this environment sets it',
    );
  });

  it('an event of rotation.after must be named like a marker', async () => {
    const policy = WEBHOOK.replace('maxAge: 90d', 'maxAge: 90d, after: [{ env: DEPLOY_PIN }]');
    expect(await refusal(policy)).toMatch(
      /marker variable "DEPLOY_PIN" must be named like a marker/,
    );
  });
});

const MIGRATION = `version: 1
secrets:
  ENCRYPTION_KEY:
    previous: { secret: ENCRYPTION_KEY_V0, removeAfter: { env: ENCRYPTION_KEY_MIGRATED_AT } }
  ENCRYPTION_KEY_V0: { required: false }
`;

describe('the old key is removed after the migration (OCMT 004-12)', () => {
  it('the old key during the migration is fine; after it, an error', async () => {
    const during = { ENCRYPTION_KEY: CURRENT, ENCRYPTION_KEY_V0: OLD };
    expect(await run(MIGRATION, during)).toEqual([]);
    const after = { ...during, ENCRYPTION_KEY_MIGRATED_AT: '2026-11-20' };
    expect(await run(MIGRATION, after)).toEqual([
      'error previous-overstayed ENCRYPTION_KEY: ENCRYPTION_KEY_V0 is still set 2 days after ENCRYPTION_KEY_MIGRATED_AT (2026-11-20; previous.removeAfter, grace none)',
    ]);
  });

  it('an event marker that is not a timestamp is a warning, its text never shown', async () => {
    const findings = await run(MIGRATION, {
      ENCRYPTION_KEY: CURRENT,
      ENCRYPTION_KEY_V0: OLD,
      ENCRYPTION_KEY_MIGRATED_AT: 'soon-ish',
    });
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(
      /^warning previous-grace-unknown ENCRYPTION_KEY: ENCRYPTION_KEY_V0 is set but previous\.removeAfter ENCRYPTION_KEY_MIGRATED_AT is not a valid timestamp/,
    );
    expect(findings[0]).not.toContain('soon-ish');
  });

  it('an event marker may not read a secret', async () => {
    const policy = MIGRATION.replace('ENCRYPTION_KEY_MIGRATED_AT', 'ENCRYPTION_KEY');
    expect(await refusal(policy)).toMatch(/marker variable "ENCRYPTION_KEY"/);
  });
});

describe('markers of an absent optional secret are not judged', () => {
  const policy = `version: 1
secrets:
  ENCRYPTION_KEY: {}
  ENCRYPTION_KEY_V0:
    required: false
    rotation: { maxAge: 30d }
`;
  it('a leftover expiry or rotation marker of a removed key is no finding', async () => {
    const findings = await run(policy, {
      ENCRYPTION_KEY: CURRENT,
      ENCRYPTION_KEY_V0_EXPIRES_AT: '2026-01-01',
      ENCRYPTION_KEY_V0_ROTATED_AT: 'not a date',
    });
    expect(findings).toEqual([]);
  });

  it('the same markers of a set optional secret are judged', async () => {
    const findings = await run(policy, {
      ENCRYPTION_KEY: CURRENT,
      ENCRYPTION_KEY_V0: OLD,
      ENCRYPTION_KEY_V0_EXPIRES_AT: '2026-01-01',
      ENCRYPTION_KEY_V0_ROTATED_AT: '2026-11-20',
    });
    expect(findings.map((f) => f.split(':')[0])).toEqual(['error expired ENCRYPTION_KEY_V0']);
  });
});

describe('rotation evidence required (RoboDJ 002-16)', () => {
  const policy = (extra: string, settings = '') => `version: 1
${settings}secrets:
  ROBODJ_SECRET_KEY:
    rotation: { maxAge: 90d${extra} }
`;
  it('a missing marker is a warning by default and an error when required', async () => {
    const env = { ROBODJ_SECRET_KEY: CURRENT };
    expect((await run(policy(''), env))[0]).toMatch(/^warning rotation-unknown /);
    expect((await run(policy(', requireMarker: true'), env))[0]).toMatch(
      /^error rotation-unknown /,
    );
    const required = 'settings: { requireRotationMarker: true }\n';
    expect((await run(policy('', required), env))[0]).toMatch(/^error rotation-unknown /);
    expect(await run(policy(', requireMarker: false', required), env)).toEqual([
      expect.stringMatching(/^warning rotation-unknown /),
    ]);
  });

  it('the rules: map still wins over requireMarker', async () => {
    const text = `${policy(', requireMarker: true')}rules: { rotation-unknown: notice }\n`;
    const findings = await run(text, { ROBODJ_SECRET_KEY: CURRENT });
    expect(findings[0]).toMatch(/^notice rotation-unknown /);
  });
});

describe('rotation after an event (AOS 001-19, OCMT 004-40, RoboDJ 002-13)', () => {
  const policy = `version: 1
settings:
  rotateAfter: [{ env: LAST_INCIDENT_AT }]
secrets:
  OIDC_CLIENT_SECRET:
    rotation: { maxAge: 365d, after: [{ env: OIDC_ISSUER_URL_CHANGED_AT }] }
  ADMIN_TOKEN: {}
  OPTIONAL_TOKEN: { required: false }
`;
  it('a secret rotated before the provider change is an error', async () => {
    const findings = await run(policy, {
      OIDC_CLIENT_SECRET: CURRENT,
      OIDC_CLIENT_SECRET_ROTATED_AT: '2026-10-01',
      OIDC_ISSUER_URL_CHANGED_AT: '2026-11-01',
      ADMIN_TOKEN: OLD,
    });
    expect(findings).toEqual([
      'error rotation-after-event OIDC_CLIENT_SECRET: last rotated 2026-10-01, before the event OIDC_ISSUER_URL_CHANGED_AT (2026-11-01): rotate it after the event',
    ]);
  });

  it('after an incident every set secret must be rotated after it', async () => {
    const findings = await run(policy, {
      OIDC_CLIENT_SECRET: CURRENT,
      OIDC_CLIENT_SECRET_ROTATED_AT: '2026-11-10',
      ADMIN_TOKEN: OLD,
      ADMIN_TOKEN_ROTATED_AT: '2026-11-02',
      LAST_INCIDENT_AT: '2026-11-05T12:00:00Z',
    });
    expect(findings).toEqual([
      'error rotation-after-event ADMIN_TOKEN: last rotated 2026-11-02, before the event LAST_INCIDENT_AT (2026-11-05T12:00:00Z): rotate it after the event',
    ]);
  });

  it('no event marker, no finding; a settings event may not read a secret', async () => {
    const env = { OIDC_CLIENT_SECRET: CURRENT, ADMIN_TOKEN: OLD };
    expect(await run(policy, env)).toEqual([
      expect.stringMatching(/^warning rotation-unknown OIDC_CLIENT_SECRET/),
    ]);
    const hostile = policy.replace('LAST_INCIDENT_AT', 'ADMIN_TOKEN');
    const findings = await run(hostile, env);
    expect(findings).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /rotation-after-event OIDC_CLIENT_SECRET: event ADMIN_TOKEN is not a valid timestamp: marker variable "ADMIN_TOKEN" is the variable of secret "ADMIN_TOKEN"/,
        ),
      ]),
    );
    expect(findings.join('\n')).not.toContain(OLD.slice(0, 8));
  });
});

describe('the README example (Grace windows and rotation evidence)', () => {
  it('loads and judges every key', async () => {
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const section = readme.slice(readme.indexOf('### Grace windows and rotation evidence'));
    const block = /```yaml\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
    const findings = await run(`version: 1\n${block}`, {
      WEBHOOK_SIGNING_KEY: CURRENT,
      WEBHOOK_SIGNING_KEY_ROTATED_AT: '2026-11-21T12:00:00Z',
      WEBHOOK_SIGNING_KEY_PREVIOUS: OLD,
      ENCRYPTION_KEY: 'Xy7Qp2Lm9Rt4Vb8Nk3Wc6Zh1Jd5Gf0Sa',
      ENCRYPTION_KEY_ROTATED_AT: '2026-11-20',
      OIDC_CLIENT_SECRET: 'Mn4Bv7Cx2Zl9Kj6Hg3Fd8Sa1Qw5Er0Ty',
      LAST_INCIDENT_AT: '2026-11-15',
      OIDC_ISSUER_URL_CHANGED_AT: '2026-11-01',
    });
    expect(findings).toEqual([
      // A previous key is removed, not rotated: settings.rotateAfter leaves it to its window.
      'error rotation-after-event OIDC_CLIENT_SECRET: must be rotated after the event LAST_INCIDENT_AT (2026-11-15) but the last rotation is unknown (no valid marker in OIDC_CLIENT_SECRET_ROTATED_AT)',
      'error rotation-unknown OIDC_CLIENT_SECRET: maxAge 365d is declared but the last rotation is unknown (no marker in OIDC_CLIENT_SECRET_ROTATED_AT)',
    ]);
  });
});
