/**
 * Declared GitHub tokens (`githubToken: true`), each checked with one authenticated request
 * to this run's GitHub API (GITHUB_API_URL, nowhere else): whether it authenticates and,
 * from the `github-authentication-token-expiration` header, when it expires.
 *
 * The value is a secret of the repository and the policy may be a pull request's: so only a
 * value shaped like a GitHub token is ever sent (a hostile policy cannot make the gate send
 * a database password to GitHub by declaring it a token), and what comes back is one of
 * three states. What a policy can learn from this is whether the token authenticates and
 * when it expires, which the findings say anyway.
 */
import type { Policy } from '../../policy/policy-types.js';
import type { TokenProbe } from '../../sources/platform-facts.js';
import { lookUp, type ValueSource } from '../../sources/value-sources.js';
import { checkToken } from './github-endpoints.js';

/** Classic, fine-grained, OAuth, user-to-server, server-to-server and refresh tokens. */
const GITHUB_TOKEN_SHAPE = /^(?:gh[pousr]_[A-Za-z0-9]{30,255}|github_pat_[A-Za-z0-9_]{30,255})$/;
/** A policy may declare many; the probes are bounded like every other piece of work. */
const MAX_PROBES = 20;

export async function probeGitHubTokens(options: {
  policy: Policy;
  values: readonly ValueSource[];
  apiUrl: string;
  /** Masks the value in the log before it is sent anywhere. */
  mask: (value: string) => void;
  timeoutMs: number;
}): Promise<Map<string, TokenProbe>> {
  const probes = new Map<string, TokenProbe>();
  const declared = options.policy.secrets.filter((decl) => decl.githubToken);
  const asked = declared.slice(0, MAX_PROBES);
  for (const decl of declared.slice(MAX_PROBES)) {
    probes.set(decl.name, {
      state: 'unknown',
      reason: `not checked: a run checks at most ${MAX_PROBES} GitHub tokens`,
    });
  }
  await Promise.all(
    asked.map(async (decl) => {
      probes.set(decl.name, await probeOne(decl.env, options));
    }),
  );
  return probes;
}

async function probeOne(
  variable: string,
  options: Parameters<typeof probeGitHubTokens>[0],
): Promise<TokenProbe> {
  const found = lookUp(options.values, variable);
  if (!found) return { state: 'unknown', reason: 'no value in this run' };
  const token = found.value.trim();
  if (!GITHUB_TOKEN_SHAPE.test(token)) {
    return {
      state: 'unknown',
      reason: 'the value is not shaped like a GitHub token, so it was not sent to the API',
    };
  }
  options.mask(token);
  const result = await checkToken(token, { apiUrl: options.apiUrl, timeoutMs: options.timeoutMs });
  if (!result.ok) {
    return { state: 'unknown', reason: `the GitHub API gave no usable answer (${result.kind})` };
  }
  if (result.value.rejected) return { state: 'rejected' };
  return { state: 'valid', expiresAt: result.value.expiresAt };
}
