import type { BlockContext } from '../../server/src/engine/rule';
import { wordsBefore } from '../kinds/context';
import { loadRuleData } from '../kinds/data';
import { organisationPhraseRule } from '../kinds/organisation';
import type { PhraseMatch } from '../kinds/phrase-list';
import en from './overstated-role.en.yml';

const data = loadRuleData(en, 'rules/as-yourself/overstated-role.en.yml');
const selfWords = new Set(data.selfWords as string[]);
const articles = new Set(data.articles as string[]);

/** True when the author claims the role: "As (the) …", "I'm (the) …". */
function claimedBySelf(match: PhraseMatch, { analysis }: BlockContext): boolean {
  const before = wordsBefore(analysis, match.first, 2).map((w) => w.normal);
  if (before.length > 0 && articles.has(before[before.length - 1])) before.pop();
  return before.length > 0 && selfWords.has(before[before.length - 1]);
}

/** Keeps self-claims, titles followed by the claimed title, and claims the block does not make true. */
function overstatedRoleWhen(match: PhraseMatch, context: BlockContext): boolean {
  const { entry } = match;
  if (entry.self === true && !claimedBySelf(match, context)) return false;
  const followedBy = entry.followedBy as string[] | undefined;
  if (followedBy) {
    const next = context.analysis.words[match.last + 1];
    if (!next || next.sentence !== context.analysis.words[match.first].sentence || !followedBy.includes(next.normal)) return false;
  }
  const unless = entry.unlessBlockHas as string[] | undefined;
  if (unless && context.analysis.words.some((w) => unless.includes(w.normal))) return false;
  return true;
}

/** Reports the claimed title too ("… title to Dr."), so that the finding names it. */
function overstatedRoleRange(match: PhraseMatch, { analysis }: BlockContext): { start: number; end: number } {
  const end = match.entry.followedBy ? analysis.words[match.last + 1].end : match.end;
  return { start: match.start, end };
}

/** `as-yourself`: overstated roles and titles ("As the physicist who discovered …", "As CERN's chief scientist"). */
export const overstatedRole = organisationPhraseRule(
  {
    id: 'overstated-role',
    guideline: 'as-yourself',
    description: 'Be honest about your role and expertise; do not claim titles you do not hold.',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  { en: data },
  { when: overstatedRoleWhen, range: overstatedRoleRange },
);
