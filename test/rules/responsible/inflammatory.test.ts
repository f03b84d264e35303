import { ruleTester } from '../../helpers/rule-tester';

ruleTester('inflammatory', {
  valid: [
    'She told a joke about neutrinos that the whole room enjoyed.',
    'After lunch, go back to your desk and restart the run.',
    'I disagree with the new policy: it adds a week to every request.',
  ],
  invalid: [
    {
      text: 'Whoever designed this governance structure should be ashamed.',
      findings: [{ text: 'should be ashamed', message: 'Rephrase `should be ashamed`: hostile wording inflames a public thread and stays online. Criticise the idea calmly.' }],
    },
    {
      text: '@quantumskeptic Go back to your YouTube comments and leave the physics to us.',
      findings: [{ text: 'Go back to your YouTube comments' }],
    },
    {
      text: 'Three years of waiting for a badge. What a joke. Their answer was pathetic.',
      findings: [{ text: 'What a joke' }, { text: 'pathetic' }],
    },
  ],
});
