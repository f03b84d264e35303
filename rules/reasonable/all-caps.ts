import type { BlockContext, Language, Report } from '../api';
import { accentedSpellings, accentInsensitive, accentMapOf, dictionaryNamesOf, wordListOf, type AccentMap } from '../kinds/lookup';
import { shoutedRuns } from '../kinds/capitals';
import { dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import type { Dictionary } from '../kinds/dictionary';
import { dataFor, type Detector, type PackResources } from '../pack/spec';
import type { WordList } from '../pack/word-list';
import { fixTitle } from '../kinds/fix-titles';

/** Roman numerals of I, V and X only (`RUN II`, `PART IV`), as clear/acronym-first-use reads them. */
const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;

/** One language's messages, the words in capitals that are not shouting, and how to read a word. */
interface Lexicon {
  file: RuleData;
  keepCapitals: Set<string>;
  /** Elided words that may open a word (`c'`, `qu'`), lower case with a straight apostrophe. */
  elisions: string[];
  accents: AccentMap;
  /** The dictionaries the data names (`dictionaries`, default the document's language), read on first use. */
  dictionaries: Language[];
}

/** What a lexicon needs from the pack's dictionaries, built when a document of its language first needs it. */
interface Words {
  /** Exact spellings. */
  exact: WordList;
  /** Spellings with or without their accents. */
  loose: WordList;
}

/**
 * True when `word` (in capitals) is a name, an abbreviation, the organisation's name or a Roman
 * numeral rather than a shouted word, so that it neither counts as shouting nor loses its capitals.
 */
function keepsCapitals(word: string, { keepCapitals }: Lexicon, organisation: readonly string[]): boolean {
  return keepCapitals.has(word) || organisation.includes(word) || ROMAN.test(word);
}

function lexiconOf(file: RuleData, language: Language): Lexicon {
  const dictionaries = dictionaryNamesOf(file, language);
  const elisions = dataStrings(file, 'elisions').map((e) => e.toLowerCase().replace(/[’ʼ‘]/g, "'"));
  return { file, keepCapitals: dataSet(file, 'keepCapitals'), elisions, accents: accentMapOf(file), dictionaries };
}

function wordsOf(lexicon: Lexicon, resources: PackResources): Words {
  const exact = wordListOf(resources, lexicon.dictionaries);
  return { exact, loose: accentInsensitive(exact, lexicon.accents) };
}

/** The length of the elision that opens `text` (`C'` of `C'EST`, `QU'` of `QU'IL`), 0 when none. */
function elisionLength(text: string, lexicon: Lexicon): number {
  const lower = text.toLowerCase().replace(/[’ʼ‘]/g, "'");
  let length = 0;
  for (const elision of lexicon.elisions) {
    if (lower.startsWith(elision) && lower.length > elision.length && elision.length > length) length = elision.length;
  }
  return length;
}

/**
 * The parts of a word in capitals to look up, in lower case: without an opening elision
 * (`C'EST` → `est`, `L'ÉQUIPE` → `équipe`) and split at hyphens (`RENDEZ-VOUS`).
 */
function partsOf(text: string, lexicon: Lexicon): string[] {
  return text.slice(elisionLength(text, lexicon)).normalize('NFC').toLowerCase().split('-');
}

/** The lexicon's dictionary questions for shoutedRuns: a word in capitals is a word when each of its parts is. */
function dictionaryFor(lexicon: Lexicon, words: Words): Dictionary {
  return {
    isWord: (text) => partsOf(text, lexicon).every((part) => part !== '' && words.loose.has(part)),
    segment: () => undefined,
  };
}

/**
 * `word` in lower case, with the accents that its capitals dropped put back (`ENORME` →
 * `énorme`), apostrophes and hyphens as written, and an abbreviation after an elision kept
 * (`L'EPFL` → `l'EPFL`); undefined when the accents are ambiguous (`ELEVE`: `élève` or `élevé`).
 */
function lowered(word: string, lexicon: Lexicon, words: Words, abbreviation: (w: string) => boolean): string | undefined {
  const at = elisionLength(word, lexicon);
  const lead = word.slice(0, at).toLowerCase();
  if (abbreviation(word.slice(at))) return lead + word.slice(at);
  const out: string[] = [];
  for (const part of partsOf(word, lexicon)) {
    if (part === '' || words.exact.has(part) || !words.loose.has(part)) {
      out.push(part);
      continue;
    }
    const spellings = accentedSpellings(part, lexicon.accents, words.exact);
    if (spellings.length !== 1) return undefined;
    out.push(spellings[0]);
  }
  return lead + out.join('-');
}

/**
 * Whether a run sits inside a placeholder to fill in: square or curly brackets, or doubled angle
 * brackets, with nothing but the run and short words between (`[NOM DE L'ENTREPRISE]`,
 * `[PHOTO OF THE TEAM HERE]`, `{{FIRST NAME}}`, `<<MONTH>>`). Such text is a template's slot, not shouting.
 */
function inPlaceholder(text: string, from: number, to: number): boolean {
  const before = text.slice(Math.max(0, from - 24), from);
  const after = text.slice(to, to + 24);
  return /(?:\[|\{|<<)[^\[\]{}<>\n]*$/.test(before) && /^[^\[\]{}<>\n]*(?:\](?!\()|\}|>>)/.test(after);
}

/** `reasonable`: runs of shouted words in capitals. The fix writes them in sentence case and keeps acronyms. */
export const allCaps: Detector = {
  name: 'all-caps',
  create(spec, resources) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language), language)]));
    const words = new Map<Language, Words>();
    return {
      meta: spec.meta,
      checkBlock: function allCapsCheck({ block, analysis, settings, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon) return [];
        let known = words.get(language);
        if (!known) words.set(language, (known = wordsOf(lexicon, resources)));
        // A name or an abbreviation, also after an elision (`L'EPFL`).
        const abbreviation = (w: string): boolean => keepsCapitals(w, lexicon, settings.organisation) || keepsCapitals(w.slice(elisionLength(w, lexicon)), lexicon, settings.organisation);
        const runs = shoutedRuns(analysis, dictionaryFor(lexicon, known), abbreviation).filter((run) => !inPlaceholder(block.text, run.start - block.start, run.end - block.start));
        return runs.map((run) => {
          const actual = block.text.slice(run.start - block.start, run.end - block.start);
          let expected: string | undefined = '';
          let at = run.start;
          for (let k = run.first; k <= run.last && expected !== undefined; k++) {
            const word = analysis.words[k];
            let text = keepsCapitals(word.text, lexicon, settings.organisation) ? word.text : lowered(word.text, lexicon, known, abbreviation);
            // A run may cross sentences (`C'EST FINI. MERCI`): each sentence keeps its capital.
            if (text !== undefined && analysis.sentences[word.sentence].words[0] === word) text = text.charAt(0).toUpperCase() + text.slice(1);
            expected = text === undefined ? undefined : expected + block.text.slice(at - block.start, word.start - block.start) + text;
            at = word.end;
          }
          const message = formatMessage(lexicon.file.messages.default, { actual });
          if (expected === undefined) return { start: run.start, end: run.end, message, expected: [], fixes: [] };
          return {
            start: run.start,
            end: run.end,
            message,
            expected: [expected],
            fixes: [{ title: lexicon.file.messages.fixTitle ? formatMessage(lexicon.file.messages.fixTitle, { expected }) : fixTitle('replace', language, expected), edits: [{ start: run.start, end: run.end, text: expected }] }],
          };
        });
      },
    };
  },
};
