/**
 * The action's GitHub API options (tokens, the pull-request comment, the tracking issue), in
 * the one options model (option-list.ts spreads them in place, in action.yml order).
 */
import type { OptionSpec } from './option-types.js';
import { choice, secretText, text } from './value-parsers.js';

/** When the action keeps its pull-request comment (input `comment`). */
export const COMMENT_MODES = ['never', 'on-failure', 'always'] as const;

export const PLATFORM_OPTIONS = {
  githubToken: {
    value: secretText(),
    secret: true,
    input: {
      name: 'github-token',
      default: '${{ github.token }}',
      description:
        "Token for the GitHub API features that act on this repository: reading the base commit's policy when the checkout lacks it (`contents: read`), a pull request's changed files and reviews for the policy review (`pull-requests: read`), the sticky comment (`pull-requests: write`) and the tracking issue (`issues: write`). Only sent to GITHUB_API_URL.",
    },
  },
  metadataToken: {
    value: secretText(),
    secret: true,
    input: {
      name: 'metadata-token',
      description:
        "A fine-grained token or GitHub App token with `Secrets: read` on this repository (and `Organization secrets: read` for organization secrets): lists which secrets exist at the environment, repository and organization level and when each was last set, for rotation evidence (`rotation.fromGitHub`) and the inventory rules (secret-undefined, secret-not-passed, secret-undeclared, secret-shadowed). The job's `github.token` cannot read secret metadata. Empty: those features are off, and the run says so once.",
    },
  },
  comment: {
    value: choice(COMMENT_MODES, { default: 'never' }),
    input: {
      name: 'comment',
      description:
        'On pull requests, keep one comment with the findings table, found by a hidden marker and updated in place: `never` (default), `on-failure` (once the run fails; a later pass turns it into an all-clear), or `always`. Needs `pull-requests: write` on github-token. Nothing secret is in it.',
    },
  },
  trackingIssue: {
    value: text('false'),
    input: {
      name: 'tracking-issue',
      description:
        'Keep one open issue per policy and environment with the findings, grouped by owner: `false` (default), `true` (label `secret-policy-gate`), or a label of your own. Found by its label and a hidden marker (never the search API), updated only when its content changes, closed with a comment when everything is clean, reopened when a problem returns. Needs `issues: write` on github-token. Meant for scheduled runs.',
    },
  },
  reportFiles: {
    value: text(),
    input: {
      name: 'report-files',
      description:
        "For mode merge: the JSON reports to merge (other jobs' report-file), one path per line, relative to working-directory; a directory stands for every .json file below it (as actions/download-artifact lays them out). At most 10,000 reports, each at most 16 MiB.",
    },
  },
} as const satisfies Record<string, OptionSpec<unknown>>;
