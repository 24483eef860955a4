/**
 * One escaper per output channel. Every string that comes from a policy, a store or any
 * file the policy names is attacker-written in a pull request and goes through the escaper
 * of the channel it is written to, at the point it is written.
 */
export { escapeTextLine, guardLineStart, makeVisible } from './text-line.js';
export {
  escapeCommandData,
  escapeCommandProperty,
  escapeForToolkit,
  runnerEscapeData,
  runnerEscapeProperty,
} from './workflow-command.js';
export { escapeMarkdownCell } from './markdown.js';
export { OUTPUT_SAFE, escapeOutputValue } from './step-output.js';
export { formatJsonText } from './json-text.js';
