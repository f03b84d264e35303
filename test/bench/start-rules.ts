/** Per rule: time in the first and the second lint of a post in a fresh process (what the first lint pays once). */
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { defaultPack } from '../../rules/pack/index';
import { lint } from '../../server/src/engine/lint';

const file = process.argv[2] ?? 'examples/blog-post.md';
const text = readFileSync(file, 'utf8');
const pack = defaultPack();
const spent = new Map<string, number[]>();
let round = 0;
const rules = pack.rules.map((rule) => {
  const wrap = <F extends (...a: never[]) => unknown>(f: F | undefined): F | undefined =>
    f && (((...args: never[]) => {
      const t = performance.now();
      try {
        return f(...args);
      } finally {
        const list = spent.get(rule.meta.id) ?? [0, 0];
        list[round] += performance.now() - t;
        spent.set(rule.meta.id, list);
      }
    }) as F);
  return { ...rule, checkBlock: wrap(rule.checkBlock), checkDocument: wrap(rule.checkDocument) } as typeof rule;
});
const timed = { ...pack, rules };
const t0 = performance.now();
lint(text, { pack: timed, format: 'markdown' });
const t1 = performance.now();
round = 1;
lint(text, { pack: timed, format: 'markdown' });
const t2 = performance.now();
const inRules = [0, 1].map((r) => [...spent.values()].reduce((s, l) => s + l[r], 0));
console.log(`first ${(t1 - t0).toFixed(1)} ms (rules ${inRules[0].toFixed(1)}), second ${(t2 - t1).toFixed(1)} ms (rules ${inRules[1].toFixed(1)})`);
for (const [id, [a, b]] of [...spent].sort((x, y) => y[1][0] - x[1][0]).slice(0, 15)) console.log(`${a.toFixed(1).padStart(7)} ${b.toFixed(1).padStart(6)}  ${id}`);
