import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('sensational-absolute', {
  valid: [
    'The upgrade will change how we store data next year.',
    'The Higgs boson was one of the major discoveries of the decade.',
    { name: 'a sensational phrase in a code block', text: '```\nthis changes everything\n```\n', format: 'markdown' },
    { name: 'French: a change that is not total', language: 'fr', text: 'La mise à niveau va changer notre façon de stocker les données l\'an prochain.' },
    { name: 'French: « historique » in its ordinary senses', language: 'fr', text: 'Le centre historique est à vingt minutes ; nous avons comparé avec les données historiques du détecteur.' },
    { name: 'French: a historic result in a neutral report', language: 'fr', text: 'La collaboration a publié un résultat historique en 2012, l\'observation du boson de Higgs.' },
    { name: 'French: « révolutionnaire » in history', language: 'fr', text: 'Le calendrier révolutionnaire comptait des mois de trente jours. Le transistor a été une invention révolutionnaire.' },
    { name: 'French: guaranteed places', language: 'fr', text: 'Les places sont garanties aux étudiants inscrits.' },
  ],
  invalid: [
    {
      text: 'Making the switch will change your life forever. Happy to chat.',
      findings: [{ text: 'will change your life forever', message: 'Tone down `will change your life forever`: a sensational absolute is a claim nobody can check. Say what actually happened or changed.' }],
    },
    {
      text: 'This method is 100% guaranteed to work, and it is the greatest discovery ever.',
      findings: [{ text: '100% guaranteed' }, { text: 'the greatest discovery ever' }],
    },
    {
      text: 'This AI tool will revolutionise everything. Never before seen!',
      findings: [{ text: 'will revolutionise everything' }, { text: 'Never before seen' }],
    },
    {
      name: 'French: hype in many phrasings, with no-break spaces',
      language: 'fr',
      text: 'Premier faisceau\u00a0: un moment historique\u202f! Notre méthode révolutionnaire va révolutionner la physique. C’est du jamais vu.',
      findings: [
        { text: 'un moment historique', message: 'Modérez `un moment historique`\u00a0: un absolu sensationnel est une affirmation invérifiable. Dites ce qui a réellement changé.' },
        { text: 'méthode révolutionnaire' },
        { text: 'va révolutionner la physique' },
        { text: 'du jamais vu' },
      ],
    },
    {
      name: 'French: superlatives and rewritten laws',
      language: 'fr',
      text: 'C’est la plus grande découverte de tous les temps, elle réécrit les lois de la physique.',
      findings: [{ text: 'la plus grande découverte de tous les temps' }, { text: 'réécrit les lois de la physique' }],
    },
  ],
});

frenchMessagesTest('sensational-absolute');
