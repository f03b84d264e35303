import { ruleTester } from '../../helpers/rule-tester';

ruleTester('promotion', {
  valid: [
    'We analyse data in Python and ROOT and keep everything in Git.',
    'My PhD is funded by the Marie Skłodowska-Curie programme.',
    'The best part of a night shift is the company.',
    'Best day ever at the lab!',
    'I highly recommend reading the paper before the talk.',
    'Feel free to use my code for your own analysis.',
    'CERN uses superconducting magnets to bend the beams.',
    'Message me for the slides.',
    { name: 'the phrase in inline code', text: 'Our CLI prints `use my code PHYS20` as an example.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Honestly the best project management tool ever. Use my code PHYS20 for 20% off.',
      findings: [
        { text: 'best project management tool ever', message: 'Remove `best project management tool ever`: promoting a product or company in your post may look like the organisation endorses it.' },
        { text: 'Use my code PHYS20' },
      ],
    },
    {
      text: 'I highly recommend their notebooks to every group. Message me for a demo!',
      findings: [
        { text: 'I highly recommend' },
        { text: 'Message me for a demo', message: 'Remove `Message me for a demo`: do not act as a sales contact in a post about your work.' },
      ],
    },
    {
      text: "CERN uses ZenPad for all its scientists. It's what the IT people at CERN trust.",
      findings: [
        { text: 'CERN uses', message: 'Remove `CERN uses`: do not claim that the organisation uses, trusts or endorses a product unless it says so itself.' },
        { text: 'at CERN trust' },
      ],
    },
    {
      name: 'an affiliate link and the commission in one sentence make one finding',
      format: 'markdown',
      text: 'If you buy one through [this link](https://shop.example.com/laptop?ref=kwame), I get a small commission.',
      findings: [{ text: '[this link](https://shop.example.com/laptop?ref=kwame), I get a small commission' }],
    },
    {
      name: 'a bare referral URL in plain text',
      text: 'Get the bag here: https://shop.example.com/bag?ref=sofia',
      findings: [{ text: 'https://shop.example.com/bag?ref=sofia' }],
    },
    { text: "It's the best bag on the market, so grab yours from the shop.", findings: [{ text: 'best bag on the market' }, { text: 'grab yours from' }] },
  ],
});
