import { ruleTester } from '../../helpers/rule-tester';

ruleTester('non-inclusive-term', {
  valid: [
    'It is just a simple, easy fix; obviously he will merge it.',
    'The guys from the machine shop fixed the support overnight.',
    'The host of the seminar is a master of the subject.',
    'Our outreach day welcomed autistic students with a quiet room.',
    { name: 'a term in inline code', text: 'The variable `insane_mode` is a flag.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Hey guys, the open day needs 40 more volunteers. It\'s going to be insane, so sign up.',
      findings: [
        { text: 'guys', message: 'Use `everyone` instead of `guys` to address a mixed group.' },
        { text: 'insane', message: 'Replace `insane` with `intense`: it is an ableist term that the code of conduct asks you to avoid.' },
      ],
      output: 'Hey everyone, the open day needs 40 more volunteers. It\'s going to be intense, so sign up.',
    },
    {
      name: '"you guys" becomes "you all"',
      text: 'Thank you guys for a great shift!',
      findings: [{ text: 'guys' }],
      output: 'Thank you all for a great shift!',
    },
    {
      name: 'a sentence-initial "Guys," keeps its capital in the fix',
      text: 'Guys, the cooldown starts at nine.',
      findings: [{ text: 'Guys' }],
      output: 'Everyone, the cooldown starts at nine.',
    },
    {
      name: 'retext-equality\'s own suggestion for "lame"',
      text: 'She had time for all my questions, even the lame ones.',
      findings: [{ text: 'lame' }],
      output: 'She had time for all my questions, even the boring ones.',
    },
    {
      name: 'a slur has no replacement, only a message to remove it',
      text: 'Only a retard would schedule the review on a Sunday.',
      findings: [{ text: 'retard', message: 'Remove `retard`: it is an ableist insult that the code of conduct forbids.' }],
      output: 'Only a retard would schedule the review on a Sunday.',
    },
    {
      name: 'positions stay right in a Markdown block with a link and a heading',
      text: '# Open day\n\nHey guys, the [sign-up page](https://example.org/guys) is open. It\'s going to be crazy.\n',
      format: 'markdown',
      findings: [{ text: 'guys' }, { text: 'crazy' }],
      output: '# Open day\n\nHey everyone, the [sign-up page](https://example.org/guys) is open. It\'s going to be intense.\n',
    },
    {
      text: 'My office mate is so autistic about his label maker.',
      findings: [{ text: 'so autistic' }],
    },
    {
      name: 'French: « Salut les gars » with its fix',
      language: 'fr',
      text: 'Salut les gars, les gars de l\'atelier ont fini.',
      findings: [{ text: 'les gars', message: 'Écrivez `tout le monde` plutôt que `les gars` pour vous adresser à un groupe mixte.' }],
      output: 'Salut tout le monde, les gars de l\'atelier ont fini.',
    },
  ],
});
