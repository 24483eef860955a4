/**
 * The options model (src/options/): one list that both entries read through. Messages name
 * the option the way its entry does (`--fail-on`, `input fail-on`), explain every bad value
 * at once, and never carry the text of an option that can hold a secret.
 */
import { z } from 'zod/mini';
import { describe, expect, it } from '@jest/globals';
import { parseCliArgs } from '../../src/cli/parse-cli-args.js';
import { CannotEvaluateError } from '../../src/core/errors.js';
import { OPTION_LIST, type OptionId } from '../../src/options/option-list.js';
import type { GetInput } from '../../src/options/option-types.js';
import {
  ACTION_OPTION_IDS,
  CLI_OPTION_IDS,
  cliFlag,
  commandOptionIds,
  parseArgsOptions,
  parseOptions,
  readActionOptions,
  readCliOptions,
} from '../../src/options/read-options.js';
import { FORMAT_NAMES } from '../../src/reporters/registry.js';

const SECRET = 'ghp_s3cr3tTokenValue0123456789abcdef';

/** A getInput over a fixed map, recording how each input was read. */
function inputs(values: Record<string, string>) {
  const reads: Record<string, boolean | undefined> = {};
  const getInput: GetInput = (name, options) => {
    reads[name] = options?.trimWhitespace;
    const value = values[name] ?? '';
    return options?.trimWhitespace === false ? value : value.trim();
  };
  return { getInput, reads };
}

describe('the list', () => {
  it('every option reaches at least one entry, and every entry text is a sentence', () => {
    for (const [id, spec] of Object.entries(OPTION_LIST)) {
      const texts = [
        'cli' in spec ? spec.cli.description : undefined,
        'input' in spec ? spec.input.description : undefined,
      ].filter((text): text is string => text !== undefined);
      expect({ id, entries: texts.length > 0 }).toEqual({ id, entries: true });
      for (const text of texts) expect(text).toMatch(/^[A-Z].*\.$/s);
    }
  });

  it('input names and, per command, flag names are unique', () => {
    const names = ACTION_OPTION_IDS.map((id) => OPTION_LIST[id].input.name);
    expect(new Set(names).size).toBe(names.length);
    for (const command of ['check', 'validate', 'fingerprint'] as const) {
      const flags = commandOptionIds(command).map((id) => cliFlag(id).name);
      expect(new Set(flags).size).toBe(flags.length);
    }
  });

  it('a flag shared by two commands has one parseArgs type', () => {
    const options = parseArgsOptions();
    for (const id of CLI_OPTION_IDS) {
      const flag = cliFlag(id);
      expect(options[flag.name].type).toBe(flag.placeholder === undefined ? 'boolean' : 'string');
    }
    expect(options.format).toEqual({ type: 'string' });
    expect(options.now).toEqual({ type: 'string' });
    expect(options.help).toEqual({ type: 'boolean', short: 'h' });
  });

  it("check's --format accepts exactly the registered reporters", () => {
    const spec = OPTION_LIST.format.value;
    expect(spec.choices).toEqual(FORMAT_NAMES);
    expect(spec.default).toBe('text');
  });

  it('options that can carry a secret are exactly the values, the token and the digest key', () => {
    const secret = (Object.keys(OPTION_LIST) as OptionId[]).filter(
      (id) => 'secret' in OPTION_LIST[id],
    );
    expect(secret.sort()).toEqual(['digestKey', 'githubToken', 'metadataToken', 'secrets', 'vars']);
  });
});

describe('parsing and messages', () => {
  it('applies defaults when an option is not given', async () => {
    const { values, problems } = await readCliOptions(commandOptionIds('check'), {});
    expect(problems).toEqual([]);
    expect(values).toEqual({
      policy: '.github/secret-policy.yml',
      environment: null,
      dotenv: [],
      secretsJson: undefined,
      requireEnvOnly: false,
      failOn: undefined,
      warnBeforeExpiry: undefined,
      format: 'text',
      output: undefined,
      now: undefined,
      cwd: undefined,
    });
  });

  it('names the option as its entry does, and explains every bad value at once', async () => {
    const bad = { failOn: 'sometimes', warnBeforeExpiry: '1.5d', now: 'tomorrow' };
    const ids = ['failOn', 'warnBeforeExpiry', 'now'] as const;
    const cli = await parseOptions(ids, bad, (id) => `--${cliFlag(id).name}`);
    expect(cli.problems.map((p) => p.message)).toEqual([
      '--fail-on must be one of error, warning, never; got "sometimes"',
      '--warn-before-expiry must be a duration like 14d (<n>s|m|h|d|w, n a positive integer), or 0d for no warning window; got "1.5d"',
      expect.stringMatching(/^--now is not a valid timestamp: /),
    ]);
    const action = await parseOptions(ids, bad, (id) => `input ${OPTION_LIST[id].input.name}`);
    expect(action.problems[0].message).toBe(
      'input fail-on must be one of error, warning, never; got "sometimes"',
    );
  });

  it('an empty CLI value is a value (refused where the old parser refused it)', async () => {
    const { problems } = await readCliOptions(['failOn', 'warnBeforeExpiry', 'format'], {
      'fail-on': '',
      'warn-before-expiry': '',
      format: '',
    });
    expect(problems.map((p) => p.message)).toEqual([
      '--fail-on must be one of error, warning, never; got ""',
      expect.stringMatching(/^--warn-before-expiry must be a duration like 14d/),
      expect.stringMatching(/^--format must be one of text, json, github.*; got ""$/),
    ]);
  });

  it('a blank timestamp is the clock, and a timestamp is kept trimmed', async () => {
    expect((await readCliOptions(['now'], { now: '  ' })).values).toEqual({ now: undefined });
    expect((await readCliOptions(['now'], { now: ' 2026-01-01T00:00:00Z ' })).values).toEqual({
      now: '2026-01-01T00:00:00Z',
    });
  });

  it('a timestamp reason does not repeat the text', async () => {
    const [problem] = (await readCliOptions(['now'], { now: '2026-13-45T99:00:00Z' })).problems;
    expect(problem.message).toMatch(/^--now is not a valid timestamp: /);
    expect(problem.message).not.toContain('2026-13-45');
  });

  it('a switch is true when given', async () => {
    expect((await readCliOptions(['requireEnvOnly'], { 'require-env-only': true })).values).toEqual(
      {
        requireEnvOnly: true,
      },
    );
  });
});

describe('action inputs through an injected getInput', () => {
  it('reads every input, values untrimmed, with the documented defaults', async () => {
    const { getInput, reads } = inputs({ secrets: ' {"A":"b"} \n', 'sarif-file': 'out.sarif' });
    const { values, problems } = await readActionOptions(getInput);
    expect(problems).toEqual([]);
    expect(reads).toMatchObject({
      secrets: false,
      vars: false,
      policy: true,
      'github-token': true,
    });
    expect(values).toMatchObject({
      policy: '.github/secret-policy.yml',
      secrets: ' {"A":"b"} \n',
      vars: '',
      requireEnvOnly: false,
      summary: true,
      workingDirectory: '.',
      policySource: 'base',
      sarifFile: 'out.sarif',
      githubToken: '',
    });
  });

  it('accepts the toolkit spellings of true and false, and refuses others', async () => {
    const ok = await readActionOptions(
      inputs({ summary: 'FALSE', 'require-env-only': 'True' }).getInput,
    );
    expect(ok.values).toMatchObject({ summary: false, requireEnvOnly: true });
    const bad = await readActionOptions(
      inputs({ summary: 'yes', 'policy-source': 'merge' }).getInput,
    );
    expect(bad.problems.map((p) => p.message)).toEqual([
      'input summary must be true or false; got "yes"',
      'input policy-source must be base or head; got "merge"',
    ]);
  });

  it('never puts a secret-carrying input in a message', async () => {
    const schemaOf = (id: 'githubToken' | 'secrets' | 'vars') => OPTION_LIST[id].value.schema(z);
    for (const id of ['githubToken', 'secrets', 'vars'] as const) {
      // They refuse no text, so no message can hold one...
      expect(schemaOf(id).safeParse(SECRET).success).toBe(true);
      // ...and a refusal, should one ever come, says only that the input is not valid.
      const result = await parseOptions(
        [id],
        { [id]: 42 as unknown as string },
        () => `input ${id}`,
      );
      expect(result.problems).toEqual([{ message: `input ${id} is not valid` }]);
    }
  });
});

describe('"did you mean" for a near miss of a choice', () => {
  const formats = `--format must be one of ${FORMAT_NAMES.join(', ')}`;
  it.each([
    [['check', '--format', 'jsn'], `${formats}; got "jsn" (did you mean "json"?)`],
    [['check', '--format', 'SARIF'], `${formats}; got "SARIF" (did you mean "sarif"?)`],
    [
      ['check', '--fail-on', 'eror'],
      '--fail-on must be one of error, warning, never; got "eror" (did you mean "error"?)',
    ],
    [
      ['fingerprint', 'a.pem', '--store-format', 'opencalw'],
      expect.stringMatching(/; got "opencalw" \(did you mean "openclaw"\?\)$/),
    ],
    // Nothing close: no guess.
    [['check', '--format', 'xml'], `${formats}; got "xml"`],
  ])('%j', async (argv, message) => {
    let problems: string[] = [];
    try {
      await parseCliArgs(argv);
    } catch (error) {
      if (!(error instanceof CannotEvaluateError)) throw error;
      problems = error.problems.map((p) => p.message);
    }
    expect(problems).toEqual([message]);
  });

  it('the action input gets the same hint', async () => {
    const getInput = (name: string) => (name === 'policy-source' ? 'hed' : '');
    expect((await readActionOptions(getInput)).problems.map((p) => p.message)).toEqual([
      'input policy-source must be base or head; got "hed" (did you mean "head"?)',
    ]);
  });
});
