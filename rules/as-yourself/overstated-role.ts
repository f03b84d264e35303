import type { BlockContext, Language } from '../api';
import { wordsBefore } from '../kinds/context';
import { dataSet, dataStrings } from '../kinds/data';
import { organisationPhraseRule } from '../kinds/organisation';
import { phraseWords, type PhraseMatch } from '../kinds/phrase-list';
import type { Detector } from '../pack/spec';

/** The words that make a role the author's own claim: "As (the) …", "I'm (the) …", « En tant que (le) … ». */
interface SelfClaim {
  /** Each of `selfWords` as its words: one ("as") or several ("en tant que"). */
  selfWords: string[][];
  articles: Set<string>;
}

/** How far after a title the organisation's name may come ("je dirige la recherche sur les aimants du CERN"). */
const ORGANISATION_WORDS = 8;

/** True when the author claims the role: "As (the) …", "I'm (the) …", « En tant que … », « Je suis le … ». */
function claimedBySelf(match: PhraseMatch, { analysis }: BlockContext, { selfWords, articles }: SelfClaim): boolean {
  // The longest self phrase and an article.
  const reach = Math.max(0, ...selfWords.map((self) => self.length)) + 1;
  const before = wordsBefore(analysis, match.first, reach).map((w) => w.normal);
  if (before.length > 0 && articles.has(before[before.length - 1])) before.pop();
  return selfWords.some((self) => self.length <= before.length && self.every((word, k) => word === before[before.length - self.length + k]));
}

/** True when one of the organisation's names (as words) follows the match in its sentence, within {@link ORGANISATION_WORDS} words. */
function organisationFollows(match: PhraseMatch, { analysis, settings }: BlockContext): boolean {
  const { words } = analysis;
  const names = settings.organisation.map(phraseWords).filter((n) => n.length > 0);
  for (let k = match.last + 1; k < words.length && k - match.last <= ORGANISATION_WORDS && words[k].sentence === words[match.first].sentence; k++) {
    if (names.some((name) => name.every((part, j) => words[k + j]?.normal === part))) return true;
  }
  return false;
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
  if (entry.organisationAfter === true && !organisationFollows(match, context)) return false;
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
      [language as Language, { selfWords: dataStrings(file, 'selfWords').map(phraseWords), articles: dataSet(file, 'articles') }]));
    return organisationPhraseRule(spec.meta, spec.data, {
      when: (match, context) => overstatedRoleWhen(match, context, claims.get(context.language)!),
      range: overstatedRoleRange,
    });
  },
};
