import { ruleTester } from '../../helpers/rule-tester';

ruleTester('personal-attack', {
  valid: [
    'Beams of particles from an accelerator are fired at prototype detectors.',
    'We hired a clown for the children\'s open day.',
    'Credit-card fraud is on the rise; check your statements.',
    'I felt like an idiot when the beam dumped on my first shift.',
    'Don\'t feed the trolls.',
    { name: 'a weak noun in a compound', text: 'What a clown show that review was.' },
    { name: 'an insult that cuss also lists is reported once, by this rule', text: 'Fraud detection caught it.' },
  ],
  invalid: [
    {
      text: 'Our technical coordinator is an incompetent clown who takes credit for everyone else\'s work.',
      findings: [{ text: 'incompetent clown', message: 'Remove `incompetent clown`: it attacks a person, which the code of conduct forbids. Criticise the work, not the people.' }],
    },
    {
      text: '@quantumskeptic you are a clueless troll and everyone can see it.',
      findings: [{ text: 'clueless troll' }],
    },
    {
      text: 'You idiot, you broke the build. He is a total fraud.',
      findings: [{ text: 'You idiot' }, { text: 'total fraud' }],
    },
    {
      text: 'The morons in the next office took our cable drum.',
      findings: [{ text: 'morons' }],
    },
    {
      name: 'French insults',
      language: 'fr',
      text: 'Quel connard. Franchement, ces abrutis ne comprennent rien.',
      findings: [{ text: 'connard' }, { text: 'abrutis' }],
    },
  ],
});
