import { ruleTester } from '../../helpers/rule-tester';

ruleTester('disparaging', {
  valid: [
    'My handwriting is famously sloppy.',
    'The queue at the cafeteria was a complete disaster today.',
    'The weather this week was the worst in years.',
    'Beams from the accelerator are fired at prototype detectors.',
    'The beam should be fired at the prototype only after the interlock test.',
    'The football final ended in a shouting match between the fans.',
    'I think the new travel policy is a mistake: it adds a week to every trip.',
    'The exam question was a joke, and we all laughed.',
  ],
  invalid: [
    {
      text: 'The group at Northfield University is famously sloppy and always late with their modules.',
      findings: [{ text: 'famously sloppy', message: 'Rephrase `famously sloppy`: publicly disparaging the organisation, its people or its partners harms their reputation. Raise the problem through internal channels.' }],
    },
    {
      text: 'Management knows all of this and does nothing. Frankly the department has been run into the ground.',
      findings: [{ text: 'does nothing' }, { text: 'run into the ground' }],
    },
    {
      text: 'Yes, the collaboration meeting ended in a shouting match. The two spokespeople have not spoken to each other in months.',
      findings: [
        { text: 'shouting match', message: 'Leave `shouting match` out of a public post: internal disputes belong in internal channels.' },
        { text: 'not spoken to each other' },
      ],
    },
    {
      text: 'The booking system ate my registration again. Whoever built it should be fired.',
      findings: [{ text: 'should be fired', message: 'Remove `should be fired`: calling for people to be fired in public harms them and the organisation. Raise the problem through internal channels.' }],
    },
    {
      text: 'Our group leader refuses to listen to anyone under forty. It is a joke of an institute.',
      findings: [{ text: 'refuses to listen' }, { text: 'is a joke of' }],
    },
    {
      text: 'Their management is a joke. The directorate has no idea what it\'s doing.',
      findings: [{ text: 'is a joke' }, { text: 'has no idea what' }],
    },
    {
      name: 'French: disparaging a partner group',
      language: 'fr',
      text: 'Le chef de l\'équipe d\'accueil est d\'une incompétence rare.',
      findings: [{ text: 'd\'une incompétence rare' }],
    },
  ],
});
