/**
 * Golden files: expected reporter output lives in __tests__/golden/ and is compared byte
 * for byte. After an intended output change, regenerate and review the diff:
 *
 *   UPDATE_GOLDEN=1 npm test -- __tests__/reporters
 *
 * With UPDATE_GOLDEN=1 the files are rewritten instead of compared.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect } from '@jest/globals';

const GOLDEN_DIR = fileURLToPath(new URL('../golden/', import.meta.url));

export function expectGolden(name: string, actual: string): void {
  const path = `${GOLDEN_DIR}${name}`;
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(GOLDEN_DIR, { recursive: true });
    writeFileSync(path, actual, 'utf8');
    return;
  }
  if (!existsSync(path)) {
    throw new Error(`golden file ${name} is missing; run with UPDATE_GOLDEN=1 to create it`);
  }
  expect(actual).toBe(readFileSync(path, 'utf8'));
}
