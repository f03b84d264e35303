import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData } from '../kinds/data';
import { PhraseIndex, type PhraseMatch } from '../kinds/phrase-list';
import en from './personal-attack.en.yml';

const data = { en: loadRuleData(en, 'rules/conduct/personal-attack.en.yml') };
const list = (name: string): Set<string> => new Set((data.en[name] as string[]).map((w) => w.replace(/’/g, "'")));
const insultAdjectives = list('insultAdjectives');
const targetWords = list('targetWords');
const selfWords = list('selfWords');
const compounds = list('compounds');
const index = new PhraseIndex(data.en.entries);
/** How many words before an insult may say it is about the author. */
const SELF_WINDOW = 4;
const ARTICLES = new Set(['a', 'an', 'such', 'of', 'the']);

/** The attack's first word: insult adjectives before the noun, and "you" right before them. */
function attackStart(match: PhraseMatch, context: BlockContext): { first: number; aimed: boolean } {
  const { words } = context.analysis;
  const sentence = words[match.first].sentence;
  let first = match.first;
  while (first > 0 && words[first - 1].sentence === sentence && insultAdjectives.has(words[first - 1].normal)) first--;
  const adjectives = first < match.first;
  let k = first - 1;
  while (k >= 0 && words[k].sentence === sentence && ARTICLES.has(words[k].normal)) k--;
  const aimed = k >= 0 && words[k].sentence === sentence && targetWords.has(words[k].normal);
  if (aimed && k === first - 1 && words[k].normal === 'you') first = k;
  return { first, aimed: aimed || adjectives };
}

function aboutAuthor(match: PhraseMatch, context: BlockContext): boolean {
  const { words } = context.analysis;
  const sentence = words[match.first].sentence;
  for (let k = match.first - 1; k >= 0 && k >= match.first - SELF_WINDOW && words[k].sentence === sentence; k--) {
    if (selfWords.has(words[k].normal)) return true;
  }
  return false;
}

/** "clown show", "fraud detection": the noun modifies the next word and insults nobody. */
function isCompound(match: PhraseMatch, { analysis }: BlockContext): boolean {
  const next = analysis.words[match.last + 1];
  return next !== undefined && next.sentence === analysis.words[match.last].sentence && compounds.has(next.normal);
}

/** `conduct`: insults aimed at people ("incompetent clown", "you are a clueless troll", "idiot"). */
export const personalAttack: Rule & { data: typeof data } = {
  meta: {
    id: 'personal-attack',
    guideline: 'conduct',
    description: 'Do not insult or attack people: criticise the work, not the person.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  data,
  checkBlock: function personalAttackCheck(context: BlockContext): Report[] {
    if (context.language !== 'en') return [];
    const reports: Report[] = [];
    const { words } = context.analysis;
    for (const match of index.match(context.analysis)) {
      if (aboutAuthor(match, context)) continue;
      const { first, aimed } = attackStart(match, context);
      if (match.entry.strength === 'weak' && (!aimed || isCompound(match, context))) continue;
      const start = words[first].start;
      const actual = context.block.text.slice(start - context.block.start, match.end - context.block.start);
      reports.push({ start, end: match.end, message: formatMessage(data.en.messages.default, { actual }) });
    }
    return reports;
  },
};
