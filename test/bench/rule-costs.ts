/**
 * `npm run bench -- --rules`: where a corpus lint's time goes, rule by rule. Every rule of a
 * fresh copy of the default pack is timed around its block and document checks while the
 * corpus is linted in process (after a warm-up), and the rest of the run (parsing, sentence
 * and word analysis, language detection, collecting findings) is shown as the engine's share.
 * Timing each call adds a little to every rule; the shares, not the sum, are the point.
 */
import { defaultPack } from '../../rules/pack/index';
import type { CompiledPack } from '../../rules/pack/compile';
import type { Report } from '../../server/src/engine/rule';
import { lint } from '../../server/src/engine/index';
import type { Post } from './corpus';
import { timeMs } from './stats';

/** One rule's share of a corpus lint. */
export interface RuleCost {
  id: string;
  ms: number;
  msPer1k: number;
}

/** The cost of each rule on `posts`, the most expensive first, and the engine's share. */
export function measureRuleCosts(posts: readonly Post[]): { rules: RuleCost[]; engineMsPer1k: number; totalMsPer1k: number } {
  const pack = defaultPack({});
  const spent = timedRules(pack);
  const texts = posts.map((post) => post.text);
  const words = posts.reduce((sum, post) => sum + post.words, 0) / 1000;
  texts.slice(0, 20).forEach((text) => lint(text, { pack, format: 'markdown' }));
  spent.clear();
  const total = timeMs(() => texts.forEach((text) => lint(text, { pack, format: 'markdown' })));
  const rules = [...spent].map(([id, ms]) => ({ id, ms, msPer1k: ms / words })).sort((a, b) => b.ms - a.ms);
  const inRules = rules.reduce((sum, rule) => sum + rule.ms, 0);
  return { rules, engineMsPer1k: (total - inRules) / words, totalMsPer1k: total / words };
}

/** Wraps every check of `pack`'s rules with a timer; the map collects milliseconds per rule id. */
function timedRules(pack: CompiledPack): Map<string, number> {
  const spent = new Map<string, number>();
  const timed = <A>(id: string, check: (context: A) => Report[]) => (context: A): Report[] => {
    const started = performance.now();
    try {
      return check(context);
    } finally {
      spent.set(id, (spent.get(id) ?? 0) + performance.now() - started);
    }
  };
  for (const rule of pack.rules) {
    if (rule.checkBlock) rule.checkBlock = timed(rule.meta.id, rule.checkBlock.bind(rule));
    if (rule.checkDocument) rule.checkDocument = timed(rule.meta.id, rule.checkDocument.bind(rule));
  }
  return spent;
}

/** The table `--rules` prints: the engine's share, then every rule above 1 % of the run. */
export function formatRuleCosts(costs: ReturnType<typeof measureRuleCosts>): string {
  const row = (name: string, msPer1k: number) => `| ${name} | ${msPer1k.toFixed(2)} | ${((100 * msPer1k) / costs.totalMsPer1k).toFixed(1)} % |`;
  const shown = costs.rules.filter((rule) => rule.msPer1k >= costs.totalMsPer1k / 100);
  const rest = costs.rules.slice(shown.length).reduce((sum, rule) => sum + rule.msPer1k, 0);
  return [
    `Corpus lint: ${costs.totalMsPer1k.toFixed(1)} ms per 1,000 words\n`,
    '| part | ms per 1,000 words | share |',
    '|---|---:|---:|',
    row('engine (parse, analysis, language, findings)', costs.engineMsPer1k),
    ...shown.map((rule) => row(rule.id, rule.msPer1k)),
    row(`${costs.rules.length - shown.length} other rules`, rest),
  ].join('\n');
}
