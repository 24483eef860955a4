/**
 * Sizes V8's young generation for a one-shot process (the CLI, and the action as the runner
 * starts it). Under a high allocation rate V8 doubles the semi-spaces up to 64 MiB each,
 * which a short run never gives back: 10,000 secrets peaked at 279 MB of RSS, 145 MB with
 * the young generation held at its 1 MiB start (the action: 298 MB, 164 MB). Held that
 * small, though, a large run scavenges every megabyte: 425 scavenges, a sixth of the run.
 *
 * So the young generation may grow, 8 times per step, while the first large input is
 * parsed, and is held from the run's next step on (the next input read, or the engine's
 * checkpoint after the policy is loaded). 10,000 secrets in the process environment: one
 * step (1 to 8 MiB), about 12% less time at the same peak (`npm run bench:env`). A 9 MB
 * dotenv file of 100,000 values takes two steps while it is parsed (64 MiB): 14% less time,
 * 10% more peak memory (926 instead of 842 MB). The flag is only set on the Node majors it
 * was checked on, because V8 prints an error for a flag it does not know.
 *
 * Only a run with large input allocates at that rate, and `node:v8` costs an everyday run
 * about 2 ms to load (it pulls in Node's streams). So an entry arms the hold, and it is set
 * the first time the input read so far (the environment, the policy, the files it names)
 * reaches LARGE_INPUT_BYTES: before the parsing that input drives. Imported in-process (a
 * test, a tool), nothing arms it and the importer's V8 flags are left alone.
 */
export const LARGE_INPUT_BYTES = 256 * 1024;

const CHECKED_NODE_MAJORS = new Set(['20', '22', '24']);

/** Each growth step while the first large input is parsed: 1 MiB semi-spaces become 8 MiB. */
const FIRST_GROWTH_FACTOR = 8;

let armed = false;
let inputBytes = 0;
let growing = false;

function setGrowthFactor(factor: number, nodeVersion: string): boolean {
  if (!CHECKED_NODE_MAJORS.has(nodeVersion.split('.')[0] ?? '')) return false;
  // Synchronous and outside the bundler: the flag must be set before the parse it is for.
  const v8 = process.getBuiltinModule?.('node:v8');
  if (!v8) return false;
  v8.setFlagsFromString(`--semi-space-growth-factor=${factor}`);
  return true;
}

/** Holds the young generation at its present size; false where the flag was not set. */
export function holdYoungGeneration(nodeVersion: string = process.versions.node): boolean {
  growing = false;
  return setGrowthFactor(1, nodeVersion);
}

/** Entries of a one-shot process: size the young generation once the input is large. */
export function holdYoungGenerationOnLargeInput(): void {
  armed = true;
  inputBytes = 0;
  growing = false;
}

/**
 * The engine's next step after a large input was parsed (the policy is loaded): the growth
 * that input was allowed ends here.
 */
export function youngGenerationCheckpoint(): void {
  if (growing) holdYoungGeneration();
}

/**
 * Counts input as it is read. The read that makes an armed run's input large lets the young
 * generation grow while it is parsed; the next read holds it.
 */
export function noteInputBytes(bytes: number): void {
  youngGenerationCheckpoint();
  if (!armed) return;
  inputBytes += bytes;
  if (inputBytes < LARGE_INPUT_BYTES) return;
  armed = false;
  growing = setGrowthFactor(FIRST_GROWTH_FACTOR, process.versions.node);
}
