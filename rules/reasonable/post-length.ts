import type { DocumentContext, Language, Report } from '../api';
import { dataMap, dataNumber, formatMessage, RuleDataError, type RuleData } from '../kinds/data';
import { dataFor, type Detector } from '../pack/spec';
import { COUNTINGS, countFor, type Counting } from './platform-count';
import { threadParts } from './thread-parts';

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
  /** How each platform counts (platform-count.ts); `characters` when absent. */
  counting: Map<string, Counting>;
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
  const counting = new Map([...dataMap(file, 'counting')].map(([platform, method]) => {
    const known = COUNTINGS.find((c) => c === method);
    if (!known) throw new RuleDataError(file.file, [...file.path, 'counting', platform], `expected one of ${COUNTINGS.join(', ')}`);
    return [platform, known];
  }));
  return { file, platforms: platformLimitsOf(file), urlLength: dataNumber(file, 'urlLength', 1), platformNames: dataMap(file, 'platformNames'), thousandsSeparator, counting };
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
 * `platform:`), counted as the platform counts (platform-count.ts), and reported from the first
 * character over the limit to the end. A thread (thread-parts.ts) is counted part by part,
 * each part a post of its own.
 */
export const postLength: Detector = {
  name: 'post-length',
  create(spec) {
    const byLanguage = new Map<Language, Limits>(spec.meta.languages.map((language) => [language, limitsOf(dataFor(spec, language))]));
    return {
      meta: spec.meta,
      checkDocument: function postLengthCheck({ source, prose, settings, language, format }: DocumentContext): Report[] {
        const limits = byLanguage.get(language);
        const limit = settings.platform ? limits?.platforms.get(settings.platform) : undefined;
        if (!limits || limit === undefined) return [];
        const counting = limits.counting.get(settings.platform!) ?? 'characters';
        // Bare URLs are masked runs whose link text is the URL itself.
        const urls = prose.blocks.flatMap((b) => b.links).filter((l) => source.slice(l.start, l.end) === l.url);
        const parts = threadParts(source, prose.bodyStart, format);
        const body = source.slice(prose.bodyStart);
        const whole = { number: 0, start: prose.bodyStart + (body.length - body.trimStart().length), end: prose.bodyStart + body.trimEnd().length };
        const platform = limits.platformNames.get(settings.platform!) ?? settings.platform!;
        return (parts ?? [whole]).flatMap((part): Report[] => {
          const text = source.slice(part.start, part.end);
          const { count, over } = countFor(counting, { text, offset: part.start, urls: urls.filter((u) => u.start >= part.start && u.end <= part.end) }, limit, limits.urlLength);
          if (over === undefined) return [];
          const values = { count: formatCount(count, limits.thousandsSeparator), limit: formatCount(limit, limits.thousandsSeparator), platform, part: String(part.number) };
          return [{ start: over, end: part.end, message: formatMessage(parts ? limits.file.messages.part : limits.file.messages.default, values) }];
        });
      },
    };
  },
};
