import { ruleTester } from '../../helpers/rule-tester';

ruleTester('profanity', {
  valid: [
    'We executed the attack plan for the period of the run: a radical change.',
    'Beams from the accelerator are fired at prototype detectors.',
    'That was a dumb mistake, and the dope on the forum agreed.',
    { name: 'insults are left to personal-attack', text: 'The reviewer is a complete moron.' },
    { name: 'profanity in a code block', text: '```\n# TODO: fix this shit\n```\n', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Third time the shuttle didn\'t show up. What a shitshow.',
      findings: [{ text: 'shitshow', message: 'Remove `shitshow`: profanity breaks the code of conduct, and the post stays public.' }],
    },
    {
      name: 'a phrase of the own list wins over the cuss word inside it',
      text: 'Whoever built this piece of crap should answer for it.',
      findings: [{ text: 'piece of crap' }],
    },
    {
      name: 'a sure cuss word reported by retext-profanities',
      text: 'The new booking tool is crappy and the fridge is broken, damn.',
      findings: [{ text: 'crappy' }, { text: 'damn' }],
    },
    {
      text: 'What the hell was the committee thinking?',
      findings: [{ text: 'What the hell' }],
    },
  ],
});
