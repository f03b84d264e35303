import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { formatMessage, loadRuleData, RuleDataError } from '../kinds/data';
import { matchPattern } from '../kinds/pattern';
import en from './exclamation-run.en.yml';

const data = { en: loadRuleData(en, 'rules/reasonable/exclamation-run.en.yml') };
const minimum = data.en.minimum;
if (typeof minimum !== 'number') throw new RuleDataError('rules/reasonable/exclamation-run.en.yml: `minimum` must be a number');

/** Runs of `!` and `?` (full-width forms too); one character class, so linear. */
const MARKS = /[!?！？]{2,}/g;

/** `reasonable`: `!!!` and longer runs. The fix keeps one `!` (or `?!` when the run asks a question). */
export const exclamationRun: Rule & { data: typeof data } = {
  meta: {
    id: 'exclamation-run',
    guideline: 'reasonable',
    description: 'Use one exclamation mark, not a run of them.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'safe',
  },
  data,
  checkBlock: function exclamationRunCheck({ block }: BlockContext): Report[] {
    return matchPattern(block, MARKS)
      .filter((match) => (match.text.match(/[!！]/g) ?? []).length >= (minimum as number))
      .map((match) => {
        const text = /[?？]/.test(match.text) ? '?!' : '!';
        return {
          start: match.start,
          end: match.end,
          message: formatMessage(data.en.messages.default, { actual: match.text }),
          expected: [text],
          fixes: [{ title: `Replace with \`${text}\``, edits: [{ start: match.start, end: match.end, text }] }],
        };
      });
  },
};
