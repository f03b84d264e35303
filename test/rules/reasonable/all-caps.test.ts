import { ruleTester } from '../../helpers/rule-tester';

ruleTester('all-caps', {
  valid: ['The LHC and the SPS are running.', 'HL-LHC WP3 passed its review.', 'I LOVE it.', 'CERN OK', 'Big day for ATLAS CMS ALICE LHCb.'],
  invalid: [
    {
      text: 'Rumour has it the beam is back. IF TRUE THIS IS HUGE!!! #physics',
      findings: [{ text: 'IF TRUE THIS IS HUGE', message: 'Write `IF TRUE THIS IS HUGE` in normal case: capitals read as shouting.' }],
      output: 'Rumour has it the beam is back. If true this is huge!!! #physics',
    },
    {
      name: 'acronyms inside the run keep their capitals',
      text: 'We FOUND THE BUG IN THE LHC FIRMWARE today',
      findings: [{ text: 'FOUND THE BUG IN THE LHC FIRMWARE' }],
      output: 'We found the bug in the LHC firmware today',
    },
  ],
});
