import type { BlockContext, Language, Word } from '../api';
import { dataSet, type RuleData } from '../kinds/data';
import { hasLinkIn, isNegation, wordsBefore } from '../kinds/context';
import { organisationPhraseRule } from '../kinds/organisation';
import type { PhraseMatch } from '../kinds/phrase-list';
import { type Detector, perLanguage } from '../pack/spec';

/** The language's negation words; those that end with an apostrophe are elided prefixes (French `n'` of `n'est`). */
interface Negations {
  words: Set<string>;
  prefixes: string[];
}

function negationsOf(data: RuleData): Negations {
  const words = dataSet(data, 'negations');
  return { words, prefixes: [...words].filter((w) => w.endsWith("'")) };
}

/** Quiet when negated ("I'm not speaking for …": a disclaimer) or, for `linkExempt` entries, when the sentence links to the source. */
function speaksForOrganisationWhen(negations: ReadonlyMap<Language, Negations>, match: PhraseMatch, { analysis, block, language }: BlockContext): boolean {
  const { words, prefixes } = negations.get(language) ?? { words: new Set<string>(), prefixes: [] };
  const negated = (word: Word): boolean => isNegation(word, words) || prefixes.some((p) => word.normal.startsWith(p));
  if (wordsBefore(analysis, match.first, 4).some(negated)) return false;
  if (match.entry.linkExempt === true && hasLinkIn(block, match.sentence.start, match.sentence.end)) return false;
  return true;
}

/** `as-yourself`: a post that speaks as the organisation ("on behalf of …", "… official position is"). */
export const speaksForOrganisation: Detector = {
  name: 'speaks-for-organisation',
  create(spec, resources) {
    const negations = perLanguage(spec, negationsOf);
    // With the pack's resources, entries may give `patterns` (with `@ORG_REF` …) instead of phrases.
    return organisationPhraseRule(spec.meta, spec.data, { resources, when: (match, context) => speaksForOrganisationWhen(negations, match, context) });
  },
};
