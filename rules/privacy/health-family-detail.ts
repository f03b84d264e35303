import type { Sentence, Word } from '../../server/src/engine/analysis';
import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { listOf } from '../kinds/phrase-set';
import { PhraseIndex, type PhraseMatch } from '../kinds/phrase-list';
import en from './health-family-detail.en.yml';

const data = { en: loadRuleData(en, 'rules/privacy/health-family-detail.en.yml') };
const index = new PhraseIndex(data.en.entries);
const notNames = new Set(listOf(data.en, 'notNames'));
const titles = new Set(listOf(data.en, 'titles'));
const pronouns = new Set(listOf(data.en, 'pronouns'));
const afterFirstName = new Set(listOf(data.en, 'afterFirstName'));
const firstPerson = new Set(listOf(data.en, 'firstPerson'));

/** Details of one kind (health or family) this many words apart or closer, in one sentence, are one finding. */
const MERGE_GAP = 6;

const isCapitalised = (word: Word): boolean => /^\p{Lu}\p{Ll}/u.test(word.text) && !notNames.has(word.normal);

/**
 * Whether a sentence names a person: a title (`Dr.`), or a capitalised word that is not the
 * sentence's first word (which is capitalised anyway) unless it is possessive or a second
 * capitalised word or a word like `from` follows it (`Raj's wife…`, `Helen Marsh is…`, `Lena from…`).
 */
function namesPerson(words: readonly Word[]): boolean {
  return words.some((word, k) => {
    if (titles.has(word.normal)) return true;
    if (!isCapitalised(word)) return false;
    if (k > 0) return true;
    const next = words[1];
    return word.normal.endsWith("'s") || (next !== undefined && (isCapitalised(next) || afterFirstName.has(next.normal)));
  });
}

/** Whether the detail is about a named person: named in its sentence, or named just before and referred to by a pronoun. */
function aboutNamedPerson(sentences: readonly Sentence[], at: number): boolean {
  const sentence = sentences[at];
  if (namesPerson(sentence.words)) return true;
  const previous = sentences[at - 1];
  return previous !== undefined && sentence.words.some((w) => pronouns.has(w.normal)) && namesPerson(previous.words);
}

/** Groups matches of one sentence that are close together, so that one detail gives one finding. */
function group(matches: PhraseMatch[]): PhraseMatch[][] {
  const groups: PhraseMatch[][] = [];
  for (const match of matches) {
    const last = groups.at(-1)?.at(-1);
    const close = last && last.sentence === match.sentence && last.entry.message === match.entry.message && match.first - last.last <= MERGE_GAP;
    if (close) groups.at(-1)!.push(match);
    else groups.push([match]);
  }
  return groups;
}

/**
 * `privacy`: health and family details of a named person (a diagnosis, a hospital stay, a
 * pregnancy, a spouse's job) are theirs to share, not the author's. The author's own health
 * details count too (posting them is a security and privacy risk). Generic mentions with no
 * named person (`burnout is common`) stay quiet.
 */
export const healthFamilyDetail: Rule & { data: typeof data } = {
  meta: {
    id: 'health-family-detail',
    guideline: 'privacy',
    description: 'Do not post health or family details of named people without their consent.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  data,
  checkBlock: function healthFamilyDetailCheck({ block, analysis }: BlockContext): Report[] {
    const matches = index.match(analysis).filter((m) => {
      const at = analysis.words[m.first].sentence;
      if (aboutNamedPerson(analysis.sentences, at)) return true;
      return m.entry.message === 'health' && analysis.sentences[at].words.some((w) => firstPerson.has(w.normal));
    });
    return group(matches).map((members) => {
      const start = members[0].start;
      const end = members[members.length - 1].end;
      const actual = block.text.slice(start - block.start, end - block.start);
      return { start, end, message: formatMessage(data.en.messages[members[0].entry.message], { actual }) };
    });
  },
};
