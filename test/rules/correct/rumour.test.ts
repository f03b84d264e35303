import { ruleTester } from '../../helpers/rule-tester';

ruleTester('rumour', {
  valid: [
    'I heard the magnets ramp up from the corridor today, a low hum you feel more than hear.',
    'At night I heard the building hum.',
    'I heard a great talk about neutrinos this morning.',
    'Apparently simple questions are the hardest ones to answer.',
    'It was an apparently harmless change to the firmware.',
    'We heard from hundreds of users in the survey.',
    { name: 'a marker with its source in the same sentence', text: 'Sources say the LHC is 27 km long (see the CERN FAQ).' },
    { name: '"heard that" + a noun is a talk, not news', text: 'I heard that talk already, it was great.' },
    { name: 'a rumour marker in inline code', text: 'The phrase `rumour has it` is a red flag.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Rumour has it the LHC beam is back two weeks early this year.',
      findings: [{ text: 'Rumour has it', message: 'Check the claim that `Rumour has it` introduces before you post it: hearsay is not news. Link a source or leave it out.' }],
    },
    {
      name: '"heard" for a sound, then "heard" for news, in one paragraph',
      text: 'I heard the magnets ramp up from the corridor today. I also heard the next long shutdown is being pushed back a year.',
      findings: [{ text: 'I also heard' }],
    },
    {
      text: 'The policy is a mistake. I hear it will be quietly reversed next year.',
      findings: [{ text: 'I hear' }],
    },
    {
      text: 'We built cloud chambers. Apparently the organisers are going to stop the programme next year.',
      findings: [{ text: 'Apparently' }],
    },
    {
      text: 'The visitor centre is apparently going to close in June.',
      findings: [{ text: 'apparently' }],
    },
    {
      text: 'Word is that the review committee wants more data, and sources say the DG agrees.',
      findings: [{ text: 'Word is that' }, { text: 'sources say' }],
    },
    {
      text: 'I heard that the DG wants a new logo.',
      findings: [{ text: 'I heard' }],
    },
    {
      name: 'French: « il paraît que », not « paraît naïve »',
      language: 'fr',
      text: 'La question paraît naïve. Il paraît que la direction va annuler la journée.',
      findings: [{ text: 'Il paraît que' }],
    },
  ],
});
