import type { BlockContext } from '../api';
import { dataStrings, type RuleData } from '../kinds/data';
import type { PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import { PhraseSet } from '../kinds/phrase-set';
import { type Detector, perLanguage } from '../pack/spec';

/** One language's context lists. */
interface Lexicon {
  explains: PhraseSet;
  ended: PhraseSet;
  technical: PhraseSet;
  notBefore: Map<string, PhraseSet>;
}

/** The field `key` of entry `index` as a list of strings (empty when absent); errors name the entry. */
function entryStrings(file: RuleData, index: number, key: string): string[] {
  return dataStrings({ ...file, path: [...file.path, 'entries', index], [key]: file.entries[index][key] }, key);
}

function lexiconOf(file: RuleData): Lexicon {
  return {
    explains: new PhraseSet(dataStrings(file, 'explains'), 'explains'),
    ended: new PhraseSet(dataStrings(file, 'ended'), 'ended'),
    technical: new PhraseSet(dataStrings(file, 'technical'), 'technical'),
    notBefore: new Map(file.entries.map((e, i) => [e.id, new PhraseSet(entryStrings(file, i, 'notBefore'), 'notBefore')])),
  };
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
  create(spec) {
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

    /**
     * Keeps a marker unless the sentence explains the rule ("anything marked confidential stays off
     * my accounts"), the embargo is over ("the embargo ended on Monday"), the word is part of a
     * technical term ("confidential computing"), or the sentence is about software, where
     * "internal-only" describes an API rather than a document.
     */
    function isMarking(match: PhraseMatch, context: BlockContext): boolean {
      const lexicon = lexicons.get(context.language);
      if (!lexicon) return false;
      const { explains, ended, technical, notBefore } = lexicon;
      const { analysis } = context;
      const { start, end } = match.sentence;
      if (explains.occursIn(analysis, start, end)) return false;
      if ((match.entry.id === 'confidential' || match.entry.id === 'internal-only') && technical.occursIn(analysis, start, end)) return false;
      if (match.entry.id === 'embargo' && ended.justAfter(analysis, match.end, ENDED_WINDOW)) return false;
      if (notBefore.get(match.entry.id)?.justAfter(analysis, match.end, 1)) return false;
      return !repeatsPrevious(match, context);
    }

    return phraseRule(spec.meta, spec.data, {
      when: isMarking,
      range: (match) => (match.entry.range === 'sentence' ? { start: match.sentence.start, end: trimmedEnd(match) } : match),
    });
  },
};
