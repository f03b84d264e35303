import { ruleTester } from '../../helpers/rule-tester';

ruleTester('link-text', {
  valid: [
    { text: 'The materials are [free teaching resources](https://example.org/r).', format: 'markdown' },
    { name: 'click here in inline code', text: 'Never write `click here` in a link.', format: 'markdown' },
    { name: 'click here in a URL', text: 'Book at https://example.org/click-here-to-book today.' },
    'Here is the plan for the week.',
  ],
  invalid: [
    {
      text: 'The materials are free: [click here](https://example.org/teacher-resources).',
      format: 'markdown',
      findings: [{ text: 'click here', message: 'Replace the link text `click here` with words that say where the link goes.' }],
    },
    { name: 'read more and here', text: 'New results. [Read more](https://example.org/a) or see [here](https://example.org/b).', format: 'markdown', findings: [{ text: 'Read more' }, { text: 'here' }] },
    {
      name: 'click here wording in plain text',
      text: 'Our paper is out. Click here for the preprint: https://arxiv.org/abs/2403.00002',
      findings: [{ text: 'Click here', message: 'Replace `Click here` with words that say what the link is, e.g. `the preprint is on arXiv: …`.' }],
    },
  ],
});
