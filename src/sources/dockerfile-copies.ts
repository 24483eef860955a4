/**
 * The build-context sources of a Dockerfile's COPY and ADD instructions, with their line
 * (seed rule 004-35: `COPY .env /app/.env  # NO!`). Parsed as Docker does for what matters
 * here: instructions are case-insensitive, a trailing backslash continues the line, comment
 * lines are skipped, arguments are either a JSON array or words, flags (`--chown=…`) are not
 * sources, and the last argument is the destination. Not judged: `--from` copies (they
 * take from another stage or image, not the build context), heredocs and URLs. A directory
 * source (`COPY . /app`) carries whatever the build context holds, which depends on the
 * local tree and `.dockerignore`; it is judged only against a glob that names that
 * directory itself.
 */
import { compileGlob } from '../core/glob-match.js';

export interface DockerCopy {
  dockerfile: string;
  /** 1-based line where the instruction starts. */
  line: number;
  /** The source as written, after `./` and `/` are dropped (paths are relative to the context). */
  source: string;
  /** True when a forbidden glob (its text and compiled test) covers this source. */
  matches(pattern: string, test: (path: string) => boolean): boolean;
}

// `Dockerfile.md` documents a Dockerfile; it is not one.
const DOCUMENT = /\.(md|markdown|txt|rst|adoc|html?)$/i;

/** `Dockerfile`, `Dockerfile.prod`, `api.Dockerfile`, `Containerfile` (any case; not `*.md`). */
export function isDockerfile(path: string): boolean {
  const name = path.split('/').at(-1) ?? path;
  if (DOCUMENT.test(name)) return false;
  return /^(docker|container)file(\..+)?$/i.test(name) || /\.(docker|container)file$/i.test(name);
}

/** Instructions with the line they start on, continuation lines joined. */
function instructions(text: string): { line: number; text: string }[] {
  const out: { line: number; text: string }[] = [];
  let current: { line: number; text: string } | null = null;
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    if (/^\s*#/.test(raw)) continue;
    const continued = /\\\s*$/.test(raw);
    const body = continued ? raw.replace(/\\\s*$/, '') : raw;
    if (current) current.text += ` ${body}`;
    else current = { line: index + 1, text: body };
    if (!continued) {
      out.push(current);
      current = null;
    }
  }
  if (current) out.push(current);
  return out;
}

function argumentsOf(rest: string): string[] {
  const trimmed = rest.trim();
  if (trimmed.startsWith('[')) {
    try {
      const parsed: unknown = JSON.parse(trimmed);
      if (Array.isArray(parsed) && parsed.every((item) => typeof item === 'string')) return parsed;
    } catch {
      // Not JSON: Docker then reads it as words too.
    }
  }
  return trimmed.split(/\s+/).filter((word) => word !== '');
}

function normalise(source: string): string {
  return (
    source
      .replace(/^\/+/, '')
      .replace(/^(\.\/)+/, '')
      .replace(/\/+$/, '') || '.'
  );
}

const WILDCARD = /[*?[]/;

/** The COPY / ADD sources of one Dockerfile that a forbidden glob may cover. */
export async function dockerCopies(dockerfile: string, text: string): Promise<DockerCopy[]> {
  const copies: DockerCopy[] = [];
  for (const { line, text: instruction } of instructions(text)) {
    const match = /^\s*(copy|add)\s+(.*)$/is.exec(instruction);
    if (!match) continue;
    const words = argumentsOf(match[2] ?? '');
    const flags = words.filter((word) => word.startsWith('--'));
    if (flags.some((flag) => /^--from(=|$)/i.test(flag))) continue;
    const sources = words.filter((word) => !word.startsWith('--')).slice(0, -1);
    for (const written of sources) {
      if (written.startsWith('<<') || /^[a-z][a-z0-9+.-]*:\/\//i.test(written)) continue;
      const source = normalise(written);
      // A wildcard source (`COPY *.env ./`) covers a forbidden literal path it matches.
      const asGlob = WILDCARD.test(source) ? await compileGlob(source) : null;
      copies.push({
        dockerfile,
        line,
        source,
        matches: (pattern, test) =>
          test(source) || (asGlob?.ok === true && !WILDCARD.test(pattern) && asGlob.test(pattern)),
      });
    }
  }
  return copies;
}
