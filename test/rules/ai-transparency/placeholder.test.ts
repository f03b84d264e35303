import { ruleTester } from '../../helpers/rule-tester';

ruleTester('placeholder', {
  valid: [
    'Thanks to everyone who came [photos below].',
    'Section [3] of the report explains the method.',
    'I used a writing assistant for this post, and said so.',
    'Love you all xxx',
    { name: 'a Markdown link whose text looks like a placeholder', format: 'markdown', text: 'Thanks to [your name](https://example.org/u/1) for the tour.' },
    { name: 'a placeholder in inline code', format: 'markdown', text: 'Search the draft for `[Insert` before posting.' },
    { name: 'a placeholder in a code block', format: 'markdown', text: '```\nHello [Your Name]\n```' },
  ],
  invalid: [
    {
      format: 'markdown',
      text: 'A good setup is about habits. [Insert a personal closing sentence here.]',
      findings: [{ text: '[Insert a personal closing sentence here.]', message: 'Replace the placeholder `[Insert a personal closing sentence here.]` with the real text, or remove it: it shows that the draft was not reviewed.' }],
    },
    { text: 'Thanks to [Your Name] for the tour!', findings: [{ text: '[Your Name]' }] },
    { text: 'Join us on <insert date> at the Globe.', findings: [{ text: '<insert date>' }] },
    { text: 'Big thanks to the team at {company name}.', findings: [{ text: '{company name}' }] },
    { text: '[TODO] add a photo. More at [insert link here].', findings: [{ text: '[TODO]' }, { text: '[insert link here]' }] },
    { text: 'Lorem ipsum dolor sit amet. The talk is on XXX in room 4.', findings: [{ text: 'Lorem ipsum' }, { text: 'XXX' }] },
  ],
});
