/** `--help` is generated from the options model, the reporter registry and the rules' meta. */
import { describe, expect, it } from '@jest/globals';
import { ALL_CHECKS as CHECKS } from '../../src/checks/all-checks.js';
import { HELP_WIDTH, helpText, missingCommandText } from '../../src/cli/help-text.js';
import { cliOptionDocs } from '../../src/options/option-docs.js';
import { REPORTERS } from '../../src/reporters/registry.js';

const help = helpText(CHECKS);

/** The lines of one `<command> options:` section. */
function section(command: string): string {
  const start = help.indexOf(`\n${command} options:\n`);
  expect(start).toBeGreaterThan(-1);
  return help.slice(start + 1, help.indexOf('\n\n', start + 1));
}

describe('help text', () => {
  it(`fits ${HELP_WIDTH} columns`, () => {
    const long = help.split('\n').filter((line) => line.length > HELP_WIDTH);
    expect(long).toEqual([]);
  });

  it(`the usage printed when no command is given fits ${HELP_WIDTH} columns too`, () => {
    const lines = missingCommandText().split('\n');
    expect(lines.filter((line) => line.length > HELP_WIDTH)).toEqual([]);
    // The same usage as the help's.
    const usage = help.slice(
      help.indexOf('Usage:\n'),
      help.indexOf('\n\n', help.indexOf('Usage:')),
    );
    expect(missingCommandText()).toContain(usage);
  });

  it.each(['check', 'validate', 'fingerprint'] as const)(
    'lists every %s option with its default and no Markdown',
    (command) => {
      const text = section(command);
      for (const doc of cliOptionDocs(command)) {
        expect(text).toMatch(new RegExp(`^  ${doc.usage} `, 'm'));
        // Wrapping may break the sentence; compare with runs of spaces and newlines as one.
        const flat = text.replace(/\s+/g, ' ');
        if (doc.default !== undefined) expect(flat).toContain(`Default: ${doc.default}.`);
      }
      expect(text).not.toContain('`');
    },
  );

  it('keeps options to their commands', () => {
    expect(section('validate')).toContain('--format F');
    expect(section('validate')).not.toMatch(/^ {2}--dotenv/m);
    expect(section('fingerprint')).toContain('--store-format F');
    expect(section('check')).not.toContain('--store-format');
  });

  it('lists every registered format and every rule', () => {
    for (const reporter of REPORTERS) expect(help).toMatch(new RegExp(`^  ${reporter.name} `, 'm'));
    for (const check of CHECKS) expect(help).toMatch(new RegExp(`^  ${check.meta.id}\\b`, 'm'));
  });

  it('wraps a long description under its own column', () => {
    const lines = section('check').split('\n');
    const cwd = lines.findIndex((line) => line.startsWith('  --cwd DIR'));
    const column = lines[cwd].indexOf('Resolve');
    expect(lines[cwd + 1].slice(0, column).trim()).toBe('');
    expect(lines[cwd + 1].length).toBeGreaterThan(column);
  });
});
