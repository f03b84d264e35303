import { PLATFORM_LIMITS } from '../../server/src/config/settings';
import type { DocumentContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData, RuleDataError } from '../kinds/data';
import en from './post-length.en.yml';

const data = { en: loadRuleData(en, 'rules/reasonable/post-length.en.yml') };
const urlLength = data.en.urlLength;
if (typeof urlLength !== 'number') throw new RuleDataError('rules/reasonable/post-length.en.yml: `urlLength` must be a number');

/**
 * `reasonable`: a post longer than its platform's limit (settings `platform` or front matter
 * `platform:`). Counts the body's characters (code points) with each bare URL as `urlLength`,
 * and reports the text past the limit, from the first character over it to the end.
 */
export const postLength: Rule & { data: typeof data } = {
  meta: {
    id: 'post-length',
    guideline: 'reasonable',
    description: 'Keep a post within its platform\'s length limit.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'none',
  },
  data,
  checkDocument: function postLengthCheck({ source, prose, settings }: DocumentContext): Report[] {
    const limit = settings.platform ? PLATFORM_LIMITS[settings.platform] : undefined;
    if (limit === undefined) return [];
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
      count += url ? (urlLength as number) : 1;
      if (count > limit && over === undefined) over = i;
      i = next;
    }
    if (over === undefined) return [];
    return [{ start: over, end, message: formatMessage(data.en.messages.default, { count: String(count), limit: String(limit), platform: settings.platform ?? '' }) }];
  },
};
