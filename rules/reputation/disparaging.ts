import type { BlockContext } from '../api';
import { dataSet, dataStrings, type RuleData } from '../kinds/data';
import type { PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import { type Detector, perLanguage } from '../pack/spec';

/** One language's word lists. */
interface Lexicon {
  targetWords: Set<string>;
  launchWords: Set<string>;
  possessives: string[];
  elisions: string[];
}

function lexiconOf(file: RuleData): Lexicon {
  return {
    targetWords: dataSet(file, 'targetWords'),
    launchWords: dataSet(file, 'launchWords'),
    possessives: dataStrings(file, 'possessives'),
    elisions: dataStrings(file, 'elisions'),
  };
}

/** `normal` without a possessive ending (`institute's`) and an elided article (`l'équipe`). */
function bareWord(normal: string, { possessives, elisions }: Lexicon): string {
  const suffix = possessives.find((s) => normal.endsWith(s));
  const word = suffix ? normal.slice(0, -suffix.length) : normal;
  const prefix = elisions.find((p) => word.startsWith(p));
  return prefix ? word.slice(prefix.length) : word;
}

/** A word of the sentence names the organisation, its people or its partners (the pack's organisation names count). */
function namesTarget(match: PhraseMatch, { analysis, settings }: BlockContext, lexicon: Lexicon): boolean {
  const organisation = new Set(settings.organisation.map((name) => name.toLowerCase()));
  const index = analysis.sentences.indexOf(match.sentence);
  return analysis.words.some((word) => {
    // "the institute's management", "l'équipe": possessives and elisions name the target too.
    const normal = bareWord(word.normal, lexicon);
    return word.sentence === index && (word.start < match.start || word.end > match.end) &&
      (lexicon.targetWords.has(normal) || organisation.has(normal));
  });
}

/** "fired at the target": a beam, not a person. */
function isLaunch(match: PhraseMatch, { analysis }: BlockContext, { launchWords }: Lexicon): boolean {
  const next = analysis.words[match.last + 1];
  return next !== undefined && next.sentence === analysis.words[match.last].sentence && launchWords.has(next.normal);
}

/** `reputation`: disparaging the organisation, its people or partners; internal disputes; calls to fire people. */
export const disparaging: Detector = {
  name: 'disparaging',
  create(spec) {
    const lexicons = perLanguage(spec, lexiconOf);
    return phraseRule(spec.meta, spec.data, {
      when: function disparagingNamesTarget(match, context) {
        const lexicon = lexicons.get(context.language);
        // A block quote is someone else's words (« "The beam doesn't care about your schedule." »), as for pattern rules.
        if (!lexicon || context.block.quoted) return false;
        if (match.entry.launch) return !isLaunch(match, context, lexicon);
        return namesTarget(match, context, lexicon);
      },
    });
  },
};
