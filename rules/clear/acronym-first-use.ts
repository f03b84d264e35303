import type { DocumentContext, Language, ProseBlock, Report, Word } from '../api';
import { isCapsToken, shoutedRuns } from '../kinds/capitals';
import { dataMap, dataNumber, dataSet, dataString, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { dictionaryOf, type Dictionary } from '../kinds/dictionary';
import { accentInsensitive, accentMapOf } from '../kinds/lookup';
import type { WordList } from '../pack/word-list';
import { dataFor, type Detector } from '../pack/spec';
import { replaceFix } from '../kinds/fix-titles';
import { escapeRegExp } from '../kinds/regex';

/** What tells an acronym to spell out from a name or a common abbreviation, from the rule's data. */
interface AcronymLexicon {
  /** Acronyms with their expansion (`LHC` → `Large Hadron Collider`). */
  known: Map<string, string>;
  /** `names` and `abbreviations` of the data: letters that are not acronyms to spell out. */
  notAcronyms: Set<string>;
}

/** One language section, ready for lookups. */
interface Section {
  messages: Record<string, string>;
  lexicon: AcronymLexicon;
  unknownPerDocument: number;
  /** A post for one of `socialPlatforms` (written for anyone, and short) may get up to this many. */
  unknownPerSocialPost: number;
  socialPlatforms: Set<string>;
  /** Words in capitals that are words of the language (`URGENT`, `ATTENTION`), not acronyms. */
  dictionary: Dictionary;
  /** How the fix writes an acronym with its expansion: `{expansion} ({acronym})` or `{acronym} ({expansion})`. */
  spelledOut: string;
  /** A leading elision (`l'ANR`, `d’IN2P3`), stripped before the acronym is read. */
  elision: RegExp | undefined;
  definitions: Definitions;
  /** Words after which letters in capitals are a code to type, not an acronym (`code NEIGE20`). */
  codeWords: Set<string>;
  /** Words of a sentence that make letters in capitals in it a code to type (`grab yours with BEAMFEST at checkout`). */
  codeCues: Set<string>;
}

/** The data's ways to define an acronym where it stands, as patterns on the text around it. */
interface Definitions {
  /** Right after the acronym: `CNRS, c'est-à-dire …`. */
  after: RegExp | undefined;
  /** Right after the acronym, when a word that may start its expansion follows: `FNS, pour Fonds …`. The next word is captured. */
  afterExpansion: RegExp | undefined;
  /** Right before the acronym: `… de la recherche scientifique, ou CNRS`. */
  before: RegExp | undefined;
}

const SPACE = '[\\s\\u00a0\\u202f]';

/** Opening quotes and masked emphasis right before an acronym (`("GC")`, `(*GC*)`, `« GC »`). */
const QUOTES_BEFORE = '["“‘\'«*_\\uFFFC]{0,3}[\\u00a0\\u202f ]?';

/** A data phrase as a pattern: any space for a space, either apostrophe for one. */
function phrasePattern(phrase: string): string {
  const escaped = escapeRegExp(phrase.trim());
  // A phrase that starts with a letter starts a word (`dit`, not the end of `interdit`).
  return (/^\p{L}/u.test(phrase) ? '(?<!\\p{L})' : '') + escaped.replace(/\s+/g, `${SPACE}+`).replace(/['’]/g, "['’]");
}

function alternatives(data: RuleData, key: string): string | undefined {
  // Longest first, so that `soit le` is tried before `soit`.
  const phrases = dataStrings(data, key).sort((a, b) => b.length - a.length);
  return phrases.length ? phrases.map(phrasePattern).join('|') : undefined;
}

function definitionsOf(data: RuleData): Definitions {
  // Masked markup may come between (`[FOSDEM][site] stands for`, `*GC*, or`).
  const lead = `^[\\s\\u00a0\\u202f\\uFFFC]*[,:—–-]?${SPACE}*`;
  // `pour`, `for`: only after a comma or a dash (`HLT for ATLAS` names no expansion).
  const punctuated = `^[\\s\\u00a0\\u202f\\uFFFC]*[,:—–-]${SPACE}*`;
  const after = alternatives(data, 'definedAfter');
  const afterExpansion = alternatives(data, 'definedAfterExpansion');
  const before = alternatives(data, 'definedBefore');
  return {
    after: after === undefined ? undefined : new RegExp(`${lead}(?:${after})(?![\\p{L}\\p{N}])`, 'iu'),
    afterExpansion: afterExpansion === undefined ? undefined : new RegExp(`${punctuated}(?:${afterExpansion})${SPACE}+([^\\s\\u00a0\\u202f]+)`, 'iu'),
    // Quotes and masked emphasis may come between (`collection (or "GC")`).
    before: before === undefined ? undefined : new RegExp(`(?:${before})${SPACE}*${QUOTES_BEFORE}$`, 'iu'),
  };
}

/**
 * The words in capitals that are words of the language: the pack's word list, with or without
 * the accents capitals often drop (`ENORME`, the section's `accents`), the section's `words`, and
 * words with one of its `wordLetters` (`FIÈRE`: acronyms carry no accent).
 */
function dictionaryFor(words: () => WordList, data: RuleData): Dictionary {
  // Built on the first document of the language: a pack's word list is tens of thousands of
  // words, and start-up should not pay for a language no open post is written in.
  let base: Dictionary | undefined;
  const built = (): Dictionary => (base ??= dictionaryOf(accentInsensitive(words(), accentMapOf(data))));
  const own = new Set(dataStrings(data, 'words').map((w) => w.toLowerCase()));
  const letters = dataStrings(data, 'wordLetters').join('');
  const accented = letters ? new RegExp(`[${letters.replace(/[\]\\^-]/g, '\\$&')}]`, 'u') : undefined;
  return { isWord: (w) => own.has(w.toLowerCase()) || (accented?.test(w) ?? false) || built().isWord(w), segment: (text) => built().segment(text) };
}

function sectionOf(data: RuleData, words: () => WordList): Section {
  const notAcronyms = dataSet(data, 'names');
  for (const abbreviation of dataStrings(data, 'abbreviations')) notAcronyms.add(abbreviation);
  const elisions = dataStrings(data, 'elisions').map((e) => e.replace(/['’]$/, ''));
  return {
    messages: data.messages,
    lexicon: { known: dataMap(data, 'known'), notAcronyms },
    unknownPerDocument: dataNumber(data, 'unknownPerDocument'),
    unknownPerSocialPost: data.unknownPerSocialPost === undefined ? dataNumber(data, 'unknownPerDocument') : dataNumber(data, 'unknownPerSocialPost'),
    socialPlatforms: dataSet(data, 'socialPlatforms'),
    dictionary: dictionaryFor(words, data),
    spelledOut: dataString(data, 'spelledOut'),
    elision: elisions.length ? new RegExp(`^(?:${elisions.sort((a, b) => b.length - a.length).join('|')})['’](?=\\p{Lu})`, 'iu') : undefined,
    definitions: definitionsOf(data),
    codeWords: new Set(dataStrings(data, 'codeWords').map((w) => w.toLowerCase())),
    codeCues: new Set(dataStrings(data, 'codeCues').map((w) => w.toLowerCase())),
  };
}

/**
 * A mixed-case acronym: a capital, one lower-case letter, then one or two capitals (`VdM`, `MoU`,
 * `DoE`), as a small word of a name keeps its lower case in its initials.
 */
const MIXED_CASE = /^\p{Lu}\p{Ll}\p{Lu}{1,2}$/u;

/**
 * Two capitals or more; digits and inner hyphens allowed; no run of three digits (`CVE-2021-42574`
 * is an identifier); or a mixed-case acronym (`VdM`).
 */
function acronymOf(text: string): string | undefined {
  const base = /[\p{Lu}\d]s$/u.test(text) ? text.slice(0, -1) : text;
  if (MIXED_CASE.test(base)) return base;
  // `PHYS20`, `SHA256`: four letters or more then digits make a code (promo, product), not an acronym.
  if (!isCapsToken(base) || /['’]|\d{3}|\p{Lu}{4}\d{2}/u.test(base) || base.length > 12) return undefined;
  return (base.match(/\p{Lu}/gu) ?? []).length >= 2 ? base : undefined;
}

/** Roman numerals of I, V and X only (`Run II`, `Part IV`); `MD` or `CD` are not read as numerals. */
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/**
 * True when `word` is a name, a common abbreviation or an ordinary word in capitals rather
 * than an acronym to spell out.
 */
function isAbbreviation(word: string, { known, notAcronyms }: AcronymLexicon, organisation: readonly string[] = []): boolean {
  const base = acronymOf(word) ?? word;
  // A number after a name keeps it a name: `COP28`, `PS5`.
  const numbered = /^(.*?\p{Lu})-?\d+$/u.exec(base)?.[1];
  return notAcronyms.has(word) || notAcronyms.has(base) || (numbered !== undefined && notAcronyms.has(numbered)) || organisation.includes(base) || known.has(base) || ROMAN.test(base);
}

/** The expansion of `acronym` from the data (`LS3` → `Long Shutdown 3`), if known. */
function expansionOf(acronym: string, { known }: AcronymLexicon): string | undefined {
  if (known.has(acronym)) return known.get(acronym);
  const match = /^(.*?[A-Z])-?(\d+)$/.exec(acronym);
  return match && known.has(match[1]) ? `${known.get(match[1])} ${match[2]}` : undefined;
}

/** Where an acronym stands in a word: after an elision (`l'ANR`) and before a full stop the parser left on it (`HL-LHC.`) or a possessive (`LHC's`). */
interface Token {
  text: string;
  start: number;
  end: number;
  /** Written with a possessive (`LHC's`): the fix would read `Large Hadron Collider (LHC)'s`, so none is offered. */
  possessive?: boolean;
}

function tokenOf(word: Word, elision: RegExp | undefined): Token {
  const lead = elision?.exec(word.text)?.[0].length ?? 0;
  // A full stop the parser left on it (`HL-LHC.`), or an English possessive (`the LHC's cavities`).
  const possessive = /['’]s$/.test(word.text) && acronymOf(word.text.slice(lead, -2)) ? 2 : 0;
  const trail = possessive || (/\.$/.test(word.text) && acronymOf(word.text.slice(lead, -1)) ? 1 : 0);
  return { text: word.text.slice(lead, word.text.length - trail), start: word.start + lead, end: word.end - trail, possessive: possessive > 0 };
}

/** Text compared for an expansion: lower case, straight apostrophes, one kind of space. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[’ʼ]/g, "'").replace(/[\s\u00a0\u202f]+/g, ' ');
}

/** `clear`: acronyms that are not spelled out at their first use. */
export const acronymFirstUse: Detector = {
  name: 'acronym-first-use',
  create(spec, resources) {
    const sections = new Map<Language, Section>(spec.meta.languages.map((language) => [language, sectionOf(dataFor(spec, language), () => resources.dictionary(language))]));
    /** An acronym's expansions in every language of the rule: `le Large Hadron Collider (LHC)` defines it in French too. */
    const expansionsOf = (acronym: string): string[] => [...sections.values()].map((s) => expansionOf(acronym, s.lexicon)).filter((e): e is string => e !== undefined).map(comparable);
    return {
      meta: spec.meta,
      checkDocument: function acronymFirstUseCheck(context: DocumentContext): Report[] {
        const section = sections.get(context.language);
        if (!section) return [];
        const { messages, lexicon, dictionary } = section;
        const organisation = context.settings.organisation;
        const abbreviation = (w: string): boolean => isAbbreviation(w, lexicon, organisation);
        const seen = new Set<string>();
        let unknownReported = 0;
        // A social-media post gets each of its few unknown acronyms; another text (a blog for specialists) only the first.
        const platform = context.settings.platform;
        const unknownLimit = platform !== undefined && section.socialPlatforms.has(platform) ? section.unknownPerSocialPost : section.unknownPerDocument;
        const reports: Report[] = [];
        let before = '';
        const title = typeof context.prose.frontmatter.title === 'string' ? context.prose.frontmatter.title : '';
        context.prose.blocks.forEach((block, index) => {
          const analysis = context.analyses[index];
          const checked = !block.quoted && (block.kind === 'paragraph' || block.kind === 'text');
          if (checked) {
            // Each word is looked up in tables built once per block, so that a long run of capitals costs its length, not its square.
            const inShoutedRun = new Uint8Array(analysis.words.length);
            for (const run of shoutedRuns(analysis, dictionary, abbreviation)) inShoutedRun.fill(1, run.first, run.last + 1);
            const shouting = shoutingWords(analysis.words, (w) => dictionary.isWord(tokenOf(w, section.elision).text));
            const cued = new Map<number, boolean>();
            const hasCodeCue = (sentence: number): boolean => {
              let found = cued.get(sentence);
              if (found === undefined) cued.set(sentence, (found = analysis.sentences[sentence].words.some((w) => section.codeCues.has(w.normal))));
              return found;
            };
            analysis.words.forEach((word, k) => {
              const token = tokenOf(word, section.elision);
              const acronym = acronymOf(token.text);
              if (!acronym || inShoutedRun[k]) return;
              // A word in capitals right beside shouted words is shouting too, even if no dictionary has it (`C'EST LA CATA`).
              if (!expansionOf(acronym, lexicon) && shouting(k)) return;
              // A code to type in a sentence about a discount (`grab yours with BEAMFEST at checkout for 25% off`).
              if (!expansionOf(acronym, lexicon) && /^\p{Lu}{4,}$/u.test(acronym) && hasCodeCue(word.sentence)) return;
              if (abbreviation(token.text) && !expansionOf(acronym, lexicon)) return;
              // A word in capitals (`HELP`, `OR`) is emphasis, not an acronym; the data's acronyms win (`SAT`).
              if (/^\p{Lu}+$/u.test(acronym) && dictionary.isWord(acronym) && !expansionOf(acronym, lexicon)) return;
              if (block.links.some((link) => token.start >= link.start && token.end <= link.end)) return;
              if (isCodeOrCompound(acronym, analysis.words[k - 1], word, section)) return;
              if (!expansionOf(acronym, lexicon) && isInProperName(analysis.words, k, token)) return;
              if (seen.has(acronym)) return;
              seen.add(acronym);
              const expansion = expansionOf(acronym, lexicon);
              if (!expansion && unknownReported >= unknownLimit) return;
              const sentence = analysis.sentences[word.sentence];
              const sentenceText = comparable(before + block.text.slice(sentence.start - block.start, sentence.end - block.start));
              if (isDefinedInPlace(block, token, acronym, section.definitions)) return;
              if (expansionsOf(acronym).some((e) => sentenceText.includes(e))) return;
              if (spelledByInitials(acronym, `${title}\n${before}${block.text}`)) return;
              if (!expansion) unknownReported++;
              const atSentenceStart = sentence.words[0] === word && token.start === word.start;
              const written = expansion && acronym === token.text ? formatMessage(section.spelledOut, { acronym, expansion }) : undefined;
              const spelled = written && (atSentenceStart ? capitalise(written) : written);
              // A possessive keeps the message's expansion but gets no fix (`Large Hadron Collider (LHC)'s` reads badly).
              const expected = spelled && !token.possessive ? [spelled] : [];
              reports.push({
                start: token.start,
                end: token.end,
                message: formatMessage(spelled ? messages.known : messages.unknown, { actual: token.text, expected: spelled ?? '' }),
                expected,
                fixes: expected.map((text) => replaceFix(context.language, token.start, token.end, text)),
              });
            });
          }
          before += `${block.text}\n`;
        });
        return reports;
      },
    };
  },
};

/**
 * A code to type after one of the data's `codeWords` (`Code SKI-GVA`), or a compound with a word of the
 * language (`NEIGE-CERN`): neither is an acronym to spell out.
 */
function isCodeOrCompound(acronym: string, previous: Word | undefined, word: Word, section: Section): boolean {
  if (previous && previous.sentence === word.sentence && section.codeWords.has(previous.normal)) return true;
  return acronym.includes('-') && acronym.split('-').some((part) => part.length >= 4 && /^\p{Lu}+$/u.test(part) && section.dictionary.isWord(part));
}

/** Two words of one run of capitals: a few characters apart, in one sentence. */
function adjacentWords(a: Word, b: Word): boolean {
  return a.sentence === b.sentence && b.start - a.end <= 3;
}

/**
 * Whether the word in capitals at `k` stands in a run of capitals with two words of the language
 * or more besides itself (`C'EST LA CATA`). The runs and their counts of words are found once,
 * in one pass over the block's words.
 */
function shoutingWords(words: readonly Word[], isWord: (word: Word) => boolean): (k: number) => boolean {
  const runOf = new Int32Array(words.length).fill(-1);
  const runs: { first: number; last: number; count?: number }[] = [];
  const caps = words.map((w) => isCapsToken(w.text));
  for (let i = 0; i < words.length; i++) {
    if (!caps[i]) continue;
    let j = i;
    while (j + 1 < words.length && caps[j + 1] && adjacentWords(words[j], words[j + 1])) j++;
    runOf.fill(runs.length, i, j + 1);
    runs.push({ first: i, last: j });
    i = j;
  }
  const counted = (k: number): boolean => words[k].text.length > 1 && isWord(words[k]);
  return (k) => {
    const run = runs[runOf[k]];
    if (!run) return false;
    if (run.count === undefined) {
      run.count = 0;
      for (let j = run.first; j <= run.last; j++) if (counted(j)) run.count++;
    }
    return run.count - (counted(k) ? 1 : 0) >= 2;
  };
}

/** A word with a capital and then lower case only (`Ryzen`, `Code`, `Miao`), not a word in capitals or a camel-cased one. */
const TITLE_CASE = /^\p{Lu}\p{Ll}+(?:['’-]\p{L}+)?$/u;

/**
 * Letters in capitals that are part of a proper name, not an acronym to spell out: a product,
 * a person or an event, where a capitalised word follows on the same sentence (`AMD Ryzen`,
 * `VS Code`, `SHA Miao`), or a capitalised word comes before and a year or number after
 * (`Rust LATAM 2019`). Only one space apart; only for acronyms the data does not know.
 */
function isInProperName(words: readonly Word[], k: number, token: Token): boolean {
  const word = words[k];
  if (token.end !== word.end) return false;
  const next = words[k + 1];
  const close = (a: Word, b: Word): boolean => a.sentence === b.sentence && b.start - a.end === 1;
  if (next && close(word, next) && TITLE_CASE.test(next.text)) return true;
  const previous = words[k - 1];
  const startsSentence = !previous || previous.sentence !== word.sentence || (k >= 2 && words[k - 2].sentence !== previous.sentence);
  return !startsSentence && previous !== undefined && next !== undefined && close(previous, word) && close(word, next) && TITLE_CASE.test(previous.text) && /^\d{1,4}$/.test(next.text);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/**
 * The acronym is defined where it stands: `Large Hadron Collider (LHC)`, `LHC (Large Hadron
 * Collider)`, or one of the data's definitions (`CNRS, c'est-à-dire …`, `…, ou CNRS`,
 * `FNS, pour Fonds national …` when the next word has a capital or the acronym's first letter).
 */
function isDefinedInPlace(block: ProseBlock, token: Token, acronym: string, definitions: Definitions): boolean {
  const from = token.start - block.start;
  const to = token.end - block.start;
  const after = block.text.slice(to, to + 48);
  // `garbage collection ("GC")`, `(*GC*)`: quotes and masked emphasis around the acronym.
  const inParentheses = /\([\s\u00a0\u202f]?["“‘'«*_\uFFFC]{0,3}[\s\u00a0\u202f]?$/u.test(block.text.slice(Math.max(0, from - 6), from));
  if (inParentheses && /^s?[\s\u00a0\u202f]?["”’'»*_\uFFFC]{0,3}[\s\u00a0\u202f]?\)/u.test(after)) return true;
  // `RPC (Remote Procedure Call)`, `RPC *(Remote Procedure Call)*`.
  if (/^\s?[*_\uFFFC]{0,3}\(\s?["“*_\uFFFC]{0,3}\p{L}/u.test(after)) return true;
  if (definitions.after?.test(after) || definitions.before?.test(block.text.slice(Math.max(0, from - 32), from))) return true;
  // Inside parentheses the comma may go: `(SSR pour Server Side Rendering)`.
  const opened = block.text.charAt(from - 1) === '(' ? ',' : '';
  const next = definitions.afterExpansion?.exec(opened + after)?.[1].replace(/^\p{L}{1,6}['’]/u, '');
  return next !== undefined && (/^\p{Lu}/u.test(next) || next.charAt(0).toLowerCase() === acronym.charAt(0).toLowerCase());
}

/**
 * Whether capitalised words whose initials spell `acronym` stand in the post's title, before the
 * acronym or in its paragraph: `Domain Working Group` above `WG`, `ROI ("Return On Investment")`.
 * Each part is one letter class then a separator class, so the search is linear.
 */
function spelledByInitials(acronym: string, text: string): boolean {
  const letters = [...acronym];
  if (letters.length < 2 || letters.some((letter) => !/\p{Lu}/u.test(letter))) return false;
  const words = letters.map((letter) => `${letter}\\p{Ll}+`).join('[ \\t\\u00a0-]+');
  return new RegExp(`(?<![\\p{L}])${words}(?![\\p{L}])`, 'u').test(text);
}
