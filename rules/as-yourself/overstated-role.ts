import type { BlockContext, Language } from '../api';
import { wordsBefore } from '../kinds/context';
import { dataSet } from '../kinds/data';
import { organisationPhraseRule } from '../kinds/organisation';
import type { PhraseMatch } from '../kinds/phrase-list';
import type { Detector } from '../pack/spec';

/** The words that make a role the author's own claim: "As (the) …", "I'm (the) …". */
interface SelfClaim {
  selfWords: Set<string>;
  articles: Set<string>;
}

/** True when the author claims the role: "As (the) …", "I'm (the) …". */
function claimedBySelf(match: PhraseMatch, { analysis }: BlockContext, { selfWords, articles }: SelfClaim): boolean {
  const before = wordsBefore(analysis, match.first, 2).map((w) => w.normal);
  if (before.length > 0 && articles.has(before[before.length - 1])) before.pop();
  return before.length > 0 && selfWords.has(before[before.length - 1]);
}

/** Keeps self-claims, titles followed by the claimed title, and claims the block does not make true. */
function overstatedRoleWhen(match: PhraseMatch, context: BlockContext, claim: SelfClaim): boolean {
  const { entry } = match;
  if (entry.self === true && !claimedBySelf(match, context, claim)) return false;
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
export const overstatedRole: Detector = {
  name: 'overstated-role',
  create(spec) {
    const claims = new Map<Language, SelfClaim>(Object.entries(spec.data).map(([language, file]) =>
      [language as Language, { selfWords: dataSet(file, 'selfWords'), articles: dataSet(file, 'articles') }]));
    return organisationPhraseRule(spec.meta, spec.data, {
      when: (match, context) => overstatedRoleWhen(match, context, claims.get(context.language)!),
      range: overstatedRoleRange,
    });
  },
};
