import { trimEnd, type BlockContext, type DocumentContext, type Language, type Report } from '../api';
import { wordsBefore } from '../kinds/context';
import { dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { organisationPhraseRule } from '../kinds/organisation';
import { PatternEntries } from '../kinds/pattern-entries';
import { phraseWords, type PhraseMatch } from '../kinds/phrase-list';
import { type Detector, type PackResources, perLanguage } from '../pack/spec';

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

/** A byline has at most this many words ("Dev Raghunathan / Chief Physicist, CERN"). */
const BYLINE_WORDS = 12;

/** A short paragraph that does not end as a sentence does: a byline or a signature, where a title names the author. */
function isByline({ block, analysis }: BlockContext): boolean {
  if (block.kind === 'heading' || block.quoted || analysis.words.length > BYLINE_WORDS) return false;
  return !/[.!?…:;]$/.test(trimEnd(block.text, /[\s*_`]/u));
}

/**
 * The whole-post check: a title or a leading role (`role: senior`, above the rank `above`) that
 * the post itself contradicts, because it states the author's junior role elsewhere (`role:
 * junior`, with its `rank`: 1 a student or intern, 2 a postdoc or fellow). A `role: promoted`
 * entry (a defence, a promotion) raises the author's rank to its own. Titles with `byline:
 * true` count only in a byline (a short paragraph that is not a sentence), where they name the
 * author rather than someone the post mentions.
 */
function contradictedTitles(context: DocumentContext, file: RuleData, entries: PatternEntries): Report[] {
  const blocks = context.prose.blocks.map((block, b): BlockContext => ({ block, analysis: context.analyses[b], language: context.language, format: context.format, settings: context.settings }));
  const matches = blocks.map((block) => ({ block, matches: entries.match(block) }));
  let rank = 0;
  for (const { matches: list } of matches) {
    for (const m of list) if (m.entry.role === 'junior' || m.entry.role === 'promoted') rank = Math.max(rank, Number(m.entry.rank ?? 0));
  }
  if (rank === 0) return [];
  const reports: Report[] = [];
  for (const { block, matches: list } of matches) {
    // One title per byline: "Prof. X, Senior Scientist" is one overstatement.
    let byline = false;
    for (const m of list) {
      if (m.entry.role !== 'senior' || Number(m.entry.above ?? 0) < rank) continue;
      if (m.entry.byline === true && (byline || !isByline(block))) continue;
      if (m.entry.byline === true) byline = true;
      const actual = block.block.text.slice(m.start - block.block.start, m.end - block.block.start);
      reports.push({ start: m.start, end: m.end, message: formatMessage(file.messages[m.entry.message] ?? file.messages.default, { actual }) });
    }
  }
  return reports;
}

/** `as-yourself`: overstated roles and titles ("As the physicist who discovered …", "As CERN's chief scientist", a professor's title on a postdoc's page). */
export const overstatedRole: Detector = {
  name: 'overstated-role',
  create(spec, resources: PackResources) {
    const claims = new Map<Language, SelfClaim>(Object.entries(spec.data).map(([language, file]) =>
      [language as Language, { selfWords: dataStrings(file, 'selfWords').map(phraseWords), articles: dataSet(file, 'articles') }]));
    // Entries written as patterns are the whole-post check's (junior, promoted, senior); the phrase entries are the block rule's.
    const titles = perLanguage(spec, (file, language) => ({ file, entries: PatternEntries.of(file, resources.classes[language] ?? {}, language, resources.eager) }));
    const rule = organisationPhraseRule(spec.meta, spec.data, {
      when: (match, context) => overstatedRoleWhen(match, context, claims.get(context.language)!),
      range: overstatedRoleRange,
    });
    return {
      ...rule,
      checkBlock: rule.checkBlock,
      checkDocument: function overstatedRoleTitles(context: DocumentContext): Report[] {
        const own = titles.get(context.language);
        return own?.entries ? contradictedTitles(context, own.file, own.entries) : [];
      },
    };
  },
};
