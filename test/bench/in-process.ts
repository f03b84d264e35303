/** Measures (a) and (b): Guidelint's `lint()` and alex's `markdown()` in this process, on the same texts. */
import { markdown as alexMarkdown } from 'alex';
import { defaultPack } from '../../rules/pack/index';
import { lint } from '../../server/src/engine/index';
import { joinParts, partsOf, type Post } from './corpus';
import { alternate, countWords, median, timeMs } from './stats';

/** Lints one Markdown text and drops the result. */
type Linter = (text: string) => void;

const guidelint: Linter = (text) => void lint(text, { pack: defaultPack(), format: 'markdown' });
const alex: Linter = (text) => void alexMarkdown(text);

/** (a): median milliseconds per 1,000 words over the corpus, for both tools. */
export interface CorpusSpeed {
  words: number;
  guidelintMsPer1k: number;
  alexMsPer1k: number;
  ratio: number;
}

/** (b): one document of `words` words against the same parts linted one by one. */
export interface Growth {
  words: number;
  guidelintMs: { whole: number; parts: number; ratio: number };
  alexMs: { whole: number; parts: number; ratio: number };
}

const lintAll = (linter: Linter, texts: readonly string[]) => (): number => timeMs(() => texts.forEach(linter));

/** Lints a few posts with both tools first, so that neither pays for loading and JIT warm-up inside a timed run. */
export function warmUp(posts: readonly Post[]): void {
  const texts = posts.slice(0, 20).map((post) => post.text);
  lintAll(guidelint, texts)();
  lintAll(alex, texts)();
}

/** Measures (a): the whole corpus, `runs` times, alternating the tools. */
export async function measureCorpus(posts: readonly Post[], runs: number): Promise<CorpusSpeed> {
  const texts = posts.map((post) => post.text);
  const words = posts.reduce((sum, post) => sum + post.words, 0);
  const [g, a] = await alternate(runs, lintAll(guidelint, texts), lintAll(alex, texts));
  const guidelintMsPer1k = median(g) / (words / 1000);
  const alexMsPer1k = median(a) / (words / 1000);
  return { words, guidelintMsPer1k, alexMsPer1k, ratio: guidelintMsPer1k / alexMsPer1k };
}

/** Measures (b) for one size: the joined document and its parts, both tools, `runs` times, interleaved. */
export async function measureGrowth(posts: readonly Post[], size: number, runs: number): Promise<Growth> {
  const parts = partsOf(posts, size);
  const whole = joinParts(parts);
  const [gw, gp, aw, ap] = await alternate(runs,
    lintAll(guidelint, [whole]), lintAll(guidelint, parts), lintAll(alex, [whole]), lintAll(alex, parts));
  const summary = (w: number[], p: number[]) => ({ whole: median(w), parts: median(p), ratio: median(w) / median(p) });
  return { words: countWords(whole), guidelintMs: summary(gw, gp), alexMs: summary(aw, ap) };
}

/** Lints the corpus with Guidelint alone, after the warm-up: what `--profile` records. */
export function lintCorpusWithGuidelint(posts: readonly Post[]): number {
  posts.slice(0, 20).forEach((post) => guidelint(post.text));
  return lintAll(guidelint, posts.map((post) => post.text))();
}
