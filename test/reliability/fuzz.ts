/**
 * The fuzzer of issue 12 (`npm run fuzz -- --cases N [--seed S]`): fast-check generates
 * documents of the shapes that broke Guidelint from outside (random Unicode, lone surrogates,
 * NUL, invalid UTF-8, CR and CRLF, long lines, many lines, deep nesting, unclosed fences, huge
 * tables, thousands of links, mutated sample posts) and lints each, as Markdown and as plain
 * text, checking:
 * - crashes: the engine throws (a `LanguageError` for a front matter's unknown `lang:` is an
 *   answer, not a crash);
 * - overruns: a lint costs more per character than OVERRUN times the median cost per character
 *   of the sample posts, measured in the same run (so the verdict does not depend on the
 *   machine), with a floor of FLOOR_MS;
 * - invalid findings: offsets that are not integers, outside the text, splitting a surrogate
 *   pair, starting in a hidden region (code, URLs, HTML, front matter: a masked character of the
 *   engine's prose), or fixes whose edits are invalid in the same ways.
 * Each kind of failure is then found again from the same seed and shrunk by fast-check to a
 * minimal input, which the report prints.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { defaultPack } from '../../rules/pack/index';
import { lint } from '../../server/src/engine/index';
import { LanguageError } from '../../server/src/engine/language-tags';
import { markdownToProse } from '../../server/src/engine/markdown';
import { plainTextToProse } from '../../server/src/engine/plain-text';
import { MASK } from '../../server/src/engine/prose';
import { rangeProblem } from '../../server/src/engine/ranges';
import type { Finding, Format } from '../../server/src/engine/types';

/** A lint over this many times the sample posts' median cost per character is an overrun. */
export const OVERRUN = 200;
/** No lint under this is an overrun, whatever its length (a short text's cost is mostly fixed). */
export const FLOOR_MS = 1500;

export type FailureKind = 'crash' | 'overrun' | 'invalid finding';

export interface Failure {
  kind: FailureKind;
  format: Format;
  detail: string;
}

const pack = defaultPack({});

const sampleTexts = (): string[] => {
  const texts: string[] = [];
  for (const folder of ['examples', 'test/fixtures/posts']) {
    for (const file of readdirSync(folder)) if (/\.(md|txt)$/.test(file)) texts.push(readFileSync(`${folder}/${file}`, 'utf8'));
  }
  return texts;
};

/** Characters that mean something to Markdown, to a rule or to the offsets. */
const SPECIAL = ['\u0000', '\r', '\n', '\r\n', '\t', ' ', '\u00a0', '\u202f', '\u2029', '\uFFFC', '\uFEFF', '\ud83d', '\ude00', '😀', '👍🏽', 'é', 'e\u0301',
  '#', '*', '_', '`', '```', '~~~', '>', '-', '+', '1.', '|', '[', ']', '(', ')', '!', '<', '>', '<!--', '-->', '&amp;', '\\', '@', ':', '/', '.', '…', '—', '«', '»', '"', "'", '’',
  '---', 'http://', 'https://x.org/a', 'www.', ':/b.c', 'a@b.org', '[^1]', '[x]: http://x', '$', '{{', '}}', 'guidelint-disable-next-line', 'lang: fr', 'password is', 'code', 'ID', 'CHF 1 000 000', 'NASA', 'LHC', 'TODO', '[insert name]'];

const fragment = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPECIAL) },
  { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 8 }).map((codes) => String.fromCharCode(...codes)) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 12 }).map((bytes) => Buffer.from(bytes).toString('utf8')) },
  { weight: 2, arbitrary: fc.constantFrom('The board is incompetent.', 'Mail jane@example.org now!', 'We use ML and NLP daily.', 'Click here', 'Le CERN est super.', 'Our password: Kaon-2025') },
);

/** Short random documents: fragments of every kind, joined. */
const randomDocument = fc.array(fragment, { maxLength: 60 }).map((parts) => parts.join(''));

/** A unit repeated up to `maxCount` times: long lines, many lines, deep nesting, huge tables, thousands of links. */
const repeatedUpTo = (maxCount: number) => fc.record({
  unit: fc.constantFrom('a', 'a.', '- ', '> ', '1. ', '* ', '  - ', '[a](http://x.org) ', '![a](x.png) ', '| a | b |\n', '|---|---|\n', 'word ', 'A ', '😀', '…', '— ', '1 ', '*', '_', '`', '[', '\n', '\r\n', 'a\n', '```\n', '[^1] ', '#a ', '@a ', '<a>'),
  count: fc.oneof({ weight: 6, arbitrary: fc.integer({ min: 1, max: Math.min(2000, maxCount) }) }, { weight: 1, arbitrary: fc.integer({ min: Math.min(2000, maxCount), max: maxCount }) }),
  before: fc.constantFrom('', 'Text ', '```\n', '| h | h |\n|---|---|\n', '# Title\n\n'),
  after: fc.constantFrom('', 'x', ' end.', '\n', '\n```'),
}).map(({ unit, count, before, after }) => before + unit.repeat(count) + after);

/** A sample post with random edits: slices removed, duplicated or replaced by fragments. */
const mutatedPost = (samples: readonly string[]) => fc.record({
  post: fc.constantFrom(...samples),
  edits: fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), length: fc.integer({ min: 0, max: 200 }), insert: fragment, duplicate: fc.boolean() }), { maxLength: 8 }),
}).map(({ post, edits }) => {
  let text = post;
  for (const edit of edits) {
    const at = Math.floor(edit.at * text.length);
    const removed = text.slice(at, at + edit.length);
    text = text.slice(0, at) + (edit.duplicate ? removed + removed : edit.insert) + text.slice(at + edit.length);
  }
  return text;
});

/** Every document the fuzzer generates; `maxCount` caps the repeated units (20,000 by default). */
export const documents = (samples: readonly string[], maxCount = 20000) => fc.oneof({ weight: 3, arbitrary: randomDocument }, { weight: 2, arbitrary: repeatedUpTo(maxCount) }, { weight: 3, arbitrary: mutatedPost(samples) });

export { rangeProblem };

/** Why `finding` is invalid on `text`, or undefined. */
export function findingProblem(text: string, finding: Finding, masked: (offset: number) => boolean): string | undefined {
  const range = rangeProblem(text, finding.start, finding.end);
  if (range) return `${finding.ruleId}: ${range}`;
  if (finding.end > finding.start && masked(finding.start)) return `${finding.ruleId}: starts at ${finding.start}, in a hidden region (${JSON.stringify(text.slice(finding.start, finding.end).slice(0, 40))})`;
  for (const fix of finding.fixes) for (const edit of fix.edits) {
    const problem = rangeProblem(text, edit.start, edit.end);
    if (problem) return `${finding.ruleId}: fix "${fix.title}": ${problem}`;
  }
  return undefined;
}

/** Whether the character at each offset is hidden from the rules (masked in the engine's prose). */
function maskOf(text: string, format: Format): (offset: number) => boolean {
  const prose = format === 'markdown' ? markdownToProse(text) : plainTextToProse(text);
  return (offset) => {
    // Image rules report on the image itself (`![](photo.jpg)`): its syntax is masked, not hidden from them.
    if (prose.images.some((image) => offset >= image.start && offset < image.end)) return false;
    const block = prose.blocks.find((b) => offset >= b.start && offset < b.start + b.text.length);
    return block !== undefined && block.text[offset - block.start] === MASK;
  };
}

/** Median milliseconds per character of linting the sample posts, as both formats. */
export function calibrate(samples: readonly string[]): number {
  const costs: number[] = [];
  for (const text of samples) for (const format of ['markdown', 'text'] as const) {
    lint(text, { pack, format });
    const started = performance.now();
    lint(text, { pack, format });
    costs.push((performance.now() - started) / Math.max(text.length, 1));
  }
  costs.sort((a, b) => a - b);
  return costs[costs.length >> 1];
}

/** Lints `text` in both formats and returns what went wrong. */
export function check(text: string, perCharacter: number): Failure[] {
  const failures: Failure[] = [];
  for (const format of ['markdown', 'text'] as const) {
    let findings: Finding[];
    const started = performance.now();
    try {
      findings = lint(text, { pack, format });
    } catch (error) {
      if (error instanceof LanguageError) continue;
      failures.push({ kind: 'crash', format, detail: error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 200) : String(error) });
      continue;
    }
    const elapsed = performance.now() - started;
    const allowed = Math.max(FLOOR_MS, OVERRUN * perCharacter * text.length);
    if (elapsed > allowed) failures.push({ kind: 'overrun', format, detail: `${Math.round(elapsed)} ms for ${text.length} characters (allowed ${Math.round(allowed)} ms)` });
    let masked: ((offset: number) => boolean) | undefined;
    for (const finding of findings) {
      masked ??= safeMask(text, format);
      const problem = findingProblem(text, finding, masked);
      if (problem) {
        failures.push({ kind: 'invalid finding', format, detail: problem });
        break;
      }
    }
  }
  return failures;
}

function safeMask(text: string, format: Format): (offset: number) => boolean {
  try {
    return maskOf(text, format);
  } catch {
    return () => false;
  }
}

export interface FuzzReport {
  cases: number;
  seed: number;
  counts: Record<FailureKind, number>;
  /** For each kind found, a minimal input (shrunk by fast-check) and what went wrong on it. */
  minimal: { kind: FailureKind; input: string; failure: Failure }[];
  ms: number;
}

/** Runs `cases` generated documents from `seed`; shrinks one failure of each kind. */
export function fuzz(cases: number, seed: number, log: (line: string) => void = () => {}, maxCount?: number): FuzzReport {
  const started = performance.now();
  const samples = sampleTexts();
  const perCharacter = calibrate(samples);
  const arbitrary = documents(samples, maxCount);
  const counts: Record<FailureKind, number> = { 'crash': 0, 'overrun': 0, 'invalid finding': 0 };
  let done = 0;
  fc.assert(fc.property(arbitrary, (text) => {
    for (const failure of check(text, perCharacter)) {
      // A slow moment of a shared machine is told from a slow input by linting it again.
      if (failure.kind === 'overrun' && !check(text, perCharacter).some((f) => f.kind === 'overrun' && f.format === failure.format)) continue;
      counts[failure.kind]++;
    }
    if (++done % 500 === 0) log(`${done} cases, ${counts.crash} crashes, ${counts.overrun} overruns, ${counts['invalid finding']} invalid findings`);
    return true;
  }), { numRuns: cases, seed });
  const minimal: FuzzReport['minimal'] = [];
  for (const kind of Object.keys(counts) as FailureKind[]) {
    if (counts[kind] === 0) continue;
    // The same seed gives the same cases: fast-check stops at the first of this kind and shrinks it.
    const result = fc.check(fc.property(arbitrary, (text) => !check(text, perCharacter).some((f) => f.kind === kind)), { numRuns: cases, seed, endOnFailure: kind === 'overrun' });
    const input = result.counterexample?.[0];
    if (input !== undefined) minimal.push({ kind, input, failure: check(input, perCharacter).find((f) => f.kind === kind) ?? { kind, format: 'text', detail: '(not reproduced)' } });
  }
  return { cases, seed, counts, minimal, ms: performance.now() - started };
}
