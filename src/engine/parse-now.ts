import { CannotEvaluateError } from '../core/errors.js';
import { parseTimestamp } from '../policy/timestamp.js';

/** The `now` option (CLI `--now`, action `now`): a zoned timestamp, or the clock when unset. */
export function parseNow(text: string | undefined, optionName: string): Date {
  if (text === undefined || text.trim() === '') return new Date();
  const parsed = parseTimestamp(text.trim());
  if (!parsed.ok)
    throw new CannotEvaluateError(`${optionName} is not a valid timestamp: ${parsed.reason}`);
  return parsed.at;
}
