/** The data kinds a pack rule can be, each compiled by its module in rules/kinds/. */
import type { Rule } from '../api';
import { occurrenceKind } from '../kinds/occurrence';
import { ORGANISATION, organisationPhraseRule } from '../kinds/organisation';
import { patternKind } from '../kinds/pattern-rule';
import { phraseRule } from '../kinds/phrase-rule';
import { requiredKind } from '../kinds/required';
import { Reader } from './read';
import type { Kind, PackResources, RuleSpec } from './spec';

/**
 * `phrase`: every phrase of the entries is reported; `expected` replacements become fixes unless
 * `fix: none`. An entry may give `patterns` instead of `phrases` (rules/kinds/pattern-entries.ts).
 */
function phraseKind(spec: RuleSpec, resources?: PackResources): Rule {
  const namesOrganisation = Object.values(spec.data).some((d) => d.entries.some((e) => e.phrases.some((p) => p.includes(ORGANISATION))));
  return namesOrganisation ? organisationPhraseRule(spec.meta, spec.data) : phraseRule(spec.meta, spec.data, { resources });
}

/** `substitution`: like `phrase`, but every entry must offer at least one replacement. */
function substitutionKind(spec: RuleSpec, resources?: PackResources): Rule {
  for (const data of Object.values(spec.data)) {
    for (const [i, entry] of data.entries.entries()) {
      if (entry.expected.length === 0) new Reader(data.file).fail([...data.path, 'entries', i, 'expected'], 'a substitution entry needs at least one replacement');
    }
  }
  return phraseKind(spec, resources);
}

export const kinds: Record<Exclude<Kind, 'detector'>, (spec: RuleSpec, resources: PackResources) => Rule> = {
  phrase: phraseKind,
  substitution: substitutionKind,
  occurrence: occurrenceKind,
  required: requiredKind,
  pattern: patternKind,
};
