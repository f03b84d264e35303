import { ruleTester } from '../../helpers/rule-tester';

ruleTester('acronym-first-use', {
  valid: [
    'The Large Hadron Collider (LHC) is back. The LHC runs until December.',
    'The LHC (Large Hadron Collider) is back after the break.',
    'Back at the Large Hadron Collider today: the LHC looks great.',
    'I am a PhD student at CERN working on ATLAS and CMS data, paid in CHF.',
    'IF TRUE THIS IS HUGE',
    'We use the API, the CLI and JSON every day.',
    'World War II and Run III are not acronyms.',
    'Use the code PHYS20 at checkout.',
    { name: 'an acronym in inline code', text: 'Run `make LHC=1` first.', format: 'markdown' },
    { name: 'an acronym in a heading, expanded in the text', text: '# LHC news\n\nThe Large Hadron Collider (LHC) is back.', format: 'markdown' },
    { name: 'the organisation from the settings', text: 'Greetings from ACME today.', settings: { organisation: ['ACME'] } },
  ],
  invalid: [
    {
      text: 'Rumour has it the LHC beam is back. The LHC is great.',
      findings: [{ text: 'LHC', message: 'Spell out `LHC` at its first use: write `Large Hadron Collider (LHC)`.' }],
      output: 'Rumour has it the Large Hadron Collider (LHC) beam is back. The LHC is great.',
    },
    {
      name: 'a numbered acronym and a sentence start',
      text: 'HL-LHC works are on time. Big day for LS3 and WP3!',
      findings: [{ text: 'HL-LHC' }, { text: 'LS3' }, { text: 'WP3' }],
      output: 'High-Luminosity Large Hadron Collider (HL-LHC) works are on time. Big day for Long Shutdown 3 (LS3) and Work Package 3 (WP3)!',
    },
    {
      name: 'an unknown acronym: no fix, only the first one of the document',
      text: 'The MD block was cancelled. The XYZ group met. The MD went fine.',
      findings: [{ text: 'MD', message: 'Spell out `MD` at its first use, e.g. `full name (MD)`, or avoid it: a wide audience may not know it.' }],
      output: 'The MD block was cancelled. The XYZ group met. The MD went fine.',
    },
  ],
});
