/**
 * An in-memory GitHubEndpoints for the comment and issue sync tests: issues (with their
 * comments) and pull-request comments kept in maps, every call recorded, and any method
 * made to fail with a chosen ApiFailure. Endpoints the sync never calls throw.
 */
import type { ApiFailure } from '../../src/action/github-api.js';
import type {
  ApiResult,
  CommentSummary,
  GitHubEndpoints,
  IssueSummary,
  Repo,
} from '../../src/action/platform/github-endpoints.js';

export const REPO: Repo = { owner: 'acme', repo: 'shop' };
export const BOT = 'github-actions[bot]';

type Method = keyof GitHubEndpoints;

interface StoredIssue extends IssueSummary {
  comments: CommentSummary[];
}

export class FakeEndpoints implements GitHubEndpoints {
  readonly calls: Method[] = [];
  readonly issues: StoredIssue[] = [];
  /** Comments of pull requests (and issues, which share numbers), by number. */
  private readonly comments = new Map<number, CommentSummary[]>();
  private readonly failures = new Map<Method, ApiFailure>();
  /** GitHub drops the labels of a new issue when the token may not set them. */
  dropLabels = false;
  private nextId = 1000;
  private nextNumber = 1;

  /** The next calls of `method` fail with `failure`. */
  fail(method: Method, failure: Omit<ApiFailure, 'ok'>): this {
    this.failures.set(method, { ok: false, ...failure });
    return this;
  }

  /** The write calls made (everything but listing). */
  writes(): Method[] {
    return this.calls.filter((m) => !['issueComments', 'issuesWithLabel'].includes(m));
  }

  addComment(number: number, body: string, login: string | null = BOT): CommentSummary {
    const comment = { id: this.nextId++, body, login };
    const list = this.comments.get(number) ?? [];
    list.push(comment);
    this.comments.set(number, list);
    return comment;
  }

  commentsOf(number: number): CommentSummary[] {
    return this.comments.get(number) ?? [];
  }

  addIssue(fields: Partial<IssueSummary> & { body: string }): StoredIssue {
    const issue: StoredIssue = {
      number: this.nextNumber++,
      state: 'open',
      title: 'Secret policy gate',
      labels: ['secret-policy-gate'],
      comments: [],
      ...fields,
    };
    this.issues.push(issue);
    return issue;
  }

  /** Every call must be about REPO. */
  private call<T>(method: Method, repo: Repo, answer: () => T): Promise<ApiResult<T>> {
    if (repo.owner !== REPO.owner || repo.repo !== REPO.repo) throw new Error('another repo');
    this.calls.push(method);
    const failure = this.failures.get(method);
    return Promise.resolve(failure ?? { ok: true, value: answer() });
  }

  private summary(issue: StoredIssue): IssueSummary {
    const { number, state, title, body, labels } = issue;
    return { number, state, title, body, labels: [...labels] };
  }

  issuesWithLabel(repo: Repo, label: string): Promise<ApiResult<IssueSummary[]>> {
    return this.call('issuesWithLabel', repo, () =>
      this.issues.filter((i) => i.labels.includes(label)).map((i) => this.summary(i)),
    );
  }

  createIssue(
    repo: Repo,
    issue: { title: string; body: string; labels: string[] },
  ): Promise<ApiResult<IssueSummary>> {
    return this.call('createIssue', repo, () =>
      this.summary(this.addIssue({ ...issue, labels: this.dropLabels ? [] : issue.labels })),
    );
  }

  updateIssue(
    repo: Repo,
    number: number,
    change: { title?: string; body?: string; state?: 'open' | 'closed' },
  ): Promise<ApiResult<IssueSummary>> {
    return this.call('updateIssue', repo, () => {
      const issue = this.issues.find((i) => i.number === number);
      if (!issue) throw new Error(`no issue ${number}`);
      Object.assign(issue, change);
      return this.summary(issue);
    });
  }

  /** The token's login: a personal token's user, when the test sets one. */
  login: string | null = null;

  authenticatedLogin(): Promise<ApiResult<string>> {
    const login = this.login;
    if (login === null) return Promise.resolve({ ok: false, kind: 'forbidden', status: 403 });
    return Promise.resolve({ ok: true, value: login });
  }

  issueComments(repo: Repo, number: number): Promise<ApiResult<CommentSummary[]>> {
    return this.call('issueComments', repo, () => this.commentsOf(number).map((c) => ({ ...c })));
  }

  createComment(repo: Repo, number: number, body: string): Promise<ApiResult<CommentSummary>> {
    return this.call('createComment', repo, () => ({ ...this.addComment(number, body) }));
  }

  updateComment(repo: Repo, id: number, body: string): Promise<ApiResult<CommentSummary>> {
    return this.call('updateComment', repo, () => {
      const comment = [...this.comments.values()].flat().find((c) => c.id === id);
      if (!comment) throw new Error(`no comment ${id}`);
      comment.body = body;
      return { ...comment };
    });
  }

  listEnvironmentSecrets(): never {
    throw new Error('not used by the sync');
  }
  listRepositorySecrets(): never {
    throw new Error('not used by the sync');
  }
  listOrganizationSecrets(): never {
    throw new Error('not used by the sync');
  }
  pullRequestFiles(): never {
    throw new Error('not used by the sync');
  }
  pullRequestReviews(): never {
    throw new Error('not used by the sync');
  }
}
