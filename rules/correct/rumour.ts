import type { BlockAnalysis } from '../../server/src/engine/analysis';
import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { hasCitation } from '../kinds/citation';
import { formatMessage, loadRuleData, type RuleData } from '../kinds/data';
import { PhraseIndex, type PhraseMatch } from '../kinds/phrase-list';
import type { Language } from '../../server/src/engine/types';
import en from './rumour.en.yml';
import fr from './rumour.fr.yml';

const data = {
  en: loadRuleData(en, 'rules/correct/rumour.en.yml'),
  fr: loadRuleData(fr, 'rules/correct/rumour.fr.yml'),
};

/** One language's word lists and phrase index. */
interface Lexicon {
  newsWords: Set<string>;
  clauseWords: Set<string>;
  clauseOpeners: Set<string>;
  reportVerbs: Set<string>;
  index: PhraseIndex;
}

const lexicons = new Map<Language, Lexicon>();
for (const [language, file] of Object.entries(data) as [Language, RuleData][]) {
  const list = (name: string): Set<string> => new Set((file[name] as string[] | undefined) ?? []);
  lexicons.set(language, {
    newsWords: list('newsWords'),
    clauseWords: list('clauseWords'),
    clauseOpeners: list('clauseOpeners'),
    reportVerbs: list('reportVerbs'),
    index: new PhraseIndex(file.entries),
  });
}

/** How far after "I heard" a finite verb may come and still belong to the heard clause. */
const CLAUSE_WINDOW = 8;
/** Punctuation that ends the clause after "I heard" ("I heard the magnets ramp up, a low hum …"). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;
/** Conjunctions that may precede a sentence-initial "apparently". */
const LEADING_CONJUNCTIONS = new Set(['and', 'but', 'so', 'oh', 'also']);

/** The text between two words of a block (punctuation, spaces). */
function gap(context: BlockContext, a: number, b: number): string {
  const { words } = context.analysis;
  return context.block.text.slice(words[a].end - context.block.start, words[b].start - context.block.start);
}

function sameSentence(analysis: BlockAnalysis, a: number, b: number): boolean {
  return b < analysis.words.length && analysis.words[a].sentence === analysis.words[b].sentence;
}

/** "I heard" introduces news: "that"/"about" next, "a rumour", or a finite verb in the same clause. */
function introducesClaim(match: PhraseMatch, context: BlockContext, { newsWords, clauseOpeners, clauseWords }: Lexicon): boolean {
  const { words } = context.analysis;
  const next = match.last + 1;
  if (!sameSentence(context.analysis, match.last, next)) return false;
  if (newsWords.has(words[next].normal)) return true;
  if (words[next].normal === 'that' && sameSentence(context.analysis, next, next + 1)) {
    const after = words[next + 1];
    if (clauseOpeners.has(after.normal) || /^\p{Lu}/u.test(after.text)) return true;
  }
  if (words[next].normal === 'a' || words[next].normal === 'an') {
    return sameSentence(context.analysis, next, next + 1) && newsWords.has(words[next + 1].normal);
  }
  for (let k = next; k <= match.last + CLAUSE_WINDOW && sameSentence(context.analysis, match.last, k); k++) {
    if (k > next && CLAUSE_BREAK.test(gap(context, k - 1, k))) return false;
    if (clauseWords.has(words[k].normal)) return true;
  }
  return false;
}

/** "Apparently the organisers …", "…, apparently." or "is apparently going to …" report news; "apparently simple" does not. */
function reportsNews(match: PhraseMatch, context: BlockContext, { clauseOpeners, reportVerbs }: Lexicon): boolean {
  const { words } = context.analysis;
  const at = match.first;
  const next = at + 1;
  const hasNext = sameSentence(context.analysis, at, next);
  const afterComma = hasNext && /,/.test(gap(context, at, next));
  const sentenceStart = at === 0 || words[at - 1].sentence !== words[at].sentence ||
    (LEADING_CONJUNCTIONS.has(words[at - 1].normal) && (at === 1 || words[at - 2].sentence !== words[at].sentence));
  const precededByComma = at > 0 && words[at - 1].sentence === words[at].sentence && /,/.test(gap(context, at - 1, at));
  if (!hasNext) return sentenceStart || precededByComma;
  if (afterComma && (sentenceStart || precededByComma)) return true;
  const opener = clauseOpeners.has(words[next].normal) || /^\p{Lu}/u.test(words[next].text);
  if ((sentenceStart || precededByComma) && opener) return true;
  return reportVerbs.has(words[next].normal);
}

const checks: Record<string, (match: PhraseMatch, context: BlockContext, lexicon: Lexicon) => boolean> = {
  always: () => true,
  hearing: introducesClaim,
  hedge: reportsNews,
};

/** `correct`: rumour markers ("rumour has it", "I heard the …", "apparently the …") that pass on hearsay as news. */
export const rumour: Rule & { data: typeof data } = {
  meta: {
    id: 'rumour',
    guideline: 'correct',
    description: 'Do not pass on rumours as news: check the claim and link a source.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  data,
  checkBlock: function rumourCheck(context: BlockContext): Report[] {
    const lexicon = lexicons.get(context.language);
    const file = data[context.language];
    if (!lexicon || !file) return [];
    const reports: Report[] = [];
    for (const match of lexicon.index.match(context.analysis)) {
      const check = checks[String(match.entry.check)];
      if (!check || !check(match, context, lexicon)) continue;
      // A rumour with its source in the same sentence is a sourced report.
      if (hasCitation(context.block, match.sentence.start, match.sentence.end)) continue;
      const actual = context.block.text.slice(match.start - context.block.start, match.end - context.block.start);
      reports.push({ start: match.start, end: match.end, message: formatMessage(file.messages.default, { actual }) });
    }
    return reports;
  },
};
