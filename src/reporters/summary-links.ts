/**
 * Links in the job summary: rule ids to their docs, locations to the policy's line on the
 * repository's web page. Reporters have no environment, so the entries hand the render a
 * `SourceLinks` built here from theirs (the runner's GITHUB_SERVER_URL, GITHUB_REPOSITORY
 * and GITHUB_SHA, which the operator controls); without all three, locations stay text.
 *
 * A link is the one piece of Markdown syntax the summary writes around data, so both
 * halves are built to hold nothing from data that could end them: the text is escaped like
 * every cell, and the URL is our validated prefix plus the path with every segment
 * percent-encoded (paths come from the untrusted policy), then checked against a
 * conservative character set before use.
 */

/** Where the policy's lines can be shown: a repository's files at one commit. */
export interface SourceLinks {
  /** `https://github.com` or a GitHub Enterprise Server origin, without a final slash. */
  readonly server: string;
  /** `owner/name`. */
  readonly repository: string;
  /** The commit whose files the locations point into. */
  readonly commit: string;
}

/** owner/name as GitHub allows them (the action's policy source checks GITHUB_REPOSITORY too). */
export const REPOSITORY = /^[A-Za-z0-9_.-]{1,100}\/[A-Za-z0-9_.-]{1,100}$/;
/** A commit SHA: SHA-1 or SHA-256 object names. */
export const COMMIT_SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/;
/** A host name or IPv4 address, with an optional port: nothing that needs encoding. */
const ORIGIN_HOST = /^[A-Za-z0-9.-]+(?::\d{1,5})?$/;
/**
 * Every URL the summary links to: no space, quote, bracket, parenthesis or backslash,
 * so it can neither end the link destination nor open markup.
 */
const SAFE_URL = /^https?:\/\/[A-Za-z0-9\-._~:/?#@$&+,;=%]+$/;

/** The server's origin (scheme, host, port), or null unless it is a plain http(s) URL. */
function serverOrigin(raw: string | undefined): string | null {
  if (!raw) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (url.username || url.password || url.search || url.hash) return null;
  if (url.pathname !== '/' || !ORIGIN_HOST.test(url.host)) return null;
  return `${url.protocol}//${url.host}`;
}

/**
 * The links of an entry's environment, or undefined unless all three variables are set and
 * well formed. `commit` replaces GITHUB_SHA when the policy was read from another commit
 * (a pull request's base), so that line numbers point into the version evaluated.
 */
export function sourceLinksFrom(
  env: Readonly<Record<string, string | undefined>>,
  commit?: string,
): SourceLinks | undefined {
  const server = serverOrigin(env.GITHUB_SERVER_URL);
  const repository = env.GITHUB_REPOSITORY ?? '';
  const sha = (commit ?? env.GITHUB_SHA ?? '').toLowerCase();
  if (server === null || !REPOSITORY.test(repository) || !COMMIT_SHA.test(sha)) return undefined;
  return { server, repository, commit: sha };
}

/**
 * RFC 3986 unreserved characters stay; everything else, `()!'*` included, is encoded. Null
 * for text that is not well-formed UTF-16 (a lone surrogate has no UTF-8 to encode).
 */
function encodeSegment(segment: string): string | null {
  try {
    return encodeURIComponent(segment).replace(
      /[!'()*]/g,
      (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`,
    );
  } catch {
    return null;
  }
}

/**
 * The blob URL of `file`'s line, or null when the path is not a plain repository-relative
 * path (absolute, outside the root, empty segments) or the line is not a line number.
 */
export function lineUrl(links: SourceLinks, file: string, line: number): string | null {
  const segments = file.split('/');
  const plain = segments.every((s) => s !== '' && s !== '.' && s !== '..' && !s.includes('\\'));
  if (!plain || !Number.isSafeInteger(line) || line < 1) return null;
  const encoded = segments.map(encodeSegment);
  if (encoded.includes(null)) return null;
  const path = encoded.join('/');
  const url = `${links.server}/${links.repository}/blob/${links.commit}/${path}#L${line}`;
  return SAFE_URL.test(url) ? url : null;
}

/**
 * `[text](url)`: `text` must already be escaped for a cell; a URL outside the safe set is
 * dropped and the text shown alone.
 */
export function markdownLink(text: string, url: string | null): string {
  return url !== null && SAFE_URL.test(url) ? `[${text}](${url})` : text;
}
