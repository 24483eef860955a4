/**
 * The approvals a pull request's change needs and has (issue 11): the count comes from the
 * evaluated policy — the base, so a pull request cannot lower its own bar — and the
 * approvers are the people other than the author whose latest review approves. When the
 * reviews could not be read, no approval is counted and the message says so.
 */
import type { PolicySettings } from '../../policy/policy-types.js';
import { requiredApprovals } from '../../policy/policy-review.js';
import type { PullRequestFacts } from '../../sources/platform-facts.js';

export interface Approvals {
  needed: number;
  has: number;
  /** False when the reviews could not be read (then `has` is 0). */
  readable: boolean;
}

export function approvalsOf(settings: PolicySettings, facts: PullRequestFacts): Approvals {
  const approvers = facts.approvers;
  // The platform adapter leaves the author out already; leaving them out again costs nothing.
  const others = new Set((approvers ?? []).filter((login) => login !== facts.author));
  return { needed: requiredApprovals(settings), has: others.size, readable: approvers !== null };
}

/** Whether the change needs no finding: approved by enough people (0 needed: reported as a notice). */
export function accepted(approvals: Approvals): boolean {
  return approvals.needed > 0 && approvals.has >= approvals.needed;
}

/** The message's tail: what is needed and what there is, in words. */
export function approvalsText(approvals: Approvals): string {
  if (approvals.needed === 0) {
    return 'settings.review.approvals is 0, so no approving review is required';
  }
  const reviews = approvals.needed === 1 ? 'review' : 'reviews';
  const unread = approvals.readable ? '' : ' (the reviews could not be read)';
  return `needs ${approvals.needed} approving ${reviews} from someone other than the author, has ${approvals.has}${unread}`;
}

/** A change accepted by no approval requirement is still shown, as a notice. */
export function severityOf(approvals: Approvals): 'notice' | undefined {
  return approvals.needed === 0 ? 'notice' : undefined;
}
