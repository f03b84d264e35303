import type { BlockContext, Language, Report, Sentence } from '../api';
import { dataStrings, formatMessage, type RuleData } from '../kinds/data';
import type { PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import { PhraseSet } from '../kinds/phrase-set';
import { type Detector, perLanguage } from '../pack/spec';
import { escapeRegExp } from '../kinds/regex';

/** A marker among a result sentence's first words names the document the result comes from. */
const OPENING_WORDS = 4;

/** One language's context lists. */
interface Lexicon {
  explains: PhraseSet;
  ended: PhraseSet;
  technical: PhraseSet;
  /** Per entry: words right after the marking that make it a term (`confidential computing`). */
  notBefore: Map<string, PhraseSet>;
  /** Per entry: words right before it (`informatique confidentielle`, `ne sont plus sous embargo`). */
  notAfter: Map<string, PhraseSet>;
  /** Per entry with a `requires` list: words one of which its sentence must hold (`pas encore publiés` counts for results, not for a timetable). */
  requires: Map<string, PhraseSet>;
  /** A measured figure: a number with a unit, a percentage, a significance or a decimal part (`4.1 MeV`, `2,7 %`, `3.1 sigma`). */
  figure: RegExp;
  /** Words that give a result its public source (`published`, `arXiv`): a figure with one of them is no leak. */
  sourced: PhraseSet;
}

/** The field `key` of entry `index` as a list of strings (empty when absent); errors name the entry. */
function entryStrings(file: RuleData, index: number, key: string): string[] {
  return dataStrings({ ...file, path: [...file.path, 'entries', index], [key]: file.entries[index][key] }, key);
}

function lexiconOf(file: RuleData, language: Language): Lexicon {
  // In French, a word of these lists also matches it with an elision (`embargo` in `l'embargo`).
  const set = (phrases: string[], id: string): PhraseSet => new PhraseSet(phrases, id, language);
  const perEntry = (key: string): Map<string, PhraseSet> => new Map(file.entries.map((e, i) => [e.id, set(entryStrings(file, i, key), key)]));
  return {
    explains: set(dataStrings(file, 'explains'), 'explains'),
    ended: set(dataStrings(file, 'ended'), 'ended'),
    technical: set(dataStrings(file, 'technical'), 'technical'),
    notBefore: perEntry('notBefore'),
    notAfter: perEntry('notAfter'),
    requires: new Map(file.entries.flatMap((e, i) => (e.requires === undefined ? [] : [[e.id, set(entryStrings(file, i, 'requires'), 'requires')]]))),
    figure: figurePattern(dataStrings(file, 'figureUnits')),
    sourced: set(dataStrings(file, 'sourced'), 'sourced'),
  };
}

const escapeUnit = (unit: string): string => escapeRegExp(unit).replace(/ /g, '\\s+');

/**
 * A number (`4.1`, `2,7`, `1 234`) followed by one of `units` (`MeV`, `%`, `sigma`), or a
 * number with a decimal part or a `±`: what a measurement looks like, as opposed to a date or a
 * building number. One bounded class run per part: linear.
 */
function figurePattern(units: string[]): RegExp {
  const alternation = units.map(escapeUnit).sort((a, b) => b.length - a.length).join('|');
  const number = '\\d{1,9}(?:[.,]\\d{1,6})?';
  return new RegExp(`(?<![\\p{L}\\p{N}.,])(?:${number}\\s?(?:${alternation})(?![\\p{L}\\p{N}])|\\d{1,9}[.,]\\d{1,6}(?![.,]?\\d)|±\\s?\\d)`, 'u');
}

/** Markings of one kind this many words apart or closer ("Internal only, please do not forward") are one finding. */
const REPEAT_GAP = 3;
/** How many words after an embargo marker may say that it is over. */
const ENDED_WINDOW = 4;

/** The sentence's end without its final punctuation, so the finding ends on a word. */
function trimmedEnd(match: PhraseMatch): number {
  const words = match.sentence.words;
  return words.length ? words[words.length - 1].end : match.sentence.end;
}

/**
 * `confidentiality`: markings that say a text or a result is not for the public (confidential,
 * internal only, embargoed, unpublished, not yet approved). For a result that is "not approved
 * yet", the finding covers the sentence, because the sentence is what leaks the result.
 */
export const confidentialMarker: Detector = {
  name: 'confidential-marker',
  create(spec, resources) {
    const lexicons = perLanguage(spec, lexiconOf);
    // The marking kept last, per created rule: two rules built from two packs must not share it.
    let previous: { context: BlockContext; match: PhraseMatch } | undefined;

    /** Whether `match` repeats the marking kept just before it in the same sentence (phrase matches arrive in text order); else remembers it. */
    function repeatsPrevious(match: PhraseMatch, context: BlockContext): boolean {
      const last = previous;
      const repeats = last !== undefined && last.context === context && last.match.sentence === match.sentence &&
        last.match.entry.message === match.entry.message && match.first - last.match.last <= REPEAT_GAP;
      if (!repeats) previous = { context, match };
      return repeats;
    }

    /** The sentences already reported, per block: a result and its marker in the next sentence give one finding. */
    let reported: { context: BlockContext; starts: Set<number> } | undefined;
    const reportedIn = (context: BlockContext): Set<number> => {
      if (reported?.context !== context) reported = { context, starts: new Set() };
      return reported.starts;
    };

    /** Whether the sentence holds a measured figure and no public source for it. */
    function holdsFigure(sentence: Sentence, context: BlockContext, lexicon: Lexicon): boolean {
      const text = context.block.text.slice(sentence.start - context.block.start, sentence.end - context.block.start);
      return lexicon.figure.test(text) && !lexicon.sourced.occursIn(context.analysis, sentence.start, sentence.end);
    }

    /**
     * The sentence that states the result a `result` entry's marker is about: its own sentence
     * when it holds a figure ("our preliminary efficiency, not yet approved, came out at 98.7%"),
     * else the sentence just before it in the block ("The width comes out at 4.1 MeV. It hasn't
     * been through collaboration review yet."); undefined when neither does.
     */
    function resultSentence(match: PhraseMatch, context: BlockContext, lexicon: Lexicon): Sentence | undefined {
      const { sentences } = context.analysis;
      const at = sentences.indexOf(match.sentence);
      if (holdsFigure(match.sentence, context, lexicon)) return match.sentence;
      const previous = at > 0 ? sentences[at - 1] : undefined;
      return previous && holdsFigure(previous, context, lexicon) ? previous : undefined;
    }

    /**
     * Keeps a marker unless the sentence explains the rule ("anything marked confidential stays off
     * my accounts"), the embargo is over ("the embargo ended on Monday"), the word is part of a
     * technical term ("confidential computing", "informatique confidentielle"), the sentence is
     * about software, where "internal-only" describes an API rather than a document, or it lacks
     * what the entry `requires` (a result, for "pas encore publiés").
     */
    function isMarking(match: PhraseMatch, context: BlockContext): boolean {
      const lexicon = lexicons.get(context.language);
      if (!lexicon) return false;
      const { explains, ended, technical, notBefore, notAfter, requires } = lexicon;
      const { analysis } = context;
      const { start, end } = match.sentence;
      if (explains.occursIn(analysis, start, end)) return false;
      if ((match.entry.id === 'confidential' || match.entry.id === 'internal-only') && technical.occursIn(analysis, start, end)) return false;
      if (match.entry.id === 'embargo' && ended.justAfter(analysis, match.end, ENDED_WINDOW)) return false;
      if (notBefore.get(match.entry.id)?.justAfter(analysis, match.end, 1)) return false;
      if (notAfter.get(match.entry.id)?.justBefore(analysis, match.start, 1)) return false;
      const required = requires.get(match.entry.id);
      if (required && !required.occursIn(analysis, start, end)) return false;
      if (match.entry.figure === true && !holdsFigure(match.sentence, context, lexicon)) return false;
      if (match.entry.range === 'result') {
        const sentence = resultSentence(match, context, lexicon);
        if (!sentence || reportedIn(context).has(sentence.start)) return false;
        reportedIn(context).add(sentence.start);
      } else if (match.entry.range === 'sentence') {
        if (reportedIn(context).has(start)) return false;
        reportedIn(context).add(start);
      }
      return !repeatsPrevious(match, context);
    }

    /** The sentence without its final punctuation. */
    const wholeSentence = (sentence: Sentence): { start: number; end: number } => ({ start: sentence.start, end: sentence.words.at(-1)?.end ?? sentence.end });

    const options = {
      when: isMarking,
      range: (match: PhraseMatch, context: BlockContext) => {
        if (match.entry.range === 'sentence') return { start: match.sentence.start, end: trimmedEnd(match) };
        if (match.entry.range === 'result') {
          const lexicon = lexicons.get(context.language);
          const sentence = lexicon && resultSentence(match, context, lexicon);
          if (sentence) return wholeSentence(sentence);
        }
        return match;
      },
    };
    // Phrase entries and pattern entries run as two rules, so that a phrase that fails its checks
    // (`pas encore validée` without a result word) does not hide a pattern match on the same words.
    const only = (withPatterns: boolean): typeof spec.data =>
      Object.fromEntries(Object.entries(spec.data).map(([language, file]) => [language, file && { ...file, entries: file.entries.filter((e) => (e.patterns !== undefined) === withPatterns) }]));
    const phrases = phraseRule(spec.meta, only(false), options);
    const patterns = phraseRule(spec.meta, only(true), { ...options, resources });
    return {
      meta: spec.meta,
      checkBlock(context: BlockContext): Report[] {
        // Phrases first: both claim the sentences they report (`reportedIn`), and a phrase's claim wins.
        let fromPhrases: Report[];
        let fromPatterns: Report[];
        try {
          fromPhrases = phrases.checkBlock?.(context) ?? [];
          fromPatterns = patterns.checkBlock?.(context) ?? [];
        } finally {
          // What was kept of this block serves this block only: kept on, a rule shared by every
          // document would hold a closed document's block (its whole tree) alive.
          previous = undefined;
          reported = undefined;
        }
        // A marker that opens the sentence stating an unapproved result names the document the
        // result comes from (`Notre note interne montre un excès à 3σ …`, reported whole): it
        // gives way, one finding on the leak itself. Further in (`… et les résultats sont
        // strictement confidentiels`) it keeps its short span, since the sentence-wide finding
        // would also cover the sentence's other findings (a contract sum).
        const marker = spec.data[context.language]?.messages.marker;
        const isMarker = (f: Report): boolean => marker !== undefined && f.message === formatMessage(marker, { actual: context.block.text.slice(f.start - context.block.start, f.end - context.block.start) });
        const opens = (f: Report, r: Report): boolean => r.start <= f.start && f.end <= r.end && r.end - r.start > f.end - f.start
          && context.analysis.words.filter((w) => w.start >= r.start && w.start < f.start).length < OPENING_WORDS;
        const found = fromPhrases.filter((f) => !(isMarker(f) && fromPatterns.some((r) => opens(f, r))));
        const more = fromPatterns.filter((r) => !found.some((f) => f.start < r.end && r.start < f.end));
        return [...found, ...more].sort((a, b) => a.start - b.start);
      },
    };
  },
};
