import type { BlockContext } from '../../server/src/engine/rule';
import { loadRuleData } from '../kinds/data';
import type { PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import en from './disparaging.en.yml';
import fr from './disparaging.fr.yml';

const data = {
  en: loadRuleData(en, 'rules/reputation/disparaging.en.yml'),
  fr: loadRuleData(fr, 'rules/reputation/disparaging.fr.yml'),
};
const lists = (name: string) => ({ en: new Set(data.en[name] as string[]), fr: new Set(data.fr[name] as string[]) });
const targetWords = lists('targetWords');
const launchWords = lists('launchWords');

/** A word of the sentence names the organisation, its people or its partners (the pack's organisation names count). */
function namesTarget(match: PhraseMatch, { analysis, settings, language }: BlockContext): boolean {
  const organisation = new Set(settings.organisation.map((name) => name.toLowerCase()));
  const index = analysis.sentences.indexOf(match.sentence);
  return analysis.words.some((word) => {
    // "the institute's management", "l'équipe": possessives and elisions name the target too.
    const normal = word.normal.replace(/'s$/, '').replace(/^(?:l|d|qu)'/, '');
    return word.sentence === index && (word.start < match.start || word.end > match.end) &&
      (targetWords[language].has(normal) || organisation.has(normal));
  });
}

/** "fired at the target": a beam, not a person. */
function isLaunch(match: PhraseMatch, { analysis, language }: BlockContext): boolean {
  const next = analysis.words[match.last + 1];
  return next !== undefined && next.sentence === analysis.words[match.last].sentence && launchWords[language].has(next.normal);
}

/** `reputation`: disparaging the organisation, its people or partners; internal disputes; calls to fire people. */
export const disparaging = phraseRule(
  {
    id: 'disparaging',
    guideline: 'reputation',
    description: 'Do not disparage the organisation, its management, colleagues or partners in public.',
    severity: 'warning',
    languages: ['en', 'fr'],
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
