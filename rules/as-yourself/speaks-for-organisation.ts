import type { BlockContext, Language } from '../api';
import { dataSet } from '../kinds/data';
import { hasLinkIn, isNegation, wordsBefore } from '../kinds/context';
import { organisationPhraseRule } from '../kinds/organisation';
import type { PhraseMatch } from '../kinds/phrase-list';
import { type Detector, perLanguage } from '../pack/spec';

/** Quiet when negated ("I'm not speaking for …": a disclaimer) or, for `linkExempt` entries, when the sentence links to the source. */
function speaksForOrganisationWhen(negations: ReadonlyMap<Language, ReadonlySet<string>>, match: PhraseMatch, { analysis, block, language }: BlockContext): boolean {
  const words = negations.get(language) ?? new Set<string>();
  if (wordsBefore(analysis, match.first, 4).some((word) => isNegation(word, words))) return false;
  if (match.entry.linkExempt === true && hasLinkIn(block, match.sentence.start, match.sentence.end)) return false;
  return true;
}

/** `as-yourself`: a post that speaks as the organisation ("on behalf of …", "… official position is"). */
export const speaksForOrganisation: Detector = {
  name: 'speaks-for-organisation',
  create(spec) {
    const negations = perLanguage(spec, (data) => dataSet(data, 'negations'));
    return organisationPhraseRule(spec.meta, spec.data, { when: (match, context) => speaksForOrganisationWhen(negations, match, context) });
  },
};
