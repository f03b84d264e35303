import type { BlockContext, Language, Report } from '../api';
import { normalizeWord } from '../api';
import { dataSet, formatMessage, type Entry, type RuleData } from '../kinds/data';
import { isQuotedMention } from '../kinds/mention';
import { mergeMatches, PatternEntries } from '../kinds/pattern-entries';
import { PhraseIndex, SearchIndex } from '../kinds/phrase-list';
import { matchCase } from '../kinds/phrase-rule';
import { type Detector, type PackResources, perLanguage } from '../pack/spec';
// retext-equality's pattern data (its package exports only the plugin, hence the path).
import { patterns, type Pattern } from '../../node_modules/retext-equality/lib/patterns-en.js';
import { replaceFix } from '../kinds/fix-titles';

/** A kept retext-equality word: the entry that keeps it and the pattern that reports it. */
interface Kept {
  entry: Entry;
  pattern: Pattern;
  /** The word as the entry spells it (normalised): other spellings that the plugin matches ("cra-zy") are not kept. */
  word: string;
}

/**
 * The retext-equality words that this rule keeps, searched as the plugin searches them. Each
 * entry with a `pattern` keeps those of its `phrases` that the pattern reports (the plugin maps
 * each word to one pattern, the last that lists it); the plugin's other patterns are left out.
 */
function keptEquality(entries: readonly Entry[]): SearchIndex<Kept> {
  const byWord = new Map<string, Pattern>();
  for (const pattern of patterns) for (const word of Object.keys(pattern.inconsiderate)) byWord.set(word, pattern);
  const phrases = [];
  for (const entry of entries) {
    for (const id of entry.pattern === undefined ? [] : ([] as string[]).concat(entry.pattern as string | string[])) {
      for (const word of entry.phrases.map(normalizeWord)) {
        const pattern = byWord.get(word);
        if (pattern?.id !== id) continue;
        phrases.push({ phrase: word, value: { entry, pattern, word }, keepApostrophes: pattern.apostrophe === true });
      }
    }
  }
  return new SearchIndex(phrases);
}

/** One language's data: its own phrases (entries without a retext-equality `pattern`) and the words that make a gendered word an address. */
interface Lexicon {
  file: RuleData;
  ownPhrases: PhraseIndex;
  /** Entries written as patterns (a slur after the words that aim it: « espèce de … »), if any. */
  patterns?: PatternEntries;
  addressWords: Set<string>;
}

function lexiconOf(file: RuleData, language: Language, resources: PackResources): Lexicon {
  return {
    file,
    ownPhrases: new PhraseIndex(file.entries.filter((entry) => entry.pattern === undefined), language),
    patterns: PatternEntries.of(file, resources.classes[language] ?? {}, language, resources.eager),
    addressWords: dataSet(file, 'addressWords'),
  };
}

/**
 * A gendered word addresses the reader after "hey"/"you"…; or it opens a sentence, or follows
 * a colon, before a comma ("Guys, …", "jeudi : les filles, laissez…"); or it closes a sentence
 * after a comma ("Listen up, fellas.").
 */
function isAddress(start: number, end: number, { analysis, block }: BlockContext, { addressWords }: Lexicon): boolean {
  const at = analysis.words.findIndex((word) => word.start === start);
  if (at === -1) return false;
  const word = analysis.words[at];
  const previous = analysis.words[at - 1];
  const after = block.text.slice(end - block.start);
  if (!previous || previous.sentence !== word.sentence) return /^\s*[,!]/.test(after);
  if (addressWords.has(previous.normal)) return true;
  const between = block.text.slice(previous.end - block.start, start - block.start);
  if (/[:;]\s*$/.test(between)) return /^\s*[,!]/.test(after);
  return /,\s*$/.test(between) && /^[\s\u00a0\u202f]*([!?.…:]|$)/.test(after);
}

/** The previous word of the word starting at `start`, normalised. */
function previousWord(start: number, { analysis }: BlockContext): string | undefined {
  const at = analysis.words.findIndex((word) => word.start === start);
  return at > 0 ? analysis.words[at - 1].normal : undefined;
}

function replacements(entry: Entry, pattern: Pattern | undefined, context: BlockContext, start: number): string[] {
  if (entry.expectedAfterYou && previousWord(start, context) === 'you') return entry.expectedAfterYou as string[];
  if (entry.expected.length > 0) return entry.expected;
  // retext-equality's own suggestions for the pattern.
  return entry.pluginSuggestions && pattern ? Object.keys(pattern.considerate ?? {}).map((e) => e.toLowerCase()) : [];
}

/** `conduct`: the retext-equality words the code of conduct cares about (ableist terms, "hey guys"), and a few it lacks. */
export const nonInclusiveTerm: Detector = {
  name: 'non-inclusive-term',
  create(spec, resources) {
    const lexicons = perLanguage(spec, (file, language) => lexiconOf(file, language, resources));
    const equality = keptEquality(spec.data.en?.entries ?? []);
    return {
      meta: spec.meta,
      checkBlock: function nonInclusiveTermCheck(context: BlockContext): Report[] {
        const lexicon = lexicons.get(context.language);
        if (!lexicon) return [];
        const found: { start: number; end: number; entry: Entry; pattern?: Pattern; elided?: boolean }[] = [];
        // retext-equality is English only; French has its own phrases.
        for (const match of context.language === 'en' ? equality.match(context.analysis, context.block.start) : []) {
          const { entry, pattern, word } = match.value;
          const actual = context.block.text.slice(match.start - context.block.start, match.end - context.block.start);
          if (normalizeWord(actual) !== word) continue;
          if (entry.context === 'address' && !isAddress(match.start, match.end, context, lexicon)) continue;
          found.push({ start: match.start, end: match.end, entry, pattern });
        }
        // A gendered word that is not address gives way to a pattern that covers it ("the lads … that includes you").
        const addressed = (match: { start: number; end: number; entry: Entry }): boolean => match.entry.context !== 'address' || isAddress(match.start, match.end, context, lexicon);
        const own = lexicon.ownPhrases.match(context.analysis).filter(addressed);
        for (const match of lexicon.patterns ? mergeMatches(own, lexicon.patterns.match(context).filter(addressed)) : own) {
          // « le mot « gars » » talks about the word.
          if (isQuotedMention(context.block, match.start, match.end)) continue;
          found.push(match);
        }
        return found.map(({ start, end, entry, pattern, elided }) => {
          const actual = context.block.text.slice(start - context.block.start, end - context.block.start);
          const expected = replacements(entry, pattern, context, start).map((e) => matchCase(e, actual));
          return {
            start,
            end,
            message: formatMessage(lexicon.file.messages[entry.message], { actual, expected: expected[0] ?? '' }),
            expected,
            // A replacement of `l'handicapé` would drop the elision.
            fixes: elided ? [] : expected.map((text) => replaceFix(context.language, start, end, text)),
          };
        });
      },
    };
  },
};
