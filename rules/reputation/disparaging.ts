import type { BlockContext } from '../../server/src/engine/rule';
import { loadRuleData } from '../kinds/data';
import type { PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import en from './disparaging.en.yml';

const data = { en: loadRuleData(en, 'rules/reputation/disparaging.en.yml') };
const targetWords = new Set(data.en.targetWords as string[]);
const launchWords = new Set(data.en.launchWords as string[]);

/** A word of the sentence names the organisation, its people or its partners (the pack's organisation names count). */
function namesTarget(match: PhraseMatch, { analysis, settings }: BlockContext): boolean {
  const organisation = new Set(settings.organisation.map((name) => name.toLowerCase()));
  const index = analysis.sentences.indexOf(match.sentence);
  return analysis.words.some((word) => {
    // "the institute's management": the possessive names the institute too.
    const normal = word.normal.replace(/'s$/, '');
    return word.sentence === index && (word.start < match.start || word.end > match.end) &&
      (targetWords.has(normal) || organisation.has(normal));
  });
}

/** "fired at the target": a beam, not a person. */
function isLaunch(match: PhraseMatch, { analysis }: BlockContext): boolean {
  const next = analysis.words[match.last + 1];
  return next !== undefined && next.sentence === analysis.words[match.last].sentence && launchWords.has(next.normal);
}

/** `reputation`: disparaging the organisation, its people or partners; internal disputes; calls to fire people. */
export const disparaging = phraseRule(
  {
    id: 'disparaging',
    guideline: 'reputation',
    description: 'Do not disparage the organisation, its management, colleagues or partners in public.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  data,
  {
    when: function disparagingNamesTarget(match, context) {
      if (match.entry.launch) return !isLaunch(match, context);
      return namesTarget(match, context);
    },
  },
);
