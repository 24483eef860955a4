/**
 * Preloaded (`node --import`) only in the benchmark's peak-RSS runs, never in timed runs:
 * on exit, writes the process's peak resident set size (KiB, `resourceUsage().maxRSS`) to
 * the file named by SPG_BENCH_RSS_FILE.
 */
import { writeFileSync } from 'node:fs';

const out = process.env.SPG_BENCH_RSS_FILE;
if (out) process.on('exit', () => writeFileSync(out, `${process.resourceUsage().maxRSS}\n`));
