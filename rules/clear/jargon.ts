import type { BlockContext } from '../../server/src/engine/rule';
import { loadRuleData, RuleDataError, type RuleData } from '../kinds/data';
import { phraseWords, type PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import en from './jargon.en.yml';

function loadJargonData(raw: unknown, file: string): RuleData & { explainers: string[][]; numbers: Set<string> } {
  const data = loadRuleData(raw, file);
  for (const list of ['explainers', 'numbers'] as const) {
    const value = data[list];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new RuleDataError(`${file}: \`${list}\` must be a list of strings`);
  }
  for (const entry of data.entries) {
    if (entry.number !== undefined && entry.number !== true && entry.number !== 'required') {
      throw new RuleDataError(`${file}: ${entry.id}: \`number\` must be true or required`);
    }
  }
  return { ...data, explainers: (data.explainers as string[]).map(phraseWords), numbers: new Set(data.numbers as string[]) };
}

const file = loadJargonData(en, 'rules/clear/jargon.en.yml');

/** A figure (`9`, `3.4`, `13,6`) or a spelled number of the data. */
function isNumber(word: string): boolean {
  return /^\d[\d.,]*$/.test(word) || file.numbers.has(word);
}

/** The index of the word before the match, when it is a number that belongs to the unit (`650 GeV`, `five sigma`). */
function numberBefore(match: PhraseMatch, context: BlockContext): number | undefined {
  const previous = context.analysis.words[match.first - 1];
  if (!previous || previous.sentence !== context.analysis.words[match.first].sentence) return undefined;
  const gap = context.block.text.slice(previous.end - context.block.start, match.start - context.block.start);
  return /^[ \u00a0\u202f]{1,2}$/.test(gap) && isNumber(previous.normal) ? match.first - 1 : undefined;
}

/** True when `words` (normal forms) contain the explainer phrase `phrase` somewhere. */
function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

/**
 * The term is explained where it stands: a parenthesis right after it, an apposition
 * (`luminosity, a measure of …`), or an explaining phrase later in its sentence or in the next one.
 */
function isExplained(match: PhraseMatch, context: BlockContext): boolean {
  const { block, analysis } = context;
  const after = block.text.slice(match.end - block.start, match.end - block.start + 20);
  const before = block.text.charAt(match.start - block.start - 1);
  // A term in quotes is mentioned, not used: `"Luminosity" is the physicists' word for …`.
  if (/["'‘“«]/.test(before) && /^["'’”»]/.test(after)) return true;
  if (/^["'’”»]?\s?\(/.test(after) || /^\s?[,:—–-]+\s?(?:a|an|which|or|i\.e\.|that is|meaning)\b/i.test(after)) return true;
  const index = analysis.sentences.indexOf(match.sentence);
  const rest = analysis.words.filter((w) => (w.sentence === index && w.start >= match.end) || w.sentence === index + 1).map((w) => w.normal);
  return file.explainers.some((phrase) => containsPhrase(rest, phrase));
}

/** `clear`: scientific jargon a wide audience does not know, unless it is explained or the audience is expert. */
export const jargon = phraseRule(
  {
    id: 'jargon',
    guideline: 'clear',
    description: 'Avoid scientific jargon, or explain it, when you write for a wide audience.',
    severity: 'info',
    languages: ['en'],
    fix: 'suggestion',
  },
  { en: file },
  {
    when(match, context) {
      if (context.settings.audience === 'expert' || context.block.quoted) return false;
      const number = match.entry.number;
      const spelled = context.block.text.slice(match.start - context.block.start, match.end - context.block.start);
      if (number === 'required' && !/\d|-/.test(spelled) && numberBefore(match, context) === undefined) return false;
      return !isExplained(match, context);
    },
    range(match, context) {
      const number = match.entry.number ? numberBefore(match, context) : undefined;
      return { start: number === undefined ? match.start : context.analysis.words[number].start, end: match.end };
    },
  },
);
