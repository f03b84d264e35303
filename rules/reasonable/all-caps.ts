import type { BlockContext, Report, Rule } from '../../server/src/engine/rule';
import { isAbbreviation } from '../clear/acronym-first-use';
import { shoutedRuns } from '../kinds/capitals';
import { formatMessage, loadRuleData } from '../kinds/data';
import en from './all-caps.en.yml';

const data = { en: loadRuleData(en, 'rules/reasonable/all-caps.en.yml') };

/** `reasonable`: runs of shouted words in capitals. The fix writes them in sentence case and keeps acronyms. */
export const allCaps: Rule & { data: typeof data } = {
  meta: {
    id: 'all-caps',
    guideline: 'reasonable',
    description: 'Do not shout in capitals.',
    severity: 'warning',
    languages: ['en', 'fr'],
    fix: 'suggestion',
  },
  data,
  checkBlock: function allCapsCheck({ block, analysis, settings }: BlockContext): Report[] {
    const abbreviation = (w: string): boolean => isAbbreviation(w, settings.organisation);
    return shoutedRuns(analysis, abbreviation).map((run) => {
      const actual = block.text.slice(run.start - block.start, run.end - block.start);
      const atStart = analysis.sentences[analysis.words[run.first].sentence].words[0] === analysis.words[run.first];
      let expected = '';
      let at = run.start;
      for (let k = run.first; k <= run.last; k++) {
        const word = analysis.words[k];
        expected += block.text.slice(at - block.start, word.start - block.start);
        expected += abbreviation(word.text) || word.text === 'I' ? word.text : word.text.toLowerCase();
        at = word.end;
      }
      if (atStart) expected = expected.charAt(0).toUpperCase() + expected.slice(1);
      return {
        start: run.start,
        end: run.end,
        message: formatMessage(data.en.messages.default, { actual }),
        expected: [expected],
        fixes: [{ title: `Replace with \`${expected}\``, edits: [{ start: run.start, end: run.end, text: expected }] }],
      };
    });
  },
};
