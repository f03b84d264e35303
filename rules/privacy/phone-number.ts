import { findNumbers, type CountryCode } from 'libphonenumber-js';
import type { BlockContext, Language, Report } from '../api';
import type { Fix } from '../api';
import { dataSet, dataStrings, formatMessage, type RuleData } from '../kinds/data';
import { redactionOf } from '../kinds/redaction';
import { dataFor, type Detector } from '../pack/spec';

/** One language's regions and neighbour words. */
interface Lexicon {
  file: RuleData;
  countries: CountryCode[];
  notAfter: Set<string>;
  notBefore: Set<string>;
  redact: (start: number, end: number) => Fix;
}

function lexiconOf(file: RuleData): Lexicon {
  return {
    file,
    countries: dataStrings(file, 'countries') as CountryCode[],
    notAfter: dataSet(file, 'notAfter'),
    notBefore: dataSet(file, 'notBefore'),
    redact: redactionOf(file),
  };
}

/**
 * libphonenumber-js finds the candidates (`POSSIBLE` leniency, since invented 555 numbers and
 * new ranges are not `VALID`), then the shape decides.
 * How phone numbers are written, as opposed to other long numbers: a `+` country code, an area
 * code in brackets, a trunk `0` followed by grouped digits (`079 555 12 34`), or the
 * North American `555-010-9999`. libphonenumber-js alone accepts `2404.00003` (an arXiv id)
 * or `1 234 567` (a count) as possible numbers somewhere, so a shape is required too.
 */
const PHONE_SHAPES = [/^\+\d/, /^\(\d{2,5}\)\s?\d/, /^0\d{1,4}[\s./-]\d/, /^\d{3}[-.]\d{3}[-.]\d{4}$/];
const DATE = /^\d{1,2}[./-]\d{1,2}[./-]\d{2,4}$/;
/** Opening hours (`08.30-12.00`, `8:30 – 12:00`): two times of day, not a number. */
const TIME_RANGE = /^\d{1,2}[.:h]\d{2}\s*[-–]\s*\d{1,2}[.:h]\d{2}$/;
const GROUPS = /\d+/g;
/**
 * Thin spaces that typography puts between digit groups (narrow no-break U+202F, figure U+2007,
 * thin U+2009: `06 12 34 56 78`), which libphonenumber-js does not take for separators; each is
 * replaced by a space of the same length, so offsets stay those of the text.
 */
const THIN_SPACES = /[\u2007\u2009\u202f]/g;

/**
 * What a block needs before libphonenumber-js is worth running (it scans the text once per
 * country): 8 digits, and the start of one of the shapes above somewhere.
 */
const SHAPE_START = /\+\d|\(\d{2,5}\)\s?\d|0\d{1,4}[\s./-]\d|\d{3}[-.]\d{3}[-.]\d{4}/;

function mayHavePhone(text: string): boolean {
  let digits = 0;
  for (let i = 0; i < text.length && digits < 8; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) digits++;
  }
  return digits >= 8 && SHAPE_START.test(text);
}

function looksLikePhone(text: string): boolean {
  const digits = text.replace(/\D/g, '').length;
  if (digits < 8 || digits > 15 || DATE.test(text) || TIME_RANGE.test(text)) return false;
  // Long digit runs are identifiers; phone numbers are written in groups of at most 5.
  if ((text.match(GROUPS) ?? []).some((group) => group.length > 6)) return false;
  return PHONE_SHAPES.some((shape) => shape.test(text));
}

/** The whitespace-separated token before `index` and after `end`, lower-cased, edge punctuation trimmed. */
function neighbours(text: string, index: number, end: number): { before: string; after: string } {
  const before = /(\S+)\s*$/.exec(text.slice(Math.max(0, index - 20), index))?.[1] ?? '';
  const after = /^\s*(\S+)/.exec(text.slice(end, end + 20))?.[1] ?? '';
  return { before: before.toLowerCase().replace(/[,;(]+$/, ''), after: after.toLowerCase().replace(/[.,;:!?)]+$/, '') };
}

/** `privacy`: phone numbers, yours or anyone else's, are personal data and a security risk. */
export const phoneNumber: Detector = {
  name: 'phone-number',
  create(spec) {
    const lexicons = new Map<Language, Lexicon>(spec.meta.languages.map((language) => [language, lexiconOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkBlock: function phoneNumberCheck({ block, language }: BlockContext): Report[] {
        const lexicon = lexicons.get(language);
        if (!lexicon || !mayHavePhone(block.text)) return [];
        const { file, countries, notAfter, notBefore, redact } = lexicon;
        const text = block.text.replace(THIN_SPACES, ' ');
        const spans = new Map<number, number>();
        for (const defaultCountry of countries) {
          // `leniency` is a documented option that the type declarations leave out; a variable passes it.
          const options = { defaultCountry, v2: true as const, leniency: 'POSSIBLE' };
          for (const found of findNumbers(text, options)) {
            if (!looksLikePhone(text.slice(found.startsAt, found.endsAt))) continue;
            const { before, after } = neighbours(text, found.startsAt, found.endsAt);
            if (notAfter.has(before) || notBefore.has(after)) continue;
            spans.set(found.startsAt, Math.max(spans.get(found.startsAt) ?? 0, found.endsAt));
          }
        }
        return [...spans].map(([from, to]) => {
          const start = block.start + from;
          const end = block.start + to;
          return {
            start,
            end,
            message: formatMessage(file.messages.default, { actual: block.text.slice(from, to) }),
            fixes: [redact(start, end)],
          };
        });
      },
    };
  },
};
