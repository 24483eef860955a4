/**
 * Renders a rule's message template: `{{name}}` becomes `data.name`. A placeholder without
 * data, or data no placeholder uses, is a bug in the rule (an internal error), never text
 * made up at run time. Rendered text is raw: each reporter escapes it for its channel.
 */
import type { MessageData } from '../core/vocabulary.js';

const PLACEHOLDER = /\{\{\s*([A-Za-z][A-Za-z0-9]*)\s*\}\}/g;

export function renderMessage(template: string, data: MessageData = {}): string {
  const used = new Set<string>();
  const text = template.replace(PLACEHOLDER, (_, name: string) => {
    if (!Object.hasOwn(data, name)) throw new Error(`message data lacks "${name}"`);
    used.add(name);
    return String(data[name]);
  });
  for (const name of Object.keys(data)) {
    if (!used.has(name)) throw new Error(`message data "${name}" is not in the template`);
  }
  return text;
}
