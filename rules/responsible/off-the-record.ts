import type { PhraseMatch } from '../kinds/phrase-list';
import type { BlockContext } from '../../server/src/engine/rule';
import { loadRuleData } from '../kinds/data';
import { phraseRule } from '../kinds/phrase-rule';
import en from './off-the-record.en.yml';
import fr from './off-the-record.fr.yml';

const data = {
  en: loadRuleData(en, 'rules/responsible/off-the-record.en.yml'),
  fr: loadRuleData(fr, 'rules/responsible/off-the-record.fr.yml'),
};
const lists = (name: string) => ({ en: new Set(data.en[name] as string[]), fr: new Set(data.fr[name] as string[]) });
const relationalWords = lists('relationalWords');
const adviceWords = lists('adviceWords');

/** The word after a match in the same sentence, normalised, or undefined. */
function nextWord(match: PhraseMatch, { analysis }: BlockContext): string | undefined {
  const next = analysis.words[match.last + 1];
  return next && next.sentence === analysis.words[match.last].sentence ? next.normal : undefined;
}

/** Words that may open a sentence before the aside ("But between us, …"). */
const OPENERS = new Set(['but', 'and', 'so', 'ok', 'okay', 'honestly', 'well', 'now', 'also', 'mais', 'et', 'bon', 'franchement', 'alors']);

/**
 * An aside stands at the start of its sentence or is set off by punctuation
 * ("Between us, …", "…, between you and me, …"); "the gap between us is" is not one.
 */
function isSetOff(match: PhraseMatch, { analysis, block }: BlockContext): boolean {
  const { words } = analysis;
  const sentence = words[match.first].sentence;
  let first = match.first;
  while (first > 0 && words[first - 1].sentence === sentence && OPENERS.has(words[first - 1].normal)) first--;
  if (first === 0 || words[first - 1].sentence !== sentence) return true;
  const before = block.text.slice(words[match.first - 1].end - block.start, words[match.first].start - block.start);
  const after = words[match.last + 1]?.sentence === sentence
    ? block.text.slice(words[match.last].end - block.start, words[match.last + 1].start - block.start)
    : '.';
  return /[,;:(\u2013\u2014-]/.test(before) || /[,;:.!?)\u2013\u2014-]/.test(after);
}

/** `responsible`: "between us", "off the record", "don't tell anyone" as asides in a public post. */
export const offTheRecord = phraseRule(
  {
    id: 'off-the-record',
    guideline: 'responsible',
    description: 'Post nothing you would not want republished: there is no "off the record" on social media.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  data,
  {
    when: function offTheRecordIsAside(match, context) {
      const next = nextWord(match, context);
      if (match.entry.aside && next !== undefined && relationalWords[context.language].has(next)) return false;
      if (match.entry.aside && !isSetOff(match, context)) return false;
      if (match.entry.advice && next !== undefined && adviceWords[context.language].has(next)) return false;
      return true;
    },
  },
);
