/**
 * The `yaml` library's reading of a policy, for documents outside the fast path's subset
 * (fast-yaml.ts): anchors and aliases, block scalars, multi-line values, and every
 * malformed document, whose errors it locates. Loaded only when a policy needs it.
 */
import { isAlias, isScalar, LineCounter, parseDocument, visit } from 'yaml';
import type { Document, YAMLError } from 'yaml';
import type { Problem } from '../core/errors.js';
import type { SourceLocation } from './policy-types.js';
import { quote } from './quote.js';
import { YamlLocator } from './yaml-locator.js';

/** yaml's own limit (its default), stated so a change of default cannot loosen it. */
const MAX_ALIAS_COUNT = 100;
/**
 * A fixed description per yaml error code. The library's own messages quote tokens of the
 * source, and a policy path can name a secrets file by mistake (`--policy .env`) or by
 * design (a symbolic link): a parse error gives its position and kind, never source text.
 */
const YAML_ERRORS: Record<YAMLError['code'], string> = {
  ALIAS_PROPS: 'an alias cannot carry an anchor or a tag',
  BAD_ALIAS: 'an alias is malformed or names an anchor not defined before it',
  BAD_COLLECTION_TYPE: 'a collection does not fit its tag',
  BAD_DIRECTIVE: 'an unknown or malformed directive',
  BAD_DQ_ESCAPE: 'an invalid escape sequence in a double-quoted string',
  BAD_INDENT: 'bad indentation, or a [ or { left open',
  BAD_PROP_ORDER: 'anchors and tags must come before the value they apply to',
  BAD_SCALAR_START: 'a plain value cannot start with this character; quote it',
  BLOCK_AS_IMPLICIT_KEY: 'a block collection or block scalar cannot be a key',
  BLOCK_IN_FLOW: 'block collections are not allowed inside [ ] or { }',
  DUPLICATE_KEY: 'a key appears twice in one mapping',
  IMPOSSIBLE: 'the YAML parser reached an unexpected state',
  KEY_OVER_1024_CHARS: 'an implicit key is longer than 1024 characters',
  MISSING_CHAR: 'a closing quote, bracket or brace is missing',
  MULTILINE_IMPLICIT_KEY: 'a key without ? must fit on one line',
  MULTIPLE_ANCHORS: 'a node has more than one anchor',
  MULTIPLE_DOCS: 'the policy file must hold a single YAML document',
  MULTIPLE_TAGS: 'a node has more than one tag',
  NON_STRING_KEY: 'a mapping key is not a plain string',
  RESOURCE_EXHAUSTION: 'the document is nested or aliased too deeply',
  TAB_AS_INDENT: 'tabs are not allowed as indentation',
  TAG_RESOLVE_FAILED: 'an unknown tag (only the core schema tags are allowed)',
  UNEXPECTED_TOKEN: 'unexpected token',
};

function yamlMessage(error: YAMLError): string {
  if (error.code === 'MULTIPLE_DOCS') return YAML_ERRORS.MULTIPLE_DOCS;
  const kind = error.name === 'YAMLWarning' ? 'YAML' : 'YAML syntax error';
  // Object.hasOwn: a code this table does not know yet is named, never described.
  const description = Object.hasOwn(YAML_ERRORS, error.code) ? `: ${YAML_ERRORS[error.code]}` : '';
  return `${kind} (${String(error.code)})${description}`;
}

/** Syntax errors, duplicate keys, unresolved tags, and keys that are not plain scalars. */
function yamlProblems(doc: Document.Parsed, locator: YamlLocator): Problem[] {
  const issues = [...doc.errors, ...doc.warnings];
  const exhausted = issues.find((e) => e.code === 'RESOURCE_EXHAUSTION');
  // Stack exhaustion repeats at every level it unwinds through: say it once.
  if (exhausted) {
    return [
      { message: 'policy is nested too deeply to read', location: locator.at(exhausted.pos[0]) },
    ];
  }
  const problems: Problem[] = issues.map((e) => ({
    message: yamlMessage(e),
    location: locator.at(e.pos[0]),
  }));
  visit(doc, {
    // yaml's own uniqueKeys check scans the whole mapping for every key (quadratic in the
    // number of secrets); a set per mapping finds the same duplicates in one pass.
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue;
        if (!seen.has(key.value)) seen.add(key.value);
        else {
          problems.push({
            message: `duplicate key ${quote(String(key.value))}; each key may appear once per mapping`,
            location: key.range ? locator.at(key.range[0]) : locator.root(),
          });
        }
      }
    },
    Pair(_, pair) {
      const key = pair.key as { range?: [number, number, number] } | null;
      if (key !== null && !isScalar(key) && !isAlias(key)) {
        const at = key.range ? locator.at(key.range[0]) : locator.root();
        problems.push({
          message: 'mapping keys must be plain names, not lists or mappings',
          location: at,
        });
      }
    },
  });
  return problems;
}

function firstAlias(doc: Document.Parsed, locator: YamlLocator): SourceLocation {
  let found: SourceLocation | null = null;
  visit(doc, {
    Alias(_, node) {
      if (node.range) found = locator.at(node.range[0]);
      return visit.BREAK;
    },
  });
  return found ?? locator.root();
}

export type LibraryParse = { data: unknown; locator: YamlLocator } | { problems: Problem[] };

/** Parses with the library; problems are located and never quote the source. */
export function parseWithLibrary(text: string, file: string): LibraryParse {
  const lineCounter = new LineCounter();
  const doc = withoutEnvironment(() =>
    parseDocument(text, { lineCounter, uniqueKeys: false, prettyErrors: false }),
  );
  const locator = new YamlLocator(file, doc, lineCounter);
  const problems = yamlProblems(doc, locator);
  if (problems.length > 0) return { problems };
  if (doc.contents === null) {
    const location = { file, line: 1, column: 1 };
    return { problems: [{ message: 'policy file is empty (it holds only comments)', location }] };
  }
  try {
    return { data: doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }), locator };
  } catch (error) {
    // yaml throws a ReferenceError when aliases expand past the limit.
    if (!(error instanceof ReferenceError)) throw error;
    const message = `aliases expand too much (more than ${MAX_ALIAS_COUNT} times); refusing a possible alias bomb`;
    return { problems: [{ message, location: firstAlias(doc, locator) }] };
  }
}

/**
 * Runs the YAML parse with an empty `process.env`. The `yaml` library reads
 * `process.env.LOG_TOKENS` on every token: with a live environment of thousands of
 * variables each read scans them all (seconds on a large policy), and a LOG_TOKENS set in a
 * runner's environment would print the policy's tokens to stdout. The parse is synchronous,
 * so nothing else runs while the environment is away; it comes back even if the parse throws.
 */
function withoutEnvironment<T>(parse: () => T): T {
  const env = process.env;
  process.env = {};
  try {
    return parse();
  } finally {
    process.env = env;
  }
}
