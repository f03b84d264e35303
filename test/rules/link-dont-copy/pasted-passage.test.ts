import { ruleTester } from '../../helpers/rule-tester';

const passage = 'The new visitor centre opens its doors next spring after four years of construction. Visitors will be able to explore interactive exhibits about the history of particle physics, walk through a full-size model of a detector, and talk to scientists in a public café. School groups can book guided tours in twelve languages, and entry remains free for everyone. The building itself was designed to use very little energy.';

ruleTester('pasted-passage', {
  valid: [
    'The full story: https://home.example.org/news/visitor-centre',
    'Read the last paper in full before the group meeting.',
    { name: 'a marker, then a passage with its link', text: `Copied from the newsletter (https://example.org/news):\n\n${passage}` },
    { name: 'a short quote with attribution', format: 'markdown', text: 'From the press release:\n\n> The visitor centre opens next spring. — CERN press office' },
    { name: 'a long interview quote with no marker', format: 'markdown', text: `We spoke with one of the architects:\n\n> "${passage}" -- Architect` },
    { name: 'a long quote with a link after it', format: 'markdown', text: `Full text below:\n\n> ${passage}\n\nSource: [the newsletter](https://example.org/news)` },
  ],
  invalid: [
    {
      text: `Copied from the newsletter, because it deserves to be read:\n\n${passage}`,
      findings: [{ text: 'The new visitor centre opens its', message: 'Link to the source instead of pasting it: the passage starting `The new visitor centre opens its` is someone else\'s text, copied without a link. Quote a sentence or two and add the link.' }],
    },
    {
      name: 'a block quote after a marker',
      format: 'markdown',
      text: `Lovely piece in *Lab News* today. Full text below, since the site is behind a paywall:\n\n> ${passage}\n\nPlease share.`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
    {
      name: 'a block quote introduced by its written source',
      format: 'markdown',
      text: `For my students I will copy the explanation from the encyclopedia:\n\n> ${passage}`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
    {
      name: 'a passage in quotation marks after a marker',
      text: `Full text of the director's speech below:\n\n"${passage}"\n\nCouldn't have said it better.`,
      findings: [{ text: 'The new visitor centre opens its' }],
    },
  ],
});
