import type { DocumentContext, Language, Report } from '../api';
import { dataMap, dataNumber, formatMessage, RuleDataError, type RuleData } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';

/** One language's messages, the platforms' limits and how long a URL counts. */
interface Limits {
  file: RuleData;
  /** Characters each platform allows; a platform without an entry has no limit. */
  platforms: Map<string, number>;
  urlLength: number;
  /** How the message names each platform (`X (Twitter)` for `tweet`); the setting's name when absent. */
  platformNames: Map<string, string>;
  /** Put between groups of three digits in the message's numbers (`2 306` in French); none when absent. */
  thousandsSeparator: string;
}

/** The data's `limits`: a mapping of platform names to the characters a post may have there. */
function platformLimitsOf(file: RuleData): Map<string, number> {
  const raw = file.limits;
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new RuleDataError(file.file, [...file.path, 'limits'], 'expected a mapping of platform names to numbers of characters');
  }
  return new Map(Object.entries(raw).map(([platform, value]) => {
    if (typeof value !== 'number' || !Number.isInteger(value) || value < 1) {
      throw new RuleDataError(file.file, [...file.path, 'limits', platform], 'expected a number of characters of 1 or more');
    }
    return [platform, value];
  }));
}

function limitsOf(file: RuleData): Limits {
  const thousandsSeparator = file.thousandsSeparator ?? '';
  // A space is a separator (U+202F in French), so not read as a non-empty string, which would refuse it.
  if (typeof thousandsSeparator !== 'string') throw new RuleDataError(file.file, [...file.path, 'thousandsSeparator'], 'expected a string');
  return { file, platforms: platformLimitsOf(file), urlLength: dataNumber(file, 'urlLength', 1), platformNames: dataMap(file, 'platformNames'), thousandsSeparator };
}

/** `n` with `separator` between groups of three digits. */
function formatCount(n: number, separator: string): string {
  // A loop, not a lookahead to the end from each digit (`\B(?=(\d{3})+$)`), which is quadratic in the digits.
  const digits = String(n);
  if (!separator || !/^\d+$/.test(digits)) return digits;
  let out = '';
  for (let i = 0; i < digits.length; i++) out += (i > 0 && (digits.length - i) % 3 === 0 ? separator : '') + digits[i];
  return out;
}

/**
 * `reasonable`: a post longer than its platform's limit (settings `platform` or front matter
 * `platform:`). Counts the body's characters (code points) with each bare URL as `urlLength`,
 * and reports the text past the limit, from the first character over it to the end.
 */
export const postLength: Detector = {
  name: 'post-length',
  create(spec) {
    const byLanguage = new Map<Language, Limits>(spec.meta.languages.map((language) => [language, limitsOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkDocument: function postLengthCheck({ source, prose, settings, language }: DocumentContext): Report[] {
        const limits = byLanguage.get(language);
        const limit = settings.platform ? limits?.platforms.get(settings.platform) : undefined;
        if (!limits || limit === undefined) return [];
        const body = source.slice(prose.bodyStart);
        const start = prose.bodyStart + (body.length - body.trimStart().length);
        const end = prose.bodyStart + body.trimEnd().length;
        // Bare URLs are masked runs whose link text is the URL itself.
        const urls = new Map(prose.blocks.flatMap((b) => b.links).filter((l) => source.slice(l.start, l.end) === l.url).map((l) => [l.start, l]));
        let count = 0;
        let over: number | undefined;
        for (let i = start; i < end;) {
          const url = urls.get(i);
          const next = url ? url.end : i + (source.codePointAt(i)! > 0xffff ? 2 : 1);
          count += url ? limits.urlLength : 1;
          if (count > limit && over === undefined) over = i;
          i = next;
        }
        if (over === undefined) return [];
        const platform = limits.platformNames.get(settings.platform!) ?? settings.platform!;
        const values = { count: formatCount(count, limits.thousandsSeparator), limit: formatCount(limit, limits.thousandsSeparator), platform };
        return [{ start: over, end, message: formatMessage(limits.file.messages.default, values) }];
      },
    };
  },
};
