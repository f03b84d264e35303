import { ruleTester } from '../../helpers/rule-tester';

ruleTester('phone-number', {
  valid: [
    'The tunnel is 27 000 km long, and we logged 1 234 567 collisions in 2015-2018.',
    'See arXiv:2404.00003 and doi 10.1103/PhysRevLett.116.061102 for the details.',
    'Rust 1.45.1 came out on 2020-07-30; the meeting is at 12:15, or 13:30 at the latest.',
    'The contract is worth CHF 2 400 000 and the magnet weighs 12 500 000 g.',
    'The workshop is on 01.02.2024 in room 40-S2-C01.',
    'My badge is 745512 and the fill number was 8812.',
    { name: 'a number in a fenced code block', text: 'Call the expert:\n\n```\ntel. +41 22 555 00 00\n```\n', format: 'markdown' },
    { name: 'a number in inline code', text: 'The format is `+41 22 767 12 34`.', format: 'markdown' },
    { name: 'a number in front matter', text: '---\nphone: +41 22 767 12 34\n---\n\nHello.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Call me on +41 22 767 12 34 after five.',
      findings: [{ text: '+41 22 767 12 34', message: 'Remove the phone number `+41 22 767 12 34`: it is personal data. Point to a public contact page instead.' }],
      output: 'Call me on [redacted] after five.',
    },
    {
      name: 'US, Swiss and French national formats',
      text: 'Office (555) 010-9999, mobile 079 555 12 34, chalet +33 4 50 99 12 34.',
      findings: [{ text: '(555) 010-9999' }, { text: '079 555 12 34' }, { text: '+33 4 50 99 12 34' }],
      output: 'Office [redacted], mobile [redacted], chalet [redacted].',
    },
    {
      name: 'a UK number in Markdown prose',
      text: '# Contact\n\nRing Sam on 020 7946 0018, or 555-010-9999 in the US.\n',
      format: 'markdown',
      findings: [{ text: '020 7946 0018' }, { text: '555-010-9999' }],
    },
  ],
});
