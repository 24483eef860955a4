/**
 * Keeps V8's young generation at its starting size for a one-shot process (the CLI, and the
 * action as the runner starts it). Under a high
 * allocation rate V8 doubles the semi-spaces up to 64 MiB each, which a short run never
 * gives back: 10,000 secrets peaked at 279 MB of RSS, 145 MB with the young generation
 * held, the same CPU time (the action: 298 MB, 164 MB). The flag is only set on the Node majors
 * it was checked on, because V8 prints an error for a flag it does not know.
 *
 * Only a run with large input allocates at that rate, and `node:v8` costs an everyday run
 * about 2 ms to load (it pulls in Node's streams). So an entry arms the hold, and it is set
 * the first time the input read so far (the environment, the policy, the files it names)
 * reaches LARGE_INPUT_BYTES: before the parsing that input drives. Imported in-process (a
 * test, a tool), nothing arms it and the importer's V8 flags are left alone.
 */
export const LARGE_INPUT_BYTES = 256 * 1024;

const CHECKED_NODE_MAJORS = new Set(['20', '22', '24']);

let armed = false;
let inputBytes = 0;

export function holdYoungGeneration(nodeVersion: string = process.versions.node): boolean {
  if (!CHECKED_NODE_MAJORS.has(nodeVersion.split('.')[0] ?? '')) return false;
  // Synchronous and outside the bundler: the flag must be set before the parse it is for.
  const v8 = process.getBuiltinModule?.('node:v8');
  if (!v8) return false;
  v8.setFlagsFromString('--semi-space-growth-factor=1');
  return true;
}

/** Entries of a one-shot process: hold the young generation once the input is large. */
export function holdYoungGenerationOnLargeInput(): void {
  armed = true;
  inputBytes = 0;
}

/** Counts input as it is read; sets the hold when an armed run's input becomes large. */
export function noteInputBytes(bytes: number): void {
  if (!armed) return;
  inputBytes += bytes;
  if (inputBytes < LARGE_INPUT_BYTES) return;
  armed = false;
  holdYoungGeneration();
}
