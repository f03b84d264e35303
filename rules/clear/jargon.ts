import type { BlockContext } from '../api';
import { dataSet, dataStrings, RuleDataError, type RuleData } from '../kinds/data';
import { phraseWords, type PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import { dataFor, type Detector } from '../pack/spec';

/** The rule's word lists, ready for lookups. */
interface Lexicon {
  /** Phrases that explain a term, as word lists. */
  explainers: string[][];
  /** Spelled numbers that may come before a unit. */
  numbers: Set<string>;
  /** Punctuation then one of the data's `appositions` right after a term (`luminosity, a measure of …`). */
  apposition: RegExp;
}

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function lexiconOf(file: RuleData): Lexicon {
  for (const [index, entry] of file.entries.entries()) {
    if (entry.number !== undefined && entry.number !== true && entry.number !== 'required') {
      throw new RuleDataError(file.file, [...file.path, 'entries', index, 'number'], 'must be true or required');
    }
  }
  // No appositions: a pattern that never matches.
  const appositions = dataStrings(file, 'appositions').map(escape).join('|') || '(?!)';
  return {
    explainers: dataStrings(file, 'explainers').map(phraseWords),
    numbers: dataSet(file, 'numbers'),
    apposition: new RegExp(`^\\s?[,:—–-]+\\s?(?:${appositions})\\b`, 'i'),
  };
}

/** A figure (`9`, `3.4`, `13,6`) or a spelled number of the data. */
function isNumber(word: string, { numbers }: Lexicon): boolean {
  return /^\d[\d.,]*$/.test(word) || numbers.has(word);
}

/** The index of the word before the match, when it is a number that belongs to the unit (`650 GeV`, `five sigma`). */
function numberBefore(match: PhraseMatch, context: BlockContext, lexicon: Lexicon): number | undefined {
  const previous = context.analysis.words[match.first - 1];
  if (!previous || previous.sentence !== context.analysis.words[match.first].sentence) return undefined;
  const gap = context.block.text.slice(previous.end - context.block.start, match.start - context.block.start);
  return /^[ \u00a0\u202f]{1,2}$/.test(gap) && isNumber(previous.normal, lexicon) ? match.first - 1 : undefined;
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
function isExplained(match: PhraseMatch, context: BlockContext, lexicon: Lexicon): boolean {
  const { block, analysis } = context;
  const after = block.text.slice(match.end - block.start, match.end - block.start + 20);
  const before = block.text.charAt(match.start - block.start - 1);
  // A term in quotes is mentioned, not used: `"Luminosity" is the physicists' word for …`.
  if (/["'‘“«]/.test(before) && /^["'’”»]/.test(after)) return true;
  if (/^["'’”»]?\s?\(/.test(after) || lexicon.apposition.test(after)) return true;
  const index = analysis.sentences.indexOf(match.sentence);
  const rest = analysis.words.filter((w) => (w.sentence === index && w.start >= match.end) || w.sentence === index + 1).map((w) => w.normal);
  return lexicon.explainers.some((phrase) => containsPhrase(rest, phrase));
}

/** `clear`: scientific jargon a wide audience does not know, unless it is explained or the audience is expert. */
export const jargon: Detector = {
  name: 'jargon',
  create(spec) {
    const lexicon = lexiconOf(dataFor(spec, 'en'));
    return phraseRule(spec.meta, spec.data, {
      when(match, context) {
        if (context.settings.audience === 'expert' || context.block.quoted) return false;
        const number = match.entry.number;
        const spelled = context.block.text.slice(match.start - context.block.start, match.end - context.block.start);
        if (number === 'required' && !/\d|-/.test(spelled) && numberBefore(match, context, lexicon) === undefined) return false;
        return !isExplained(match, context, lexicon);
      },
      range(match, context) {
        const number = match.entry.number ? numberBefore(match, context, lexicon) : undefined;
        return { start: number === undefined ? match.start : context.analysis.words[number].start, end: match.end };
      },
    });
  },
};
