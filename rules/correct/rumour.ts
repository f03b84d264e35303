import type { BlockAnalysis, BlockContext, Language, Report } from '../api';
import { hasCitation } from '../kinds/citation';
import { dataSet, formatMessage, type RuleData } from '../kinds/data';
import { mergeMatches, PatternEntries } from '../kinds/pattern-entries';
import { PhraseIndex, type PhraseMatch } from '../kinds/phrase-list';
import { type Detector, type PackResources, perLanguage } from '../pack/spec';

/** One language's word lists and phrase index. */
interface Lexicon {
  file: RuleData;
  newsWords: Set<string>;
  clauseWords: Set<string>;
  /** Conjunctions that open a new clause after "I heard the magnets thump" ("as the beam was dumped"). */
  clauseBreakWords: Set<string>;
  clauseOpeners: Set<string>;
  reportVerbs: Set<string>;
  leadingConjunctions: Set<string>;
  index: PhraseIndex;
  /** Entries written as patterns (« paraît qu'… », « selon des bruits de couloir »), if any. */
  patterns?: PatternEntries;
}

function lexiconOf(file: RuleData, language: Language, resources: PackResources): Lexicon {
  return {
    file,
    newsWords: dataSet(file, 'newsWords'),
    clauseWords: dataSet(file, 'clauseWords'),
    clauseBreakWords: dataSet(file, 'clauseBreakWords'),
    clauseOpeners: dataSet(file, 'clauseOpeners'),
    reportVerbs: dataSet(file, 'reportVerbs'),
    leadingConjunctions: dataSet(file, 'leadingConjunctions'),
    index: new PhraseIndex(file.entries, language),
    patterns: PatternEntries.of(file, resources.classes[language] ?? {}, language, resources.eager),
  };
}

/** How far after "I heard" a finite verb may come and still belong to the heard clause. */
const CLAUSE_WINDOW = 8;
/** Punctuation that ends the clause after "I heard" ("I heard the magnets ramp up, a low hum …"). */
const CLAUSE_BREAK = /[,;:()\u2013\u2014]/;

/** The text between two words of a block (punctuation, spaces). */
function gap(context: BlockContext, a: number, b: number): string {
  const { words } = context.analysis;
  return context.block.text.slice(words[a].end - context.block.start, words[b].start - context.block.start);
}

function sameSentence(analysis: BlockAnalysis, a: number, b: number): boolean {
  return b < analysis.words.length && analysis.words[a].sentence === analysis.words[b].sentence;
}

/** "I heard" introduces news: "that"/"about" next, "a rumour", or a finite verb in the same clause. */
function introducesClaim(match: PhraseMatch, context: BlockContext, { newsWords, clauseOpeners, clauseWords, clauseBreakWords }: Lexicon): boolean {
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
    // "I heard the kicker magnets thump as the beam was dumped": the verb belongs to another clause.
    if (k > next && clauseBreakWords.has(words[k].normal)) return false;
    if (clauseWords.has(words[k].normal)) return true;
  }
  return false;
}

/** "Apparently the organisers …", "…, apparently." or "is apparently going to …" report news; "apparently simple" does not. */
function reportsNews(match: PhraseMatch, context: BlockContext, { clauseOpeners, reportVerbs, leadingConjunctions }: Lexicon): boolean {
  const { words } = context.analysis;
  const at = match.first;
  const next = at + 1;
  const hasNext = sameSentence(context.analysis, at, next);
  const afterComma = hasNext && /,/.test(gap(context, at, next));
  const sentenceStart = at === 0 || words[at - 1].sentence !== words[at].sentence ||
    (leadingConjunctions.has(words[at - 1].normal) && (at === 1 || words[at - 2].sentence !== words[at].sentence));
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
export const rumour: Detector = {
  name: 'rumour',
  create(spec, resources) {
    const lexicons = perLanguage(spec, (file, language) => lexiconOf(file, language, resources));
    return {
      meta: spec.meta,
      checkBlock: function rumourCheck(context: BlockContext): Report[] {
        const lexicon = lexicons.get(context.language);
        if (!lexicon) return [];
        const reports: Report[] = [];
        const phrases = lexicon.index.match(context.analysis);
        for (const match of lexicon.patterns ? mergeMatches(phrases, lexicon.patterns.match(context)) : phrases) {
          // Pattern entries say their context in their patterns: they are checked like `always`.
          const check = checks[String(match.entry.check ?? 'always')];
          if (!check || !check(match, context, lexicon)) continue;
          // A rumour with its source in the same sentence is a sourced report.
          if (hasCitation(context.block, match.sentence.start, match.sentence.end)) continue;
          const actual = context.block.text.slice(match.start - context.block.start, match.end - context.block.start);
          reports.push({ start: match.start, end: match.end, message: formatMessage(lexicon.file.messages.default, { actual }) });
        }
        return reports;
      },
    };
  },
};
