/**
 * A count with its thousands grouped by commas ("200,000"), the way the gate's messages
 * print limits. Hand-written on purpose: `Number#toLocaleString` loads ICU's locale data on
 * first use, about 5 ms of an uncached start-up, for output that never varies by locale.
 */
export function groupedCount(count: number): string {
  if (!Number.isSafeInteger(count)) return String(count);
  const digits = String(Math.abs(count));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3)
    groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return (count < 0 ? '-' : '') + groups.join(',');
}
