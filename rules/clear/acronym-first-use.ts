import type { DocumentContext, ProseBlock, Report, Word } from '../api';
import { isCapsToken, shoutedRuns } from '../kinds/capitals';
import { dataMap, dataNumber, dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { dictionaryOf } from '../kinds/dictionary';
import { dataFor, type Detector } from '../pack/spec';

/** What tells an acronym to spell out from a name or a common abbreviation, from the rule's data. */
interface AcronymLexicon {
  /** Acronyms with their expansion (`LHC` → `Large Hadron Collider`). */
  known: Map<string, string>;
  /** `names` and `abbreviations` of the data: letters that are not acronyms to spell out. */
  notAcronyms: Set<string>;
}

/** The lexicon of a data section with `known`, `names` and `abbreviations` (acronym-first-use's own). */
function acronymLexiconOf(data: RuleData): AcronymLexicon {
  const notAcronyms = dataSet(data, 'names');
  for (const abbreviation of dataStrings(data, 'abbreviations')) notAcronyms.add(abbreviation);
  return { known: dataMap(data, 'known'), notAcronyms };
}

/** Two capitals or more; digits and inner hyphens allowed; no run of three digits (`CVE-2021-42574` is an identifier). */
function acronymOf(text: string): string | undefined {
  const base = /[\p{Lu}\d]s$/u.test(text) ? text.slice(0, -1) : text;
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
  return notAcronyms.has(word) || notAcronyms.has(base) || organisation.includes(base) || known.has(base) || ROMAN.test(base);
}

/** The expansion of `acronym` from the data (`LS3` → `Long Shutdown 3`), if known. */
function expansionOf(acronym: string, { known }: AcronymLexicon): string | undefined {
  if (known.has(acronym)) return known.get(acronym);
  const match = /^(.*?[A-Z])-?(\d+)$/.exec(acronym);
  return match && known.has(match[1]) ? `${known.get(match[1])} ${match[2]}` : undefined;
}

/** `clear`: acronyms that are not spelled out at their first use. */
export const acronymFirstUse: Detector = {
  name: 'acronym-first-use',
  create(spec, resources) {
    const file = dataFor(spec, 'en');
    const { messages } = file;
    const lexicon = acronymLexiconOf(file);
    /** How many acronyms missing from `known` one document may report. */
    const unknownPerDocument = dataNumber(file, 'unknownPerDocument');
    const dictionary = dictionaryOf(resources.dictionary('en'));
    return {
      meta: spec.meta,
      checkDocument: function acronymFirstUseCheck(context: DocumentContext): Report[] {
        const organisation = context.settings.organisation;
        const abbreviation = (w: string): boolean => isAbbreviation(w, lexicon, organisation);
        const seen = new Set<string>();
        let unknownReported = 0;
        const reports: Report[] = [];
        let before = '';
        context.prose.blocks.forEach((block, index) => {
          const analysis = context.analyses[index];
          const checked = !block.quoted && (block.kind === 'paragraph' || block.kind === 'text');
          if (checked) {
            const shouted = shoutedRuns(analysis, dictionary, abbreviation);
            analysis.words.forEach((word, k) => {
              const acronym = acronymOf(word.text);
              if (!acronym || shouted.some((run) => k >= run.first && k <= run.last)) return;
              if (abbreviation(word.text) && !expansionOf(acronym, lexicon)) return;
              // A word in capitals (`HELP`, `OR`) is emphasis, not an acronym; the data's acronyms win (`SAT`).
              if (/^\p{Lu}+$/u.test(acronym) && dictionary.isWord(acronym) && !expansionOf(acronym, lexicon)) return;
              if (block.links.some((link) => word.start >= link.start && word.end <= link.end)) return;
              if (seen.has(acronym)) return;
              seen.add(acronym);
              const expansion = expansionOf(acronym, lexicon);
              if (!expansion && unknownReported >= unknownPerDocument) return;
              const sentence = analysis.sentences[word.sentence];
              const sentenceText = block.text.slice(sentence.start - block.start, sentence.end - block.start);
              if (isExpanded(block, word) || (expansion && (before + sentenceText).toLowerCase().includes(expansion.toLowerCase()))) return;
              if (!expansion) unknownReported++;
              const atSentenceStart = sentence.words[0] === word;
              const expected = expansion && acronym === word.text ? [`${atSentenceStart ? capitalise(expansion) : expansion} (${acronym})`] : [];
              reports.push({
                start: word.start,
                end: word.end,
                message: formatMessage(expected.length ? messages.known : messages.unknown, { actual: word.text, expected: expected[0] ?? '' }),
                expected,
                fixes: expected.map((text) => ({ title: `Replace with \`${text}\``, edits: [{ start: word.start, end: word.end, text }] })),
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

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** `Large Hadron Collider (LHC)` or `LHC (Large Hadron Collider)`: the acronym is defined where it stands. */
function isExpanded(block: ProseBlock, word: Word): boolean {
  const from = word.start - block.start;
  const to = word.end - block.start;
  const after = block.text.slice(to, to + 4);
  return (block.text.charAt(from - 1) === '(' && /^s?\)/.test(after)) || /^\s?\(\s?\p{L}/u.test(after);
}
