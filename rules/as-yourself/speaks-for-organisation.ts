import type { BlockContext } from '../../server/src/engine/rule';
import { hasLinkIn, isNegation, wordsBefore } from '../kinds/context';
import { loadRuleData } from '../kinds/data';
import { organisationPhraseRule } from '../kinds/organisation';
import type { PhraseMatch } from '../kinds/phrase-list';
import en from './speaks-for-organisation.en.yml';
import fr from './speaks-for-organisation.fr.yml';

/** Quiet when negated ("I'm not speaking for …": a disclaimer) or, for `linkExempt` entries, when the sentence links to the source. */
function speaksForOrganisationWhen(match: PhraseMatch, { analysis, block }: BlockContext): boolean {
  if (wordsBefore(analysis, match.first, 4).some(isNegation)) return false;
  if (match.entry.linkExempt === true && hasLinkIn(block, match.sentence.start, match.sentence.end)) return false;
  return true;
}

/** `as-yourself`: a post that speaks as the organisation ("on behalf of …", "… official position is"). */
export const speaksForOrganisation = organisationPhraseRule(
  {
    id: 'speaks-for-organisation',
    guideline: 'as-yourself',
    description: 'Post in your own name; do not present your words as the organisation\'s position.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  { en: loadRuleData(en, 'rules/as-yourself/speaks-for-organisation.en.yml'), fr: loadRuleData(fr, 'rules/as-yourself/speaks-for-organisation.fr.yml') },
  { when: speaksForOrganisationWhen },
);
