/**
 * node:util parseArgs's errors in this CLI's words: lower-case, flags written `--flag`
 * without quotes, a "did you mean" for a misspelt flag. parseArgs names the option, never
 * its value (`--token=…` is reported as `--token`); an option name that does not look like
 * one (`--sk_live_…`, a value passed with one dash too many) is not echoed, and neither is
 * a short option parseArgs read out of a longer argument: a stray value that happens to
 * start with `-` (`-gX3…`, one base64url value in 64) is an unexpected argument, and its
 * first characters are not shown.
 */
import { didYouMean } from '../policy/suggest.js';

const FLAG = /^--?[a-zA-Z][a-zA-Z-]{0,30}$/;

const shownFlag = (flag: string) => (FLAG.test(flag) ? flag : '(not shown)');

/** Whether the user wrote the option as such (`-g`, `--flag`, `--flag=…`), not inside a value. */
function written(option: string, args: readonly string[]): boolean {
  if (args.length === 0) return true;
  return args.some((arg) => arg === option || arg.startsWith(`${option}=`));
}

/** The problem sentence for a parseArgs error; `flags` are the known `--flag` names. */
export function parseArgsMessage(
  error: unknown,
  flags: readonly string[],
  args: readonly string[] = [],
): string {
  // Not `instanceof Error`: an error from another realm (a test's VM context) fails that.
  const message = (error as { message?: unknown } | null)?.message;
  const text = typeof message === 'string' ? message : '';
  // `Option '-h, --help' does not take an argument`: the long name is the one to show.
  const option = /^Option '(?:-[a-zA-Z], )?([^' ]+)(?: <value>)?'/.exec(text)?.[1];
  if (option !== undefined && / argument missing/.test(text)) {
    return `option ${shownFlag(option)} needs a value`;
  }
  if (option !== undefined && / does not take an argument/.test(text)) {
    return `option ${shownFlag(option)} takes no value`;
  }
  const unknown = /^Unknown option '([^']*)'/.exec(text)?.[1];
  if (unknown !== undefined) {
    if (!FLAG.test(unknown)) return 'unknown option (not shown)';
    if (!written(unknown, args)) return 'unexpected argument (not shown)';
    return `unknown option ${unknown}${didYouMean(unknown, flags)}`;
  }
  // Any other parseArgs refusal: its first sentence, lower-cased.
  const first = text.split('\n')[0].split('. ')[0] || 'bad arguments';
  return first.charAt(0).toLowerCase() + first.slice(1);
}
