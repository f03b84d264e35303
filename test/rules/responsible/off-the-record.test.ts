import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('off-the-record', {
  valid: [
    'Between us and the Jura there is nothing but fields.',
    'Between us and the cavern there are about a hundred metres of rock.',
    'The gap between us is only two desks.',
    'There is a real bond between us.',
    { name: 'French: « entre nous » at the end of a sentence, with no comma, is a relation', language: 'fr', text: 'Il y a une vraie complicité entre nous.' },
    { name: 'French: a document marked « ne pas diffuser » is a confidentiality marker', language: 'fr', text: 'Le plan porte la mention «\u00a0ne pas diffuser\u00a0» en en-tête.' },
    { name: 'French: advice not to share a password', language: 'fr', text: 'Ne dites à personne votre mot de passe.' },
    { name: 'French: « je devrais le dire » is no secret', language: 'fr', text: 'Je devrais le dire plus souvent : merci à toute l\'équipe. Je ne peux pas en parler avant la publication.' },
    { name: 'French: « entre nous autres »', language: 'fr', text: 'Entre nous autres physiciens, le jargon passe tout seul.' },
    'Never tell anyone your password, and don\'t tell anyone your door code.',
    { name: 'an aside in front matter', text: '---\ndescription: "Off the record: between us!"\n---\n\nA quiet post.', format: 'markdown' },
    { name: 'an aside in inline code', text: 'Typing `off the record` in a post does not make it so.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Between us, Jonas has been off for three weeks.',
      findings: [{ text: 'Between us', message: 'Remove `Between us`: nothing you post is off the record. Post only what you are comfortable seeing republished anywhere.' }],
    },
    {
      text: 'Just between us: the unpublished result is going to surprise people.',
      findings: [{ text: 'Just between us' }],
    },
    {
      text: 'The worst part, off the record, was the comparison with my own lab.',
      findings: [{ text: 'off the record' }],
    },
    {
      text: 'The side door opens with code 4471. Don\'t tell anyone I told you 😉',
      findings: [{ text: 'Don\'t tell anyone I told you' }],
    },
    {
      text: 'Don\'t tell anyone yet, but our analysis sees an excess. You didn\'t hear it from me.',
      findings: [{ text: 'Don\'t tell anyone' }, { text: 'You didn\'t hear it from me' }],
    },
    {
      name: 'French: « entre nous » as an aside, not « entre nous et l\'université »',
      language: 'fr',
      text: 'Le partenariat entre nous et l\'université avance. Entre nous, la revue sera reportée.',
      findings: [{ text: 'Entre nous' }],
    },
    {
      name: 'an aside at the end of a sentence, set off by a comma',
      text: 'The review did not go well, between us. Please keep this between us.',
      findings: [{ text: 'between us' }, { text: 'keep this between us' }],
    },
    {
      name: 'French: asides and requests, with no-break spaces and curly apostrophes',
      language: 'fr',
      text: 'Officieusement, le projet est validé. Je ne devrais pas vous le dire, mais ça reste entre nous\u202f! J’ai pas le droit d’en parler.',
      findings: [
        { text: 'Officieusement', message: 'Retirez `Officieusement`\u00a0: rien de ce que vous publiez n\'est confidentiel. Ne publiez que ce que vous accepteriez de voir repris partout.' },
        { text: 'Je ne devrais pas vous le dire' },
        { text: 'ça reste entre nous' },
        { text: 'J’ai pas le droit d’en parler' },
      ],
    },
  ],
});

frenchMessagesTest('off-the-record');
