import type { Word } from '../../server/src/engine/analysis';
import type { ProseBlock } from '../../server/src/engine/prose';
import type { DocumentContext, Report, Rule } from '../../server/src/engine/rule';
import { isCapsToken, shoutedRuns } from '../kinds/capitals';
import { formatMessage, loadRuleData, RuleDataError, type RuleData } from '../kinds/data';
import { isEnglishWord } from '../kinds/dictionary';
import en from './acronym-first-use.en.yml';

/** The data file with its lists checked. */
interface AcronymData extends RuleData {
  known: Record<string, string>;
  names: string[];
  abbreviations: string[];
  /** How many acronyms missing from `known` one document may report. */
  unknownPerDocument: number;
}

function loadAcronymData(raw: unknown, file: string): AcronymData {
  const data = loadRuleData(raw, file);
  const known = (data.known ?? {}) as Record<string, unknown>;
  for (const [key, value] of Object.entries(known)) {
    if (typeof value !== 'string') throw new RuleDataError(`${file}: known.${key}: expected the expansion as a string`);
  }
  for (const list of ['names', 'abbreviations'] as const) {
    const value = data[list];
    if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) throw new RuleDataError(`${file}: \`${list}\` must be a list of strings`);
  }
  if (typeof data.unknownPerDocument !== 'number') throw new RuleDataError(`${file}: \`unknownPerDocument\` must be a number`);
  return data as AcronymData;
}

const data = { en: loadAcronymData(en, 'rules/clear/acronym-first-use.en.yml') };
const NOT_ACRONYMS = new Set([...data.en.names, ...data.en.abbreviations]);

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
 * than an acronym to spell out. Exported for reasonable/all-caps, which must skip acronyms.
 */
export function isAbbreviation(word: string, organisation: readonly string[] = []): boolean {
  const base = acronymOf(word) ?? word;
  return NOT_ACRONYMS.has(word) || NOT_ACRONYMS.has(base) || organisation.includes(base) || base in data.en.known || ROMAN.test(base);
}

/** The expansion of `acronym` from the data (`LS3` → `Long Shutdown 3`), if known. */
function expansionOf(acronym: string): string | undefined {
  if (acronym in data.en.known) return data.en.known[acronym];
  const match = /^(.*?[A-Z])-?(\d+)$/.exec(acronym);
  return match && match[1] in data.en.known ? `${data.en.known[match[1]]} ${match[2]}` : undefined;
}

/** `clear`: acronyms that are not spelled out at their first use. */
export const acronymFirstUse: Rule & { data: typeof data } = {
  meta: {
    id: 'acronym-first-use',
    guideline: 'clear',
    description: 'Spell out an acronym the first time you use it.',
    severity: 'info',
    languages: ['en'],
    fix: 'suggestion',
  },
  data,
  checkDocument: function acronymFirstUseCheck(context: DocumentContext): Report[] {
    const { messages } = data.en;
    const organisation = context.settings.organisation;
    const seen = new Set<string>();
    let unknownReported = 0;
    const reports: Report[] = [];
    let before = '';
    context.prose.blocks.forEach((block, index) => {
      const analysis = context.analyses[index];
      const checked = !block.quoted && (block.kind === 'paragraph' || block.kind === 'text');
      if (checked) {
        const shouted = shoutedRuns(analysis, (w) => isAbbreviation(w, organisation));
        analysis.words.forEach((word, k) => {
          const acronym = acronymOf(word.text);
          if (!acronym || shouted.some((run) => k >= run.first && k <= run.last)) return;
          if (isAbbreviation(word.text, organisation) && !expansionOf(acronym)) return;
          // A word in capitals (`HELP`, `OR`) is emphasis, not an acronym; the data's acronyms win (`SAT`).
          if (/^\p{Lu}+$/u.test(acronym) && isEnglishWord(acronym) && !expansionOf(acronym)) return;
          if (block.links.some((link) => word.start >= link.start && word.end <= link.end)) return;
          if (seen.has(acronym)) return;
          seen.add(acronym);
          const expansion = expansionOf(acronym);
          if (!expansion && unknownReported >= data.en.unknownPerDocument) return;
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
