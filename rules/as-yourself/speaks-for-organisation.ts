import type { BlockContext } from '../api';
import { hasLinkIn, isNegation, wordsBefore } from '../kinds/context';
import { organisationPhraseRule } from '../kinds/organisation';
import type { PhraseMatch } from '../kinds/phrase-list';
import type { Detector } from '../pack/spec';

/** Quiet when negated ("I'm not speaking for …": a disclaimer) or, for `linkExempt` entries, when the sentence links to the source. */
function speaksForOrganisationWhen(match: PhraseMatch, { analysis, block }: BlockContext): boolean {
  if (wordsBefore(analysis, match.first, 4).some(isNegation)) return false;
  if (match.entry.linkExempt === true && hasLinkIn(block, match.sentence.start, match.sentence.end)) return false;
  return true;
}

/** `as-yourself`: a post that speaks as the organisation ("on behalf of …", "… official position is"). */
export const speaksForOrganisation: Detector = {
  name: 'speaks-for-organisation',
  create(spec) {
    return organisationPhraseRule(spec.meta, spec.data, { when: speaksForOrganisationWhen });
  },
};
