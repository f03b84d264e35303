import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('overstated-role', {
  valid: [
    'Today I met the physicist who discovered the tau lepton.',
    'The director-general of CERN opened the conference this morning.',
    'Doctoral student at CERN, working on detector calibration.',
    'Defended my thesis this morning. You can call me Dr. now!',
    'Call me after the meeting.',
    { name: 'French: the role of someone else', language: 'fr', text: 'La directrice générale du CERN a ouvert la conférence ce matin.' },
    { name: 'French: someone else, with « moi » before the title', language: 'fr', text: 'Il y avait avec moi le directeur du CERN et deux ministres.' },
    { name: 'French: meeting a discoverer', language: 'fr', text: 'Aujourd’hui j’ai rencontré la physicienne qui a découvert le lepton tau.' },
    { name: 'French: leading one’s own group', language: 'fr', text: 'Je dirige la recherche de mon petit groupe à Lyon, et nous collaborons avec d’autres instituts.' },
    { name: 'French: « Dr » after the defence', language: 'fr', text: 'J’ai soutenu ma thèse ce matin. Appelez-moi docteure !' },
    { name: 'French: not representing the organisation', language: 'fr', text: 'Je ne représente pas le CERN, je parle en mon nom.' },
    { name: 'a summer student who met the engineer behind a system', text: 'I came as a summer student. Today I met the engineer behind the ring\'s beam monitors.' },
    { name: 'French: an intern who met the engineer who designed it', language: 'fr', text: 'Après dix semaines de stage, j\'ai rencontré l\'ingénieure qui a conçu le système de lecture.' },
  ],
  invalid: [
    {
      name: 'a summer student as the engineer behind a whole system',
      text: 'Twelve weeks ago I joined the magnet group as a summer student. Today I leave as the engineer behind the ring\'s quadrupoles.',
      findings: [{ text: 'as the engineer behind' }],
    },
    {
      name: 'French: a doctoral student, in an opening without « je suis », as the engineer who designed the readout',
      language: 'fr',
      text: 'Doctorante en deuxième année, et déjà l\'ingénieure qui a conçu le système de lecture du détecteur.\n\nJe prépare depuis l\'an dernier une thèse sur l\'électronique.',
      findings: [{ text: 'déjà l\'ingénieure qui a conçu' }],
    },
    {
      name: 'French: an intern presented as chief physicist',
      language: 'fr',
      text: 'Après trois mois de stage, je peux me présenter comme physicien en chef du groupe.',
      findings: [{ text: 'comme physicien en chef' }],
    },
    {
      text: 'As the physicist who discovered the Higgs boson, I can tell you this is wrong.',
      findings: [{ text: 'the physicist who discovered', message: 'Describe your role accurately: `the physicist who discovered` overstates who you are. Give your real title and role.' }],
    },
    { text: "As CERN's chief scientist, I can reassure you.", findings: [{ text: "CERN's chief scientist" }] },
    { text: "I'm the head of CERN, so trust me.", findings: [{ text: 'head of CERN' }] },
    {
      text: 'Thesis submitted! Already changed my LinkedIn title to Dr. even though the defence is in May.',
      findings: [{ text: 'changed my LinkedIn title to Dr.' }],
    },
    {
      name: 'French: « En tant que » and a title of the organisation',
      language: 'fr',
      text: 'En tant que responsable scientifique du CERN (je suis doctorant), je peux vous l’affirmer.',
      findings: [{ text: 'responsable scientifique du CERN', message: 'Décrivez votre rôle avec exactitude\u00a0: `responsable scientifique du CERN` exagère qui vous êtes. Donnez votre vrai titre et votre vrai rôle.' }],
    },
    { name: 'French: the spokesperson', language: 'fr', text: 'En tant que porte-parole du CERN, je confirme la date.', findings: [{ text: 'porte-parole du CERN' }] },
    { name: 'French: « je suis » and an article', language: 'fr', text: 'Je suis le directeur de la physique du CERN, faites-moi confiance.', findings: [{ text: 'directeur de la physique du CERN' }] },
    { name: 'French: representing the organisation', language: 'fr', text: 'Je représente le CERN à ce salon, venez me voir\u00a0!', findings: [{ text: 'Je représente le CERN' }] },
    {
      name: 'French: leading the organisation’s research, the name later in the sentence',
      language: 'fr',
      text: 'Stagiaire depuis un mois, je dirige maintenant la recherche sur les neutrinos du CERN.',
      findings: [{ text: 'je dirige maintenant la recherche' }],
    },
    {
      name: 'French: a doctor’s title before the defence',
      language: 'fr',
      text: 'Thèse rendue ! J’ai déjà changé mon titre LinkedIn en Dr alors que la soutenance est en juin.',
      findings: [{ text: 'changé mon titre LinkedIn en Dr' }],
    },
  ],
});

frenchMessagesTest('overstated-role');
