import type { BlockAnalysis, BlockContext, DocumentContext, Report, Word } from '../api';
import { dataSet, dataStrings, formatMessage, RuleDataError, type Entry, type RuleData } from '../kinds/data';
import { PhraseIndex, phraseWords, type PhraseMatch } from '../kinds/phrase-list';
import { matchCase } from '../kinds/phrase-rule';
import { perLanguage, type Detector } from '../pack/spec';
import { replaceFix } from '../kinds/fix-titles';
import { escapeRegExp } from '../kinds/regex';

/** One language section's word lists, ready for lookups. */
interface Lexicon {
  file: RuleData;
  index: PhraseIndex;
  /** Phrases that explain a term, as word lists. */
  explainers: string[][];
  /** Spelled numbers that may come before a unit. */
  numbers: Set<string>;
  /** Punctuation then one of the data's `appositions` right after a term (`luminosity, a measure of …`). */
  apposition: RegExp;
  /** A leading elision the term is read without (`l'empilement`), if the language has them. */
  elision: RegExp | undefined;
  /** Each entry's `cues` as word lists: words of which one must be in the block for the term to be jargon. */
  cues: Map<Entry, string[][]>;
  /** A definition of the term by its sentence: an indefinite article before it, a verb of being after it (`An inverse femtobarn, written fb⁻¹, is …`). */
  definition: { before: RegExp; after: RegExp } | undefined;
}


function lexiconOf(file: RuleData): Lexicon {
  const cues = new Map<Entry, string[][]>();
  for (const [index, entry] of file.entries.entries()) {
    if (entry.number !== undefined && entry.number !== true && entry.number !== 'required') {
      throw new RuleDataError(file.file, [...file.path, 'entries', index, 'number'], 'must be true or required');
    }
    if (entry.namedByNumber !== undefined && typeof entry.namedByNumber !== 'boolean') {
      throw new RuleDataError(file.file, [...file.path, 'entries', index, 'namedByNumber'], 'must be true or false');
    }
    if (entry.cues !== undefined) {
      if (!Array.isArray(entry.cues) || !entry.cues.every((cue) => typeof cue === 'string')) {
        throw new RuleDataError(file.file, [...file.path, 'entries', index, 'cues'], 'must be a list of words or phrases');
      }
      cues.set(entry, entry.cues.map(phraseWords));
    }
  }
  // No appositions: a pattern that never matches.
  const appositions = dataStrings(file, 'appositions').map(escapeRegExp).join('|') || '(?!)';
  const elisions = dataStrings(file, 'elisions').map((e) => escapeRegExp(e.replace(/['’]$/, '')));
  const articles = dataStrings(file, 'definitionArticles').map(escapeRegExp);
  const verbs = dataStrings(file, 'definitionVerbs').map((v) => escapeRegExp(v).replace(/'/g, "['’]")).sort((a, b) => b.length - a.length);
  const definition = articles.length && verbs.length
    ? {
        before: new RegExp(`(?<![\\p{L}\\p{N}])(?:${articles.join('|')})[ \\u00a0]$`, 'iu'),
        // An aside between commas may come first (`, written fb⁻¹,`), then the verb.
        after: new RegExp(`^(?:,[^,.;:!?]{1,40})?,?[ \\u00a0](?:${verbs.join('|')})[ \\u00a0]`, 'iu'),
      }
    : undefined;
  return {
    file,
    index: new PhraseIndex(file.entries),
    explainers: dataStrings(file, 'explainers').map(phraseWords),
    numbers: dataSet(file, 'numbers'),
    apposition: new RegExp(`^\\s?[,:—–-]+\\s?(?:${appositions})(?![\\p{L}\\p{N}])`, 'iu'),
    elision: elisions.length ? new RegExp(`^(?:${elisions.sort((a, b) => b.length - a.length).join('|')})'(?=\\p{L})`, 'u') : undefined,
    cues,
    definition,
  };
}

/** A figure (`9`, `3.4`, `13,6`) or a spelled number of the data. */
function isNumber(word: string, { numbers }: Lexicon): boolean {
  return /^\d[\d.,]*$/.test(word) || numbers.has(word);
}

/** The text between two words of a block. */
function gap(context: BlockContext, from: Word, to: { start: number }): string {
  return context.block.text.slice(from.end - context.block.start, to.start - context.block.start);
}

/**
 * The index of the first word of the number before the match, when it belongs to the unit
 * (`650 GeV`, `five sigma`). A number the parser split stays whole: `13,6 TeV`, `1 234,5 GeV`.
 */
function numberBefore(match: PhraseMatch, context: BlockContext, lexicon: Lexicon): number | undefined {
  const { words } = context.analysis;
  let first = match.first - 1;
  const previous = words[first];
  if (!previous || previous.sentence !== words[match.first].sentence) return undefined;
  if (!/^[ \u00a0\u202f]{1,2}$/.test(gap(context, previous, match)) || !isNumber(previous.normal, lexicon)) return undefined;
  while (first > 0 && words[first - 1].sentence === previous.sentence && /^\d+$/.test(words[first - 1].text)) {
    const between = gap(context, words[first - 1], words[first]);
    const decimal = /^[.,]$/.test(between);
    const thousands = /^[ \u00a0\u202f]$/.test(between) && /^\d{3}$/.test(words[first].text);
    if (!decimal && !thousands) break;
    first--;
  }
  return first;
}

/** A figure or a Roman numeral right after the term makes it a name: `Run 3`, `Run II`. */
function isNumberedName(match: PhraseMatch, context: BlockContext): boolean {
  const next = context.analysis.words[match.last + 1];
  return next !== undefined && /^[ \u00a0\u202f]$/.test(gap(context, context.analysis.words[match.last], next)) && /^(?:\d+|[IVX]+)$/.test(next.text);
}

/** True when `words` (normal forms) contain the phrase `phrase` somewhere. */
function containsPhrase(words: readonly string[], phrase: readonly string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i++) {
    if (phrase.every((w, k) => words[i + k] === w)) return true;
  }
  return false;
}

/** A term in quotes is mentioned, not used: `"Luminosity" is the physicists' word for …`, `« empilement »`. */
function isQuoted(match: PhraseMatch, { block }: BlockContext): boolean {
  const after = block.text.slice(match.end - block.start, match.end - block.start + 20);
  const before = block.text.slice(Math.max(0, match.start - block.start - 2), match.start - block.start);
  return /["'‘“«][ \u00a0\u202f]?$/.test(before) && /^[ \u00a0\u202f]?["'’”»]/.test(after);
}

/**
 * The term is explained where it stands: a parenthesis right after it, an apposition
 * (`luminosity, a measure of …`), a colon and a clause (`quenches: it suddenly stops …`), a definition (`An inverse femtobarn, written fb⁻¹, is …`), or an explaining
 * phrase later in its sentence or in the next one.
 */
function isExplained(match: PhraseMatch, context: BlockContext, lexicon: Lexicon): boolean {
  const { block, analysis } = context;
  const after = block.text.slice(match.end - block.start, match.end - block.start + 20);
  if (isQuoted(match, context)) return true;
  // A closing quote may stand before the parenthesis, the apposition or a colon; a colon then a word in
  // lower case opens the explanation (`a magnet "quenches": it suddenly stops being superconducting`).
  if (/^["'’”»]?\s?\(/.test(after) || lexicon.apposition.test(after.replace(/^["'’”»]/, '')) || /^["'’”»]?[\s\u00a0\u202f]?:[\s\u00a0\u202f]+\p{Ll}/u.test(after)) return true;
  if (lexicon.definition?.before.test(block.text.slice(Math.max(0, match.start - block.start - 6), match.start - block.start)) && lexicon.definition.after.test(block.text.slice(match.end - block.start, match.end - block.start + 48))) return true;
  const index = analysis.sentences.indexOf(match.sentence);
  const rest = analysis.words.filter((w) => (w.sentence === index && w.start >= match.end) || w.sentence === index + 1).map((w) => w.normal);
  return lexicon.explainers.some((phrase) => containsPhrase(rest, phrase));
}

/** The block's words as the index reads them: without a leading elision (`l'empilement` → `empilement`). */
function withoutElisions(analysis: BlockAnalysis, elision: RegExp | undefined): BlockAnalysis {
  if (!elision) return analysis;
  const words = analysis.words.map((word) => {
    const lead = elision.exec(word.normal)?.[0].length ?? 0;
    return lead === 0 ? word : ({ text: word.text.slice(lead), normal: word.normal.slice(lead), start: word.start + lead, end: word.end, sentence: word.sentence } as Word);
  });
  return { ...analysis, words };
}

/** `clear`: scientific jargon a wide audience does not know, unless it is explained or the audience is expert. */
export const jargon: Detector = {
  name: 'jargon',
  create(spec) {
    const lexicons = perLanguage(spec, lexiconOf);
    return {
      meta: spec.meta,
      checkDocument: function jargonCheck(document: DocumentContext): Report[] {
        const lexicon = lexicons.get(document.language);
        if (!lexicon || document.settings.audience === 'expert') return [];
        // A term explained once in the post is explained for the whole post, headings above included
        // (`# A plain guide to luminosity` … `luminosity measures how …` … `more luminosity`).
        const explained = new Set<Entry>();
        const found: { match: PhraseMatch; context: BlockContext }[] = [];
        document.prose.blocks.forEach((block, index) => {
          if (block.quoted) return;
          const context: BlockContext = { block, analysis: document.analyses[index], language: document.language, format: document.format, settings: document.settings };
          for (const { match, isExplained } of termsOf(context, lexicon)) {
            // A mention in quotes is quiet where it stands but explains nothing elsewhere.
            if (isExplained && !isQuoted(match, context)) explained.add(match.entry);
            else if (!isExplained) found.push({ match, context });
          }
        });
        return found.filter(({ match }) => !explained.has(match.entry)).map(({ match, context }) => reportOf(match, context, lexicon, spec.meta.fix === 'none'));
      },
    };
  },
};

/** The terms of one block, each with whether it is explained where it stands. */
function termsOf(context: BlockContext, lexicon: Lexicon): { match: PhraseMatch; isExplained: boolean }[] {
  const { block } = context;
  const analysis = withoutElisions(context.analysis, lexicon.elision);
  const terms = lexicon.index.match(analysis).filter((match) => {
    const number = match.entry.number;
    const spelled = block.text.slice(match.start - block.start, match.end - block.start);
    if (number === 'required' && !/\d|-/.test(spelled) && numberBefore(match, context, lexicon) === undefined) return false;
    return !(match.entry.namedByNumber === true && isNumberedName(match, context));
  }).map((match) => ({ match, isExplained: isExplained(match, context, lexicon) }));
  // A term that is also an everyday word (`empilement`, `run`) is jargon only next to its
  // cues or to another term of the list.
  const sure = terms.some((t) => !t.isExplained && !lexicon.cues.has(t.match.entry));
  const normals = sure ? [] : analysis.words.map((w) => w.normal);
  return terms.filter((t) => t.isExplained || sure || lexicon.cues.get(t.match.entry)?.some((cue) => containsPhrase(normals, cue)) !== false);
}

/** The finding for one match: from its number (`13,6 TeV`) to its end, with the entry's replacements as fixes. */
function reportOf(match: PhraseMatch, context: BlockContext, lexicon: Lexicon, fixless: boolean): Report {
  const { block, analysis } = context;
  const number = match.entry.number ? numberBefore(match, context, lexicon) : undefined;
  const start = number === undefined ? match.start : analysis.words[number].start;
  const actual = block.text.slice(start - block.start, match.end - block.start);
  const expected = match.entry.expected.map((e) => matchCase(e, actual));
  // After an elision (`l'empilement`) a replacement may need another article: no fix, the message says what to write.
  const elided = match.start !== analysis.words[match.first].start;
  return {
    start,
    end: match.end,
    message: formatMessage(lexicon.file.messages[match.entry.message], { actual, expected: expected[0] ?? '' }),
    expected,
    fixes: elided || fixless ? [] : expected.map((text) => replaceFix(context.language, start, match.end, text)),
  };
}
