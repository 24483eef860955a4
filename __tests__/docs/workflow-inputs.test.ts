/**
 * Every workflow the README shows, and the reusable workflow this repository publishes, pass
 * the action only inputs action.yml declares, with values its choices allow: a snippet that
 * a user copies must run.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from '@jest/globals';
import { parse } from 'yaml';
import { REPO } from '../helpers/run-bundle.js';

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}

const ACTION = parse(readFileSync(join(REPO, 'action.yml'), 'utf8')) as {
  inputs: Record<string, unknown>;
};
const INPUTS = new Set(Object.keys(ACTION.inputs));
const CHOICES: Record<string, readonly string[]> = {
  mode: ['check', 'compare', 'merge'],
  comment: ['never', 'on-failure', 'always'],
  'policy-source': ['base', 'head'],
  'fail-on': ['error', 'warning', 'never'],
};

/** The gate's steps in a YAML text: a whole workflow, or a fragment of steps. */
function gateSteps(text: string): Step[] {
  let doc: unknown;
  try {
    doc = parse(text);
  } catch {
    return [];
  }
  const steps: Step[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const step = node as Step;
      if (
        typeof step.uses === 'string' &&
        /^secret-policy-gate\/secret-policy-gate@/.test(step.uses)
      ) {
        steps.push(step);
      }
      Object.values(node).forEach(walk);
    }
  };
  walk(doc);
  return steps;
}

function readmeBlocks(): string[] {
  const readme = readFileSync(join(REPO, 'README.md'), 'utf8');
  return [...readme.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => {
    // A fragment of steps is indented as in its workflow: parse it as a list.
    const body = m[1] ?? '';
    return /^\s+- /.test(body) ? body.replace(/^ {6}/gm, '') : body;
  });
}

describe('workflows pass the action only what action.yml declares', () => {
  const sources: [string, Step[]][] = [
    ...readmeBlocks().map((text, index): [string, Step[]] => [
      `README yaml block ${index}`,
      gateSteps(text),
    ]),
    [
      '.github/workflows/secret-policy.yml',
      gateSteps(readFileSync(join(REPO, '.github', 'workflows', 'secret-policy.yml'), 'utf8')),
    ],
  ];
  const withSteps = sources.filter(([, steps]) => steps.length > 0);

  test('every README block that uses the action parses', () => {
    const using = readmeBlocks().filter((text) =>
      text.includes('secret-policy-gate/secret-policy-gate@'),
    );
    const parsed = using.filter((text) => gateSteps(text).length > 0);
    expect(parsed.length).toBe(using.length);
    expect(withSteps.length).toBeGreaterThan(5);
  });

  test.each(withSteps)('%s', (_name, steps) => {
    for (const step of steps) {
      const given = Object.keys(step.with ?? {});
      expect(given.filter((name) => !INPUTS.has(name))).toEqual([]);
      for (const [name, allowed] of Object.entries(CHOICES)) {
        const value = step.with?.[name];
        if (typeof value === 'string' && !value.includes('${{')) expect(allowed).toContain(value);
      }
    }
  });
});
