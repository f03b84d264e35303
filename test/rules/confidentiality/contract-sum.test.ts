import { ruleTester } from '../../helpers/rule-tester';

ruleTester('contract-sum', {
  valid: [
    'We asked for $15,000 USD to hire an editor.',
    'The teachers\' programme will stop because of budget cuts.',
    'The ERC awarded her a €1.5 million grant for the project.',
    'Ticket prices went up to CHF 25 this year.',
    'The contract was signed on 2 March and delivery is in October.',
    { name: 'an amount in inline code', text: 'The field is `budget: CHF 3.8 million`.', format: 'markdown' },
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
  ],
});
