import type { Language } from '../api';
import { hasCitation } from '../kinds/citation';
import { dataSet } from '../kinds/data';
import type { PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import type { Detector } from '../pack/spec';

/** One language's word lists. */
interface Lexicon {
  negators: Set<string>;
  questionWords: Set<string>;
}

/** `correct`: "studies show", "scientists agree", "everyone knows" with no link or citation in the same sentence. */
export const unsourcedClaim: Detector = {
  name: 'unsourced-claim',
  create(spec, resources) {
    const lexicons = new Map<Language, Lexicon>(Object.entries(spec.data).map(([language, file]) => [
      language as Language,
      { negators: dataSet(file, 'negators'), questionWords: dataSet(file, 'questionWords') },
    ]));
    return phraseRule(spec.meta, spec.data, {
      resources,
      when: function unsourcedClaimHasNoSource(match: PhraseMatch, { block, analysis, language }) {
        const lexicon = lexicons.get(language);
        if (!lexicon) return false;
        if (match.first > 0 && lexicon.negators.has(analysis.words[match.first - 1].normal)) return false;
        if (lexicon.questionWords.has(analysis.words[match.last + 1]?.normal ?? '')) return false;
        return !hasCitation(block, match.sentence.start, match.sentence.end);
      },
    });
  },
};
