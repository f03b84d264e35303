/**
 * Start-up in phases, in process: module load, the default pack's compile, the first and the
 * second lint of a post. Each run is a fresh process (`--child`); the parent prints medians.
 *   node esbuild.mjs --tests '--only=test/bench/start-phases.ts' --outdir=/tmp/out-start && node /tmp/out-start/bench/start-phases.js [--runs=N] [file]
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const loadStart = performance.now();
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultPack } = require('../../rules/pack/index') as typeof import('../../rules/pack/index');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { lint } = require('../../server/src/engine/lint') as typeof import('../../server/src/engine/lint');
const loaded = performance.now();

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--')) ?? 'examples/blog-post.md';

if (args.includes('--child')) {
  const text = readFileSync(file, 'utf8');
  const t0 = performance.now();
  const pack = defaultPack();
  const t1 = performance.now();
  lint(text, { pack, format: 'markdown' });
  const t2 = performance.now();
  lint(text, { pack, format: 'markdown' });
  const t3 = performance.now();
  process.stdout.write(JSON.stringify({ process: loadStart, load: loaded - loadStart, pack: t1 - t0, first: t2 - t1, second: t3 - t2, total: t3 }));
} else {
  const runs = Number(args.find((a) => a.startsWith('--runs='))?.slice(7) ?? 15);
  const rows: Record<string, number>[] = [];
  for (let k = 0; k < runs; k++) rows.push(JSON.parse(execFileSync(process.execPath, [__filename, '--child', file], { encoding: 'utf8' })));
  const median = (key: string) => {
    const values = rows.map((r) => r[key]).sort((a, b) => a - b);
    return values[values.length >> 1];
  };
  console.log(`${file}, ${runs} fresh processes, medians (ms):`);
  for (const key of ['process', 'load', 'pack', 'first', 'second', 'total']) console.log(`  ${key.padEnd(8)} ${median(key).toFixed(1)}`);
}
