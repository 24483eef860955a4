/**
 * The forms of a secret that must never appear in any output: the value, every 8-character
 * substring of it, and its base64, base64url, hex and URL-encoded forms.
 */
export function forbiddenForms(value: string): string[] {
  const forms = new Set<string>();
  const chars = [...value];
  if (chars.length < 8) forms.add(value);
  for (let i = 0; i + 8 <= chars.length; i++) forms.add(chars.slice(i, i + 8).join(''));
  const bytes = Buffer.from(value, 'utf8');
  for (const encoded of [
    bytes.toString('base64'),
    bytes.toString('base64url'),
    bytes.toString('hex'),
    bytes.toString('hex').toUpperCase(),
    encodeURIComponent(value),
  ]) {
    if (encoded.length >= 8) forms.add(encoded);
  }
  return [...forms];
}

/**
 * The first forbidden form found in `text`, or null. `vocabulary` is text the tool prints
 * regardless of the value (names, rule ids, message templates): a form that occurs in it
 * proves nothing, so values crafted to collide with policy text are judged on the rest.
 */
export function findLeak(text: string, value: string, vocabulary = ''): string | null {
  for (const form of forbiddenForms(value)) {
    if (form.trim() === '' || vocabulary.includes(form)) continue;
    if (text.includes(form)) return form;
  }
  return null;
}

/** Runner commands that register masks carry the value by design; the runner hides them. */
export function withoutMaskCommands(stdout: string): string {
  return stdout
    .split('\n')
    .filter((line) => !line.startsWith('::add-mask::'))
    .join('\n');
}
