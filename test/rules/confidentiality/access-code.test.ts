import { ruleTester } from '../../helpers/rule-tester';

ruleTester('access-code', {
  valid: [
    'The server returned error code 404 when I opened the page.',
    'Use the postal code 1211 for the main site.',
    'Ask reception for the door code, it changes every month.',
    'Use code SPRING10 for 10% off.',
    'Chapter 3 explains code 4471 of the standard.',
    { name: 'a code in a fenced code block', text: 'Door:\n\n```\ndoor code is 4512\n```\n', format: 'markdown' },
    { name: 'French: error, postal and promo codes', text: 'Le serveur a renvoyé le code d’erreur 404 ; le code postal est 1211 ; avec le code SERAPHIN10, 10 % de réduction.', language: 'fr' },
    { name: 'French: asking for the code', text: 'Demandez le code de la porte à l’accueil, il change tous les mois.', language: 'fr' },
    { name: 'French: a code with no place', text: 'Notre code de calcul tourne en 1200 secondes sur le cluster.', language: 'fr' },
    { name: 'French: a code in a fenced code block', text: 'Accès :\n\n```\ndigicode : 4512\n```\n', format: 'markdown', language: 'fr' },
  ],
  invalid: [
    {
      text: 'The door code is 4512, so you do not need a badge.',
      findings: [{ text: 'door code is 4512', message: 'Remove the code in `door code is 4…`: door and access codes are security information. Tell people to ask the building\'s contact instead.' }],
      output: 'The door code is [redacted], so you do not need a badge.',
    },
    {
      name: '`code` with a place in the sentence',
      text: 'The side door of Building 13 opens with code 4471, so you save a walk.',
      findings: [{ text: 'code 4471' }],
      output: 'The side door of Building 13 opens with code [redacted], so you save a walk.',
    },
    {
      name: 'a code with a colon and a hash',
      text: 'Access code: 2468#, valid all week.',
      findings: [{ text: 'Access code: 2468#' }],
      output: 'Access code: [redacted], valid all week.',
    },
    {
      name: 'French: « le code de la porte est », with the French message and redaction',
      language: 'fr',
      text: 'Le code de la porte est 4512, pas besoin de badge.',
      findings: [{ text: 'code de la porte est 4512', message: "Retirez le code dans `code de la porte est 4…`\u00a0: les codes de porte et d'accès sont des informations de sécurité. Invitez plutôt les gens à le demander au responsable du bâtiment." }],
      output: 'Le code de la porte est [masqué], pas besoin de badge.',
    },
    {
      name: "French: « code d'accès » with an elision, a place and a letter",
      language: 'fr',
      text: 'Pour les bénévoles : le code d’accès du local de stockage est le 2580B.',
      findings: [{ text: 'code d’accès du local de stockage est le 2580B' }],
      output: 'Pour les bénévoles : le code d’accès du local de stockage est le [masqué].',
    },
    {
      name: 'French: a digicode with a no-break space before the colon, and « code » with a place',
      language: 'fr',
      text: 'Digicode\u00a0: 75B21. La porte du bâtiment 13 s’ouvre avec le code 4471.',
      findings: [{ text: 'Digicode\u00a0: 75B21' }, { text: 'code 4471' }],
    },
  ],
});
