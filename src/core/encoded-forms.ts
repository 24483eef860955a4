/**
 * A secret's value and the encodings the redaction guarantee covers: base64, base64url,
 * hex in either case, percent-encoding. Whatever is shown beside secrets (a config value,
 * a path built from a variable) is held against every one of them.
 */
export function encodedForms(value: string): string[] {
  const bytes = Buffer.from(value, 'utf8');
  const hex = bytes.toString('hex');
  return [
    value,
    bytes.toString('base64'),
    bytes.toString('base64url'),
    hex,
    hex.toUpperCase(),
    encodeURIComponent(value),
  ];
}
