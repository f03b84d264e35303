import { frenchMessagesTest } from '../../helpers/french-rule-messages';
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
    { name: 'a block quote is someone else\'s words', format: 'markdown', text: '> "The beam doesn\'t care about your schedule."\n> (our shift leader, at four in the morning)\n' },
    { name: 'French: no target in the sentence', language: 'fr', text: 'La file d\'attente à la cantine était une catastrophe.' },
    { name: 'French: a boat adrift', language: 'fr', text: 'Le bateau est parti à la dérive pendant la tempête.' },
    { name: 'French: money transferred', language: 'fr', text: 'Le montant devrait être viré sur votre compte vendredi.' },
    { name: 'French: teams competing for a title', language: 'fr', text: 'Les deux équipes se disputent la première place du tournoi de foot.' },
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
      text: 'Le patron de l\'atelier voisin est d\'une incompétence rare.',
      findings: [{ text: 'd\'une incompétence rare', message: 'Reformulez `d\'une incompétence rare`\u00a0: dénigrer publiquement l\'organisation, ses équipes ou ses partenaires nuit à leur réputation. Passez par les canaux internes.' }],
    },
    {
      name: 'French: an elided word matches the bare phrase, and the target is anywhere in the sentence',
      language: 'fr',
      text: 'Je ne supporte plus l’incompétence de notre direction.',
      findings: [{ text: 'l’incompétence' }],
    },
    {
      name: 'French: a dispute and a call to fire',
      language: 'fr',
      text: 'Nos deux coordinateurs ne se parlent plus. Celle qui a validé ce planning devrait être virée.',
      findings: [
        { text: 'ne se parlent plus', message: 'Ne publiez pas `ne se parlent plus`\u00a0: les conflits internes se règlent en interne.' },
        { text: 'devrait être virée', message: 'Retirez `devrait être virée`\u00a0: réclamer publiquement un renvoi nuit aux personnes et à l\'organisation. Passez par les canaux internes.' },
      ],
    },
  ],
});

frenchMessagesTest('disparaging');
