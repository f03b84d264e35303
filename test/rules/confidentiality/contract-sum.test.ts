import { ruleTester } from '../../helpers/rule-tester';

ruleTester('contract-sum', {
  valid: [
    'We asked for $15,000 USD to hire an editor.',
    'The teachers\' programme will stop because of budget cuts.',
    'The ERC awarded her a €1.5 million grant for the project.',
    'Ticket prices went up to CHF 25 this year.',
    'The contract was signed on 2 March and delivery is in October.',
    { name: 'an amount in inline code', text: 'The field is `budget: CHF 3.8 million`.', format: 'markdown' },
    { name: 'French: a grant and a fundraiser', text: "L'ERC lui a attribué une bourse de 1,5 million d'euros ; la cagnotte a réuni 1\u202f234,56 CHF.", language: 'fr' },
    { name: 'French: small amounts in a contract sentence', text: 'Le contrat de 12,50 CHF par mois est résilié ; on a dépensé 30 € de café pendant la négociation.', language: 'fr' },
    { name: 'French: ticket prices', text: 'Le prix des billets est passé à 25 CHF cette année.', language: 'fr' },
    { name: 'French: the public annual budget', text: "Le budget annuel de l'organisation, 1,2 milliard de francs, est public selon le rapport annuel.", language: 'fr' },
  ],
  invalid: [
    {
      text: 'The CHF 3.8 million contract with the cryogenics supplier was signed on 2 March.',
      findings: [{ text: 'CHF 3.8 million', message: 'Remove the amount `CHF 3.8 million`: contract sums and budgets have commercial implications. Leave the figure out.' }],
      output: 'The [redacted] contract with the cryogenics supplier was signed on 2 March.',
    },
    {
      name: 'a currency after the amount, and a contract worth an amount',
      text: 'Our budget of 350k EUR is almost spent. The contract is worth CHF 2.4 million.',
      findings: [{ text: '350k EUR' }, { text: 'CHF 2.4 million' }],
      output: 'Our budget of [redacted] is almost spent. The contract is worth [redacted].',
    },
    {
      name: 'French: millions of francs, with the French message and redaction',
      language: 'fr',
      text: 'Le contrat, signé hier soir, s’élève à 3,4 millions de francs sur cinq ans.',
      findings: [{ text: '3,4 millions de francs', message: "Retirez le montant `3,4 millions de francs`\u00a0: les montants de contrats et les budgets ont des implications commerciales. Ne donnez pas le chiffre." }],
      output: 'Le contrat, signé hier soir, s’élève à [masqué] sur cinq ans.',
    },
    {
      name: "French: « d'euros », no-break and narrow no-break spaces, decimal commas",
      language: 'fr',
      text: "Le contrat de 2,4 millions d'euros est signé. Le devis : 148\u00a0500 CHF. L'appel d'offres : 1\u202f234\u202f567,50 CHF.",
      findings: [{ text: "2,4 millions d'euros" }, { text: '148\u00a0500 CHF' }, { text: '1\u202f234\u202f567,50 CHF' }],
      output: "Le contrat de [masqué] est signé. Le devis : [masqué]. L'appel d'offres : [masqué].",
    },
    {
      name: 'French: k€, MCHF and a Swiss amount with apostrophes',
      language: 'fr',
      text: "Notre budget de 350 k€ est épuisé ; le bâtiment : 85 MCHF. Le contrat se monte à CHF 1'250'000.",
      findings: [{ text: '350 k€' }, { text: '85 MCHF' }, { text: "CHF 1'250'000" }],
    },
    {
      name: 'French: « un contrat de 800 000 € »',
      language: 'fr',
      text: 'On a décroché un contrat de 800 000 € avec l’entreprise.',
      findings: [{ text: '800 000 €' }],
    },
  ],
});
