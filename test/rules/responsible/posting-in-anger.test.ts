import { ruleTester } from '../../helpers/rule-tester';

ruleTester('posting-in-anger', {
  valid: [
    'The reviewers were not angry, just thorough.',
    'We posted the schedule while the beam was down.',
  ],
  invalid: [
    {
      text: 'Posting this while absolutely furious: third time this month the shuttle didn\'t show up.',
      findings: [{ text: 'Posting this while absolutely furious', message: 'Wait before you post: `Posting this while absolutely furious` says you are writing in anger. Come back to it when you have calmed down.' }],
    },
    {
      text: 'I\'m honestly so angry I can\'t think straight.',
      findings: [{ text: 'so angry I' }],
    },
    {
      text: 'Rant incoming. I\'m livid about the parking.',
      findings: [{ text: 'Rant incoming' }, { text: 'I\'m livid' }],
    },
  ],
});
