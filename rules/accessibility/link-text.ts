import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData, RuleDataError } from '../kinds/data';
import { PhraseIndex } from '../kinds/phrase-list';
import en from './link-text.en.yml';

const data = { en: loadRuleData(en, 'rules/accessibility/link-text.en.yml') };
if (!Array.isArray(data.en.vague)) throw new RuleDataError('rules/accessibility/link-text.en.yml: `vague` must be a list');
const VAGUE = new Set((data.en.vague as string[]).map((t) => t.toLowerCase()));
const wordings = new PhraseIndex(data.en.entries);

const normal = (text: string): string => text.toLowerCase().replace(/[\s\u00a0]+/g, ' ').replace(/^[\s"'“‘(]+|[\s"'”’).:!?,…»]+$/g, '');

/** `accessibility`: link text such as `click here` or `read more`, and "click here" wording in prose. */
export const linkText: Rule & { data: typeof data } = {
  meta: {
    id: 'link-text',
    guideline: 'accessibility',
    description: 'Write link text that says where the link goes, not "click here".',
    severity: 'warning',
    languages: ['en'],
    fix: 'none',
  },
  data,
  checkBlock: function linkTextCheck({ block, analysis }: BlockContext): Report[] {
    const reports: Report[] = [];
    for (const link of block.links) {
      const visible = block.text.slice(link.start - block.start, link.end - block.start).replace(/\uFFFC/g, ' ');
      // The visible text sits between `[` and `](`; everything else of the link is masked.
      const text = visible.replace(/^\s*\[/, '').replace(/\]\s*$/, '').trim();
      if (!VAGUE.has(normal(text))) continue;
      const start = link.start + visible.indexOf(text);
      reports.push({ start, end: start + text.length, message: formatMessage(data.en.messages.link, { actual: text }) });
    }
    for (const match of wordings.match(analysis)) {
      if (reports.some((r) => r.start < match.end && match.start < r.end)) continue;
      const actual = block.text.slice(match.start - block.start, match.end - block.start);
      reports.push({ start: match.start, end: match.end, message: formatMessage(data.en.messages[match.entry.message], { actual }) });
    }
    return reports;
  },
};
