import type { BlockContext } from '../../server/src/engine/rule';
import { loadRuleData } from '../kinds/data';
import type { PhraseMatch } from '../kinds/phrase-list';
import { phraseRule } from '../kinds/phrase-rule';
import { listOf, PhraseSet } from '../kinds/phrase-set';
import en from './confidential-marker.en.yml';

const data = loadRuleData(en, 'rules/confidentiality/confidential-marker.en.yml');
const explains = new PhraseSet(listOf(data, 'explains'), 'explains');
const ended = new PhraseSet(listOf(data, 'ended'), 'ended');
const technical = new PhraseSet(listOf(data, 'technical'), 'technical');
const notBefore = new Map(data.entries.map((e) => [e.id, new PhraseSet((e.notBefore as string[] | undefined) ?? [], 'notBefore')]));

/** Markings of one kind this many words apart or closer ("Internal only, please do not forward") are one finding. */
const REPEAT_GAP = 3;
let previous: { context: BlockContext; match: PhraseMatch } | undefined;

/** Whether `match` repeats the marking kept just before it in the same sentence (phrase matches arrive in text order); else remembers it. */
function repeatsPrevious(match: PhraseMatch, context: BlockContext): boolean {
  const last = previous;
  const repeats = last !== undefined && last.context === context && last.match.sentence === match.sentence &&
    last.match.entry.message === match.entry.message && match.first - last.match.last <= REPEAT_GAP;
  if (!repeats) previous = { context, match };
  return repeats;
}

/** How many words after an embargo marker may say that it is over. */
const ENDED_WINDOW = 4;

/**
 * Keeps a marker unless the sentence explains the rule ("anything marked confidential stays off
 * my accounts"), the embargo is over ("the embargo ended on Monday"), the word is part of a
 * technical term ("confidential computing"), or the sentence is about software, where
 * "internal-only" describes an API rather than a document.
 */
function isMarking(match: PhraseMatch, context: BlockContext): boolean {
  const { analysis } = context;
  const { start, end } = match.sentence;
  if (explains.occursIn(analysis, start, end)) return false;
  if ((match.entry.id === 'confidential' || match.entry.id === 'internal-only') && technical.occursIn(analysis, start, end)) return false;
  if (match.entry.id === 'embargo' && ended.justAfter(analysis, match.end, ENDED_WINDOW)) return false;
  if (notBefore.get(match.entry.id)?.justAfter(analysis, match.end, 1)) return false;
  return !repeatsPrevious(match, context);
}

/**
 * `confidentiality`: markings that say a text or a result is not for the public (confidential,
 * internal only, embargoed, unpublished, not yet approved). For a result that is "not approved
 * yet", the finding covers the sentence, because the sentence is what leaks the result.
 */
export const confidentialMarker = phraseRule(
  {
    id: 'confidential-marker',
    guideline: 'confidentiality',
    description: 'Do not post confidential, internal, embargoed or unpublished material.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  { en: data },
  {
    when: isMarking,
    range: (match) => (match.entry.range === 'sentence' ? { start: match.sentence.start, end: trimmedEnd(match) } : match),
  },
);

/** The sentence's end without its final punctuation, so the finding ends on a word. */
function trimmedEnd(match: PhraseMatch): number {
  const words = match.sentence.words;
  return words.length ? words[words.length - 1].end : match.sentence.end;
}
