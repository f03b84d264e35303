import { ruleTester } from '../../helpers/rule-tester';

ruleTester('phone-number', {
  valid: [
    'The tunnel is 27 000 km long, and we logged 1 234 567 collisions in 2015-2018.',
    'See arXiv:2404.00003 and doi 10.1103/PhysRevLett.116.061102 for the details.',
    'Rust 1.45.1 came out on 2020-07-30; the meeting is at 12:15, or 13:30 at the latest.',
    'The contract is worth CHF 2 400 000 and the magnet weighs 12 500 000 g.',
    'The workshop is on 01.02.2024 in room 40-S2-C01.',
    'My badge is 745512 and the fill number was 8812.',
    { name: 'a number in a fenced code block', text: 'Call the expert:\n\n```\ntel. +41 22 555 00 00\n```\n', format: 'markdown' },
    { name: 'a number in inline code', text: 'The format is `+41 22 767 12 34`.', format: 'markdown' },
    { name: 'a number in front matter', text: '---\nphone: +41 22 767 12 34\n---\n\nHello.', format: 'markdown' },
    { name: 'French: counts, distances and prices', text: 'Le tunnel mesure 26\u202f659 m ; nous avons enregistré 1\u202f234\u202f567 collisions, pour 2\u00a0400\u00a0000 CHF.', language: 'fr' },
    { name: 'French: dates, times and a postcode', text: 'Réunion le 01.02.2024 à 09 h 30, puis le 12/03/2024 ; le site est au 01630 Saint-Genis-Pouilly.', language: 'fr' },
    { name: 'French: a reference after « facture » and « n° »', text: 'Facture 0012 3456 789 réglée ; dossier n° 0612 3456 78 clos.', language: 'fr' },
    { name: 'French: an IBAN is not a phone number', text: 'IBAN CH93 0076 2011 6238 5295 7, merci.', language: 'fr' },
    { name: 'French: a number in a fenced code block', text: 'Mémo :\n\n```text\nnatel labo : 079 555 98 76\n```\n', format: 'markdown', language: 'fr' },
  ],
  invalid: [
    {
      text: 'Call me on +41 22 767 12 34 after five.',
      findings: [{ text: '+41 22 767 12 34', message: 'Remove the phone number `+41 22 767 12 34`: it is personal data. Point to a public contact page instead.' }],
      output: 'Call me on [redacted] after five.',
    },
    {
      name: 'US, Swiss and French national formats',
      text: 'Office (555) 010-9999, mobile 079 555 12 34, chalet +33 4 50 99 12 34.',
      findings: [{ text: '(555) 010-9999' }, { text: '079 555 12 34' }, { text: '+33 4 50 99 12 34' }],
      output: 'Office [redacted], mobile [redacted], chalet [redacted].',
    },
    {
      name: 'a UK number in Markdown prose',
      text: '# Contact\n\nRing Sam on 020 7946 0018, or 555-010-9999 in the US.\n',
      format: 'markdown',
      findings: [{ text: '020 7946 0018' }, { text: '555-010-9999' }],
    },
    {
      name: 'French: a Swiss mobile with the French message and redaction',
      language: 'fr',
      text: 'Pour les changements : mon natel, 079 555 12 34.',
      findings: [{ text: '079 555 12 34', message: "Retirez le numéro de téléphone `079 555 12 34`\u00a0: c'est une donnée personnelle. Renvoyez plutôt vers une page de contact publique." }],
      output: 'Pour les changements : mon natel, [masqué].',
    },
    {
      name: 'French: French and Swiss formats, with dots, brackets and 00',
      language: 'fr',
      text: 'Portable 06 12 34 56 78, bureau 06.12.34.56.78, chalet +33 (0)4 50 12 34 56, labo +41 22 767 12 34, fixe 022 767 12 34, depuis la Suisse 0033 6 12 34 56 78.',
      findings: [{ text: '06 12 34 56 78' }, { text: '06.12.34.56.78' }, { text: '+33 (0)4 50 12 34 56' }, { text: '+41 22 767 12 34' }, { text: '022 767 12 34' }, { text: '0033 6 12 34 56 78' }],
    },
    {
      name: 'French: no-break and narrow no-break spaces between the groups',
      language: 'fr',
      text: 'Appelez-moi au 06\u00a012\u00a034\u00a056\u00a078 ou au +33\u202f6\u202f98\u202f76\u202f54\u202f32\u00a0!',
      findings: [{ text: '06\u00a012\u00a034\u00a056\u00a078' }, { text: '+33\u202f6\u202f98\u202f76\u202f54\u202f32' }],
      output: 'Appelez-moi au [masqué] ou au [masqué]\u00a0!',
    },
  ],
});
