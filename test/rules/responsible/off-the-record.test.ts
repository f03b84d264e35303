import { ruleTester } from '../../helpers/rule-tester';

ruleTester('off-the-record', {
  valid: [
    'Between us and the Jura there is nothing but fields.',
    'Between us and the cavern there are about a hundred metres of rock.',
    'The gap between us is only two desks.',
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
      name: 'French: « entre nous » as an aside, not « entre nous et l\'EPFL »',
      language: 'fr',
      text: 'La collaboration entre nous et l\'EPFL avance. Entre nous, il n\'a pas dormi depuis trois jours.',
      findings: [{ text: 'Entre nous' }],
    },
  ],
});
