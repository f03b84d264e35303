import { ruleTester } from '../../helpers/rule-tester';

ruleTester('jargon', {
  valid: [
    'The machine came back with higher luminosity, a measure of how many collisions it produces.',
    'We reached a record luminosity (the collision rate) on Sunday.',
    '"Luminosity" is the physicists\' word for how many collisions the machine delivers.',
    'We collected 9 inverse femtobarns. That is, about a million billion collisions.',
    'The poster shows a cross-section of the detector.',
    'Sigma Xi is a research society.',
    { name: 'an expert audience', text: 'The pileup was brutal.', settings: { audience: 'expert' } },
    { name: 'a term in a code block', text: '```\nlumi = luminosity(run)\n```', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'After the break the machine came back with higher luminosity. Our trigger menu was tuned for lower pileup.',
      findings: [
        { text: 'luminosity', message: 'Use `collision rate` instead of `luminosity`, or explain the term: a wide audience may not know it.' },
        { text: 'trigger menu' },
        { text: 'pileup' },
      ],
      output: 'After the break the machine came back with higher collision rate. Our rules that pick which collisions to keep was tuned for lower overlapping collisions.',
    },
    {
      name: 'units with their number',
      text: 'We collected almost 9 inverse femtobarns and 2 fb-1 and see a 3.4 sigma excess at 650 GeV.',
      findings: [
        { text: '9 inverse femtobarns', message: 'Explain `9 inverse femtobarns` in plain words, or leave it out: a wide audience may not know it.' },
        { text: '2 fb-1' },
        { text: '3.4 sigma' },
        { text: '650 GeV' },
      ],
    },
    { name: 'a spelled number', text: 'We need five sigma for a discovery.', findings: [{ text: 'five sigma' }] },
  ],
});
