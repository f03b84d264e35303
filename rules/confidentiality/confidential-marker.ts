import type { BlockContext, Language } from '../api';
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
  /** Per entry: words right after the marking that make it a term (`confidential computing`). */
  notBefore: Map<string, PhraseSet>;
  /** Per entry: words right before it (`informatique confidentielle`, `ne sont plus sous embargo`). */
  notAfter: Map<string, PhraseSet>;
  /** Per entry with a `requires` list: words one of which its sentence must hold (`pas encore publiés` counts for results, not for a timetable). */
  requires: Map<string, PhraseSet>;
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
      return !repeatsPrevious(match, context);
    }

    return phraseRule(spec.meta, spec.data, {
      when: isMarking,
      range: (match) => (match.entry.range === 'sentence' ? { start: match.sentence.start, end: trimmedEnd(match) } : match),
    });
  },
};
