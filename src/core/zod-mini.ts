/**
 * The zod/mini functions the gate uses, each named once; every module that parses foreign
 * JSON (stores, state files, reports, GitHub's answers) or explains a refused option imports
 * `* as z` from here, never from zod itself.
 *
 * Why: zod's `z` namespace is one object carrying every export, so a bundle that imports it
 * keeps all of zod (every locale, the JSON Schema generator, the compiler): 180 KB that each
 * run with a trust or token store compiled. Named here, the bundler keeps these functions and
 * what they use, and the chunk minifier (scripts/minify-chunks.mjs) drops the rest. A
 * function missing below is a type error where it is used: add it here.
 */
export {
  _default,
  array,
  catch,
  custom,
  enum,
  gte,
  int,
  iso,
  literal,
  maxLength,
  minimum,
  minLength,
  NEVER,
  nonnegative,
  null,
  nullable,
  nullish,
  number,
  object,
  optional,
  pipe,
  positive,
  record,
  refine,
  regex,
  safeParse,
  strictObject,
  string,
  transform,
  union,
  unknown,
} from 'zod/mini';
export type { core, infer, output, ZodMiniType } from 'zod/mini';
