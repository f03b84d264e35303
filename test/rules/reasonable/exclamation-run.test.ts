import { ruleTester } from '../../helpers/rule-tester';

ruleTester('exclamation-run', {
  valid: [
    'This is huge!',
    'Really?!',
    'Done!!',
    { name: 'in a code block', text: '```\necho "!!!"\n```', format: 'markdown' },
    { name: 'French: one mark after a no-break space', language: 'fr', text: 'C’est énorme\u00a0!' },
    { name: 'French: two marks', language: 'fr', text: 'Enfin !! Vraiment ?!' },
  ],
  invalid: [
    { text: 'IF TRUE THIS IS HUGE!!! #physics', findings: [{ text: '!!!', message: 'Use one `!` instead of `!!!`.' }], output: 'IF TRUE THIS IS HUGE! #physics' },
    { text: 'What?!!! No way!!!!', findings: [{ text: '?!!!' }, { text: '!!!!' }], output: 'What?! No way!' },
    {
      name: 'French: after a narrow no-break space, the space stays',
      language: 'fr',
      text: 'Deux semaines de panne\u202f!!! Vous y croyez ?!!!',
      findings: [{ text: '!!!', message: 'Mettez `!` au lieu de `!!!`.' }, { text: '?!!!', message: 'Mettez `?!` au lieu de `?!!!`.' }],
      output: 'Deux semaines de panne\u202f! Vous y croyez ?!',
    },
  ],
});
