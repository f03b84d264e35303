import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('posting-in-anger', {
  valid: [
    'The reviewers were not angry, just thorough.',
    'We posted the schedule while the beam was down.',
    { name: 'French: someone else\'s anger, reported', language: 'fr', text: 'Le directeur était furieux, paraît-il, mais il l\'a caché.' },
    { name: 'French: a negated anger', language: 'fr', text: 'Je ne suis pas en colère, juste fatiguée.' },
    { name: 'French: « remonté » from the cavern', language: 'fr', text: 'Je suis remonté de la caverne à midi, après la maintenance.' },
    { name: 'French: out of breath', language: 'fr', text: 'Je suis à bout de souffle après la montée du Salève.' },
    { name: 'French: mad with joy', language: 'fr', text: 'Ça me rend fou de joie de voir le premier faisceau.' },
    { name: 'French: a « ras-le-bol » reported by a newspaper', language: 'fr', text: 'L\'article parle du ras-le-bol des soignants après la pandémie.' },
    { name: 'French: someone else is fed up', language: 'fr', text: 'Tu en as marre des réunions ? Ils en ont marre aussi.' },
  ],
  invalid: [
    {
      text: 'Posting this while absolutely furious: third time this month the shuttle didn\'t show up.',
      findings: [{ text: 'Posting this while absolutely furious', message: 'Wait before you post: `Posting this while absolutely furious` says you are writing in anger. Come back to it when you have calmed down.' }],
    },
    {
      text: 'I\'m honestly so angry I can\'t think straight.',
      findings: [{ text: 'I\'m honestly so angry' }],
    },
    {
      text: 'Rant incoming. I\'m livid about the parking.',
      findings: [{ text: 'Rant incoming' }, { text: 'I\'m livid' }],
    },
    {
      name: 'French: writing in anger, in many phrasings',
      language: 'fr',
      text: 'J’écris ce post écumant de rage\u00a0: encore une panne. Je publie ça hors de moi.',
      findings: [
        { text: 'J’écris ce post écumant de rage', message: 'Attendez avant de publier\u00a0: `J’écris ce post écumant de rage` montre que vous écrivez sous le coup de la colère. Revenez-y à tête reposée.' },
        { text: 'Je publie ça hors de moi' },
      ],
    },
    {
      name: 'French: anger in the first person, present tense',
      language: 'fr',
      text: 'Je suis furieuse\u202f! Franchement, je suis tellement remonté contre eux.',
      findings: [{ text: 'Je suis furieuse' }, { text: 'je suis tellement remonté contre' }],
    },
    {
      name: 'French: fed up, and what drives the author mad',
      language: 'fr',
      text: 'J’en ai marre de ces réunions. Ras-le-bol des navettes en retard\u202f! Ça me met hors de moi, et ça me rend dingue.',
      findings: [{ text: 'J’en ai marre' }, { text: 'Ras-le-bol' }, { text: 'Ça me met hors de moi' }, { text: 'ça me rend dingue' }],
    },
    {
      name: 'French: exasperation shouted in capitals is left to all-caps; in normal case it is flagged',
      language: 'fr',
      text: 'Encore une panne du badge. RAS LE BOL TOTAL. Ras-le-bol des badges.',
      findings: [{ text: 'Ras-le-bol' }],
    },
  ],
});

frenchMessagesTest('posting-in-anger');
