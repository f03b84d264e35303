import type { BlockContext, Report } from '../api';
import { dataStrings, formatMessage } from '../kinds/data';
import { PhraseIndex } from '../kinds/phrase-list';
import { dataFor, type Detector } from '../pack/spec';

const normal = (text: string): string => text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^[\s"'“‘(]+|[\s"'”’).:!?,…»]+$/g, '');

/** `accessibility`: link text such as `click here` or `read more`, and "click here" wording in prose. */
export const linkText: Detector = {
  name: 'link-text',
  create(spec) {
    const file = dataFor(spec, 'en');
    const vague = new Set(dataStrings(file, 'vague').map((t) => t.toLowerCase()));
    const wordings = new PhraseIndex(file.entries);
    return {
      meta: spec.meta,
      checkBlock: function linkTextCheck({ block, analysis }: BlockContext): Report[] {
        const reports: Report[] = [];
        for (const link of block.links) {
          const visible = block.text.slice(link.start - block.start, link.end - block.start).replace(/\uFFFC/g, ' ');
          // The visible text sits between `[` and `](`; everything else of the link is masked.
          const text = visible.replace(/^\s*\[/, '').replace(/\]\s*$/, '').trim();
          if (!vague.has(normal(text))) continue;
          const start = link.start + visible.indexOf(text);
          reports.push({ start, end: start + text.length, message: formatMessage(file.messages.link, { actual: text }) });
        }
        for (const match of wordings.match(analysis)) {
          if (reports.some((r) => r.start < match.end && match.start < r.end)) continue;
          const actual = block.text.slice(match.start - block.start, match.end - block.start);
          reports.push({ start: match.start, end: match.end, message: formatMessage(file.messages[match.entry.message], { actual }) });
        }
        return reports;
      },
    };
  },
};
