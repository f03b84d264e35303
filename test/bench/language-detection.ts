/**
 * Language detection on short posts (issue 9): franc-min (with `only`) against eld, both
 * restricted to English and French, on the prose of every labelled post (../shared/eval-dev,
 * test/eval/rounds/01 and 02) and of the real posts of ../shared/corpus/{en,fr}, whole and cut
 * to their first 60, 140 and 280 characters, and on short pieces of 3 to 49 words. Prints
 * accuracy, the share left undecided by the thresholds (for franc-min, those of
 * server/src/engine/language-detection.ts), time per call, what each detector adds to a bundle,
 * and what detection costs inside a lint. Not part of `npm test`.
 *
 *   node esbuild.mjs --tests --only=test/bench/language-detection.ts --outdir=/tmp/bench-lang && node /tmp/bench-lang/bench/language-detection.js
 *
 * Each detector is bundled here with esbuild, as the server bundles its dependencies, and
 * measured in a child process of its own (eld's databases make every later garbage collection
 * slow). A detector that is not installed (the project keeps only the one it uses) is reported
 * as such; `npm install --no-save franc-min eld` brings both back.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';
import { detectLanguage, MIN_BLOCK_WORDS } from '../../server/src/engine/language-detection';
import { blocksSample, countWords, proseSample, SAMPLE_LENGTH } from '../../server/src/engine/language-sample';
import { defaultPack } from '../../rules/pack/index';
import { DocumentLanguages } from '../../server/src/engine/language';
import { lint } from '../../server/src/engine/lint';
import { markdownToProse } from '../../server/src/engine/markdown';
import { plainTextToProse } from '../../server/src/engine/plain-text';
import type { ProseBlock } from '../../server/src/engine/prose';
import type { Language } from '../../server/src/engine/types';

const root = process.cwd();
const shared = process.env.GUIDELINT_SHARED ?? resolve(root, '../shared');
const requireHere = createRequire(join(root, 'package.json'));
const LENGTHS = [60, 140, 280, SAMPLE_LENGTH] as const;
const LANGUAGES: Language[] = ['en', 'fr'];
/** eld's margins do not depend on the length of the text; these are the thresholds it would use. */
const ELD_MIN_WORDS = 3;
const ELD_MIN_MARGIN = 0.05;

/** One text with the language its labels (or its corpus folder) give it. */
interface Text {
  set: 'posts' | 'corpus';
  name: string;
  language: Language;
  blocks: ProseBlock[];
}

/** A detector's answer: its language (undefined when it gives none) and its margin over the other language. */
interface Guess {
  language: Language | undefined;
  margin: number;
}

interface Detector {
  name: string;
  /** The detector's own answer. */
  detect(sample: string): Guess;
  /** The language taken, with the thresholds: undefined falls back to the pack's first language. */
  decide(sample: string): Language | undefined;
  /** The language a long block is taken to be in, or undefined (it follows its document). */
  decideBlock(block: ProseBlock): Language | undefined;
  bytes: number;
  gzipBytes: number;
  loadMs: number;
}

function proseOf(path: string): ProseBlock[] {
  const text = readFileSync(path, 'utf8');
  return (/\.md$/.test(path) ? markdownToProse(text) : plainTextToProse(text)).blocks;
}

function labelled(dir: string): Text[] {
  if (!existsSync(join(dir, 'labels.json'))) return [];
  const cases: { file: string; lang: Language }[] = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8'));
  return cases.map((c) => ({ set: 'posts', name: c.file, language: c.lang, blocks: proseOf(join(dir, 'cases', c.file)) }));
}

function corpus(language: Language): Text[] {
  const dir = join(shared, 'corpus', language);
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((f) => f.endsWith('.md')).sort()
    .map((f) => ({ set: 'corpus', name: `${language}/${f}`, language, blocks: proseOf(join(dir, f)) }));
}

/** Bundles `source` (an entry importing a detector) as the server would, and loads it. */
function bundle(name: string, source: string): { exports: Record<string, unknown>; bytes: number; gzipBytes: number; loadMs: number } | undefined {
  const esbuild = requireHere('esbuild') as typeof import('esbuild');
  let text: string;
  try {
    const result = esbuild.buildSync({ stdin: { contents: source, resolveDir: root }, bundle: true, platform: 'node', format: 'cjs', minify: true, write: false, logLevel: 'silent' });
    text = result.outputFiles[0].text;
  } catch {
    return undefined;
  }
  const file = join(mkdtempSync(join(tmpdir(), 'guidelint-lang-')), `${name}.js`);
  writeFileSync(file, text);
  const started = performance.now();
  const exports = requireHere(file) as Record<string, unknown>;
  const loadMs = performance.now() - started;
  return { exports, bytes: Buffer.byteLength(text), gzipBytes: gzipSync(text).length, loadMs };
}

const FRANC_CODES: Record<string, Language> = { eng: 'en', fra: 'fr' };

function francMin(): Detector | undefined {
  const loaded = bundle('franc-min', "export { francAll } from 'franc-min';");
  if (!loaded) return undefined;
  const francAll = loaded.exports.francAll as (text: string, options: object) => [string, number][];
  return {
    name: 'franc-min',
    ...loaded,
    detect(sample) {
      const [first, second] = francAll(sample, { only: ['eng', 'fra'], minLength: 1 });
      return { language: FRANC_CODES[first[0]], margin: 1 - (second?.[1] ?? 0) };
    },
    // The engine's own decisions: windows of 280 characters, its word counts and margins.
    decide: (sample) => detectLanguage(sample, LANGUAGES),
    decideBlock: (block) => new DocumentLanguages(LANGUAGES).ownLanguage(block),
  };
}

type Eld = { newInstance(): Eld; setLanguageSubset(languages: string[]): unknown; detect(text: string): { language: string; getScores(): Record<string, number> } };

function eld(size: 'extrasmall' | 'small' | 'medium' | 'large'): Detector | undefined {
  const loaded = bundle(`eld-${size}`, `export { eld } from 'eld/${size}';`);
  if (!loaded) return undefined;
  const instance = (loaded.exports.eld as Eld).newInstance();
  instance.setLanguageSubset(['en', 'fr']);
  const detect = (sample: string): Guess => {
    const result = instance.detect(sample);
    const scores = result.getScores();
    const language = result.language === 'en' || result.language === 'fr' ? result.language : undefined;
    if (!language) return { language, margin: 0 };
    return { language, margin: scores[language] - (scores[language === 'en' ? 'fr' : 'en'] ?? 0) };
  };
  return {
    name: `eld (${size})`,
    ...loaded,
    detect,
    decide(sample) {
      const guess = detect(sample);
      return countWords(sample) >= ELD_MIN_WORDS && guess.margin >= ELD_MIN_MARGIN ? guess.language : undefined;
    },
    decideBlock(block) {
      const sample = proseSample(block.text);
      return countWords(sample) >= MIN_BLOCK_WORDS ? this.decide(sample) : undefined;
    },
  };
}

const pct = (n: number, of: number): string => (of === 0 ? '   –  ' : `${((100 * n) / of).toFixed(1).padStart(5)}%`);

/** Mean microseconds per call of `detector` over `samples`, after a warm-up pass. */
function microsPerCall(detector: Detector, samples: readonly string[]): number {
  for (const s of samples) detector.detect(s);
  const rounds = 5;
  const started = performance.now();
  for (let r = 0; r < rounds; r++) for (const s of samples) detector.detect(s);
  return ((performance.now() - started) * 1000) / (rounds * samples.length);
}

/** The accuracy table's rows for `detector`: each set, each length. */
function accuracyRows(detector: Detector, texts: readonly Text[]): string[] {
  const rows: string[] = [];
  for (const set of ['posts', 'corpus'] as const) {
    const group = texts.filter((t) => t.set === set);
    for (const length of [...LENGTHS, 'raw 280'] as const) {
      const samples = group.map((t) => (length === 'raw 280' ? rawText(t).slice(0, 280) : blocksSample(t.blocks).slice(0, length)));
      let correct = 0;
      let undecided = 0;
      let withFallback = 0;
      samples.forEach((sample, i) => {
        const decided = detector.decide(sample);
        if (detector.detect(sample).language === group[i].language) correct++;
        if (!decided) undecided++;
        if ((decided ?? 'en') === group[i].language) withFallback++;
      });
      const label = length === SAMPLE_LENGTH ? `≤${SAMPLE_LENGTH}` : String(length);
      rows.push(`| ${detector.name} | ${set} | ${label} | ${group.length} | ${pct(correct, group.length)} | ${group.length - correct} | ${undecided} | ${pct(withFallback, group.length)} | ${microsPerCall(detector, samples).toFixed(0)} |`);
    }
  }
  return rows;
}

/** The raw text of a post's blocks, masked parts included as they are: what detection would see without the stripping. */
function rawText(text: Text): string {
  return text.blocks.map((b) => b.text).join('\n');
}

const BUCKETS: [number, number][] = [[3, 4], [5, 7], [8, 11], [12, 19], [20, 29], [30, 49]];

/**
 * Short pieces: the first and the middle words of every text, by number of words. The share
 * the detector decides wrongly (after its thresholds), and the share of French pieces it gets
 * right (the others fall back to English).
 */
function shortPiecesRow(detector: Detector, texts: readonly Text[]): string {
  const cells = BUCKETS.map(([lo, hi]) => {
    const group = texts.flatMap((t) => {
      const words = blocksSample(t.blocks).split(' ');
      return [0, Math.floor(words.length / 2)].flatMap((from) => [lo, hi].map((k) => words.slice(from, from + k)))
        .filter((piece, i) => piece.length === (i % 2 === 0 ? lo : hi))
        .map((piece) => ({ sample: piece.join(' '), language: t.language }));
    });
    const decided = group.map((p) => detector.decide(p.sample) ?? 'en');
    const wrong = group.filter((p, i) => decided[i] !== p.language).length;
    const french = group.filter((p) => p.language === 'fr').length;
    const frenchRight = group.filter((p, i) => p.language === 'fr' && decided[i] === 'fr').length;
    return `${pct(wrong, group.length)} / ${pct(frenchRight, french)}`;
  });
  return `| ${detector.name} | ${cells.join(' | ')} |`;
}

/** Blocks long enough for their own language that the detector puts in another language than their document's label. */
function blockLines(detector: Detector, texts: readonly Text[]): string[] {
  const blocks = texts.flatMap((t) => t.blocks.map((block) => ({ text: t, block, sample: proseSample(block.text) })))
    .filter((b) => countWords(b.sample) >= MIN_BLOCK_WORDS);
  const other = blocks.filter((b) => {
    const decided = detector.decideBlock(b.block);
    return decided !== undefined && decided !== b.text.language;
  });
  return [
    `${detector.name}: ${blocks.length} blocks of ≥ ${MIN_BLOCK_WORDS} words; confidently another language than their document: ${other.length}`,
    ...other.slice(0, 10).map((b) => `  ${b.text.name} (${b.text.language}): «${b.sample.slice(0, 90)}»`),
  ];
}

/** What detection costs inside a lint: the English corpus linted whole, and its detection alone (document and every block, uncached). */
function engineCost(): string {
  const dir = join(shared, 'corpus', 'en');
  if (!existsSync(dir)) return '';
  const pack = defaultPack();
  const sources = readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => readFileSync(join(dir, f), 'utf8'));
  for (const source of sources.slice(0, 10)) lint(source, { pack, format: 'markdown' });
  let started = performance.now();
  for (const source of sources) lint(source, { pack, format: 'markdown' });
  const lintMs = performance.now() - started;
  const proses = sources.map((source) => markdownToProse(source));
  let blocks = 0;
  started = performance.now();
  proses.forEach((prose, i) => {
    const languages = new DocumentLanguages(LANGUAGES);
    const { language } = languages.document(sources[i], prose, undefined);
    for (const block of prose.blocks) languages.block(block, language);
    blocks += prose.blocks.length;
  });
  const detectMs = performance.now() - started;
  return `corpus/en (${sources.length} posts, ${blocks} blocks): a fresh lint of all takes ${lintMs.toFixed(0)} ms, of which detection (document and long blocks, uncached) ${detectMs.toFixed(0)} ms (${((100 * detectMs) / lintMs).toFixed(1)} %); an edit re-detects only the window and the block it changed`;
}

/** The engine's decision on whole documents (front matter left out, so that detection decides), and its time per document. */
function engineDecision(texts: readonly Text[]): string {
  const started = performance.now();
  const wrong = texts.filter((t) => new DocumentLanguages(LANGUAGES).document('', { blocks: t.blocks, images: [], quotes: [], disabled: [], frontmatter: {}, bodyStart: 0 }, undefined).language !== t.language);
  const micros = ((performance.now() - started) * 1000) / texts.length;
  return `the engine's document language (franc-min, windows of 280 characters of its first ${SAMPLE_LENGTH} of prose): ${texts.length - wrong.length} of ${texts.length} texts right${wrong.length ? ` (wrong: ${wrong.map((t) => t.name).join(', ')})` : ''}, ${micros.toFixed(0)} µs per document uncached`;
}

const CANDIDATES: Record<string, () => Detector | undefined> = {
  'franc-min': francMin, 'eld (extrasmall)': () => eld('extrasmall'), 'eld (small)': () => eld('small'), 'eld (large)': () => eld('large'),
};

/** What one detector measures, printed as JSON by a child process of its own: eld's heaps would slow down whatever runs after them. */
interface Measured { name: string; size: string; accuracy: string[]; shortPieces: string; blocks: string[] }

function measure(name: string, texts: readonly Text[]): Measured | undefined {
  const detector = CANDIDATES[name]();
  if (!detector) return undefined;
  const size = `| ${detector.name} | ${(detector.bytes / 1024).toFixed(0)} KB | ${(detector.gzipBytes / 1024).toFixed(0)} KB | ${detector.loadMs.toFixed(0)} ms |`;
  return { name, size, accuracy: accuracyRows(detector, texts), shortPieces: shortPiecesRow(detector, texts), blocks: blockLines(detector, texts) };
}

function main(): void {
  const texts = [
    ...labelled(join(shared, 'eval-dev')), ...labelled(join(root, 'test/eval/rounds/01')), ...labelled(join(root, 'test/eval/rounds/02')),
    ...corpus('en'), ...corpus('fr'),
  ];
  const only = process.argv.indexOf('--detector');
  if (only !== -1) {
    process.stdout.write(JSON.stringify(measure(process.argv[only + 1], texts) ?? null));
    return;
  }
  const count = (set: string, language: string): number => texts.filter((t) => t.set === set && t.language === language).length;
  console.log(`texts: posts ${count('posts', 'en')} en + ${count('posts', 'fr')} fr, corpus ${count('corpus', 'en')} en + ${count('corpus', 'fr')} fr\n`);
  console.log(engineDecision(texts));
  console.log(engineCost());
  const measured: Measured[] = [];
  for (const name of Object.keys(CANDIDATES)) {
    const child = spawnSync(process.execPath, [process.argv[1], '--detector', name], { encoding: 'utf8', maxBuffer: 1 << 26 });
    const result = JSON.parse(child.stdout || 'null') as Measured | null;
    if (result) measured.push(result);
    else console.log(`${name}: not installed (npm install --no-save franc-min eld)${child.stderr ? `\n${child.stderr}` : ''}`);
  }
  console.log('\n| detector | bundle (minified) | gzip | load |\n|---|---:|---:|---:|');
  for (const m of measured) console.log(m.size);
  console.log('\nwrong: the detector\'s first language is not the label; undecided: below the thresholds (franc-min: the engine\'s; eld: ≥ 3 words, margin ≥ 0.05), English is taken');
  console.log('\n| detector | set | length | texts | correct | wrong | undecided → fallback | correct with fallback | µs/call |\n|---|---|---|---:|---:|---:|---:|---:|---:|');
  for (const m of measured) for (const row of m.accuracy) console.log(row);
  console.log(`\n| detector | ${BUCKETS.map(([lo, hi]) => `${lo}–${hi} words: wrong / French right`).join(' | ')} |\n|---|${BUCKETS.map(() => '---:').join('|')}|`);
  for (const m of measured) console.log(m.shortPieces);
  for (const m of measured) console.log(`\n${m.blocks.join('\n')}`);
}

main();
