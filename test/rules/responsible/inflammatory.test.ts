import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('inflammatory', {
  valid: [
    'She told a joke about neutrinos that the whole room enjoyed.',
    'After lunch, go back to your desk and restart the run.',
    'I disagree with the new policy: it adds a week to every request.',
    { name: 'French: a joke told', language: 'fr', text: 'Elle a raconté une blague sur les neutrinos.' },
    { name: 'French: shame about oneself', language: 'fr', text: 'J\'avoue, je suis un peu honteux de mon premier script.' },
    { name: 'French: back to work after the break', language: 'fr', text: 'Après la pause, retournez à vos postes ; je retourne à mes études en septembre.' },
    { name: 'French: a cheap coffee', language: 'fr', text: 'Le prix du café à la cafétéria est ridicule : un franc.' },
    { name: 'French: a violent collision is physics', language: 'fr', text: 'La collision violente des deux faisceaux a produit des milliers de particules.' },
    { name: 'French: beating a team at football', language: 'fr', text: 'On va les battre au tournoi de foot du CERN.' },
    { name: 'French: a negated contempt', language: 'fr', text: 'Ce n\'est pas affligeant de poser la question.' },
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
    {
      name: 'French: shaming and contempt',
      language: 'fr',
      text: 'Ceux qui ont conçu ce règlement devraient avoir honte. Trois ans pour un badge\u202f: quelle blague\u202f! Leur réponse est franchement scandaleuse.',
      findings: [
        { text: 'devraient avoir honte', message: 'Reformulez `devraient avoir honte`\u00a0: un ton hostile enflamme une discussion publique et reste en ligne. Critiquez l\'idée calmement.' },
        { text: 'quelle blague' },
        { text: 'est franchement scandaleuse' },
      ],
    },
    {
      name: 'French: dismissing someone instead of answering',
      language: 'fr',
      text: 'Retourne à tes études avant de donner des leçons. Apprenez à lire\u00a0! Occupe-toi de tes oignons.',
      findings: [{ text: 'Retourne à tes études' }, { text: 'Apprenez à lire' }, { text: 'Occupe-toi de tes oignons' }],
    },
    {
      name: 'French: a threat, even as a joke',
      language: 'fr',
      text: 'Le prochain qui me pique mon câble, je vais le tuer. Ce relecteur mériterait des baffes.',
      findings: [{ text: 'je vais le tuer' }, { text: 'mériterait des baffes' }],
    },
    {
      name: 'French: a judgement of management is left to judged-organisation',
      language: 'fr',
      text: 'La direction est lamentable.',
      findings: [],
    },
    {
      name: 'hostile words shouted in capitals are left to all-caps; in normal case they are flagged',
      text: 'Two hours for a badge. WHAT A JOKE. What a joke.',
      findings: [{ text: 'What a joke' }],
    },
    {
      name: 'a hostile wish',
      text: 'The ferry company can go take a running jump, for all I care.',
      findings: [{ text: 'can go take a running jump' }],
    },
    {
      name: 'French: a hostile wish',
      language: 'fr',
      text: 'Quant au service des badges, qu\u2019ils aillent tous se faire voir.',
      findings: [{ text: 'qu\u2019ils aillent tous se faire voir' }],
    },
  ],
});

frenchMessagesTest('inflammatory');
