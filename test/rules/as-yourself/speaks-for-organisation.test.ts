import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('speaks-for-organisation', {
  valid: [
    'I gave a talk at CERN on behalf of my university.',
    "I'm not speaking on behalf of CERN here; these are my own thoughts.",
    'The official position of CERN is on its news page: https://home.example.org/statement',
    { name: 'another organisation is not named', text: 'On behalf of CERN, thanks for coming!', settings: { organisation: ['ESO'] } },
    { name: 'the phrase in inline code', text: 'Never write `on behalf of CERN` in a personal post.', format: 'markdown' },
    { name: 'the phrase in front matter', text: '---\ntitle: On behalf of CERN\n---\n\nA quiet week.', format: 'markdown' },
    { name: 'French: a negated phrase is a disclaimer', language: 'fr', text: 'Je ne parle pas au nom du CERN : ce sont mes propres réflexions.' },
    { name: 'French: « n’est » negates with a curly apostrophe', language: 'fr', text: 'Ceci n’est en rien la position officielle du CERN.' },
    { name: 'French: the official position with its link', language: 'fr', text: 'La position officielle du CERN est sur son site : https://home.example.org/declaration' },
    { name: 'French: a talk given at the organisation for a university', language: 'fr', text: 'J’ai présenté un exposé au CERN au nom de mon université.' },
    { name: 'French: we at a university', language: 'fr', text: 'Nous, à l’université, avons décidé de passer au libre accès.' },
    { name: 'French: the organisation published its position', language: 'fr', text: 'Le CERN a publié sa position sur le sujet la semaine dernière.' },
  ],
  invalid: [
    { name: 'speaking as the organisation\'s voice', text: "Let me say it as CERN's voice on this: the tender is closed.", findings: [{ text: "as CERN's voice" }] },
    { name: 'French: on behalf of the whole Organisation', language: 'fr', text: 'C\u2019est au nom de toute l\u2019Organisation que je vous remercie.', findings: [{ text: 'au nom de toute l\u2019Organisation' }] },
    { name: 'a pattern entry with an alias', text: "On the Lab's behalf, thank you to the cooling team.", findings: [{ text: "On the Lab's behalf" }] },
    { name: 'French: a pattern entry', language: 'fr', text: 'Le Laboratoire vous remercie, par ma voix, de votre soutien.', findings: [{ text: 'par ma voix' }] },
    {
      text: "CERN's official position is that open science wins, and we at CERN have decided to move everything to one tool.",
      findings: [
        { text: "CERN's official position is", message: "Do not speak for the organisation: `CERN's official position is` presents your post as its official voice. Say what you think in your own name, or link to the official statement." },
        { text: 'we at CERN have decided' },
      ],
    },
    { text: 'On behalf of CERN, I want to thank our sponsors.', findings: [{ text: 'On behalf of CERN' }] },
    { text: 'Speaking for CERN: the upgrade is on schedule.', findings: [{ text: 'Speaking for CERN' }] },
    {
      name: 'the organisation comes from the settings',
      text: 'On behalf of ESO, welcome to the observatory. On behalf of CERN, too.',
      settings: { organisation: ['ESO'] },
      findings: [{ text: 'On behalf of ESO' }],
    },
    {
      name: 'organisation names with several words',
      text: 'We at the Example Institute have decided to stop the programme.',
      settings: { organisation: ['the Example Institute'] },
      findings: [{ text: 'We at the Example Institute have decided' }],
    },
    {
      name: 'French: the position, then a decision announced for the organisation',
      language: 'fr',
      text: 'La position du CERN est claire, et nous, au CERN, estimons que la science ouverte l’emporte.',
      findings: [
        { text: 'La position du CERN est', message: 'Ne parlez pas au nom de l\'organisation\u00a0: `La position du CERN est` présente votre publication comme sa voix officielle. Exprimez-vous en votre nom, ou faites un lien vers la déclaration officielle.' },
        { text: 'nous, au CERN, estimons' },
      ],
    },
    { name: 'French: « au nom de … du CERN »', language: 'fr', text: 'Au nom de toute l’équipe du CERN, bienvenue\u00a0!', findings: [{ text: 'Au nom de toute l’équipe du CERN' }] },
    { name: 'French: « le CERN pense que »', language: 'fr', text: 'Le CERN pense que ce projet est une erreur.', findings: [{ text: 'Le CERN pense que' }] },
    { name: 'French: speaking for the whole laboratory', language: 'fr', text: 'Je parle ici pour le laboratoire tout entier : merci.', findings: [{ text: 'Je parle ici pour le laboratoire' }] },
    {
      name: 'French: the organisation from the settings, without an article',
      language: 'fr',
      text: 'Au nom de Globex, merci à nos clients.',
      settings: { organisation: ['Globex'] },
      findings: [{ text: 'Au nom de Globex' }],
    },
  ],
});

frenchMessagesTest('speaks-for-organisation');
