import type { BlockContext } from '../api';
import { dataSet, type RuleData } from '../kinds/data';
import type { PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import { type Detector, perLanguage } from '../pack/spec';

/** One language's word lists. */
interface Lexicon {
  relationalWords: Set<string>;
  /** Words right before an aside phrase that it completes instead ("we talked it over between us"). */
  relationalBefore: Set<string>;
  adviceWords: Set<string>;
  openers: Set<string>;
}

function lexiconOf(file: RuleData): Lexicon {
  return {
    relationalWords: dataSet(file, 'relationalWords'),
    relationalBefore: dataSet(file, 'relationalBefore'),
    adviceWords: dataSet(file, 'adviceWords'),
    openers: dataSet(file, 'openers'),
  };
}

/** The word after a match in the same sentence, normalised, or undefined. */
function nextWord(match: PhraseMatch, { analysis }: BlockContext): string | undefined {
  const next = analysis.words[match.last + 1];
  return next && next.sentence === analysis.words[match.last].sentence ? next.normal : undefined;
}

/**
 * An aside stands at the start of its sentence or is set off by punctuation
 * ("Between us, …", "…, between you and me, …"); "the gap between us is" is not one.
 */
function isSetOff(match: PhraseMatch, { analysis, block }: BlockContext, { openers }: Lexicon): boolean {
  const { words } = analysis;
  const sentence = words[match.first].sentence;
  let first = match.first;
  while (first > 0 && words[first - 1].sentence === sentence && openers.has(words[first - 1].normal)) first--;
  if (first === 0 || words[first - 1].sentence !== sentence) return true;
  const before = block.text.slice(words[match.first - 1].end - block.start, words[match.first].start - block.start);
  const after = words[match.last + 1]?.sentence === sentence
    ? block.text.slice(words[match.last].end - block.start, words[match.last + 1].start - block.start)
    : '.';
  // A sentence-final "between us" after a plain space is a relation ("a real bond between us."),
  // not an aside: an aside at the end is set off by a comma or a dash before it.
  return /[,;:(\u2013\u2014-]/.test(before) || /[,;:)\u2013\u2014-]/.test(after);
}

/** `responsible`: "between us", "off the record", "don't tell anyone" as asides in a public post. */
export const offTheRecord: Detector = {
  name: 'off-the-record',
  create(spec, resources) {
    const lexicons = perLanguage(spec, lexiconOf);
    return phraseRule(spec.meta, spec.data, {
      resources,
      when: function offTheRecordIsAside(match, context) {
        const lexicon = lexicons.get(context.language);
        if (!lexicon) return false;
        const next = nextWord(match, context);
        if (match.entry.aside && next !== undefined && lexicon.relationalWords.has(next)) return false;
        const previous = context.analysis.words[match.first - 1];
        if (match.entry.aside && previous?.sentence === context.analysis.words[match.first].sentence && lexicon.relationalBefore.has(previous.normal)) return false;
        if (match.entry.aside && !isSetOff(match, context, lexicon)) return false;
        if (match.entry.advice && next !== undefined && lexicon.adviceWords.has(next)) return false;
        return true;
      },
    });
  },
};
