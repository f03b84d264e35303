import { ruleTester } from '../../helpers/rule-tester';

ruleTester('id-number', {
  valid: [
    'Bring your badge and your ID card to the safety course.',
    'The card number is printed on the back of your badge.',
    'ID numbers are personal data, so never post them.',
    'Badge number 12 is the one with the red stripe.',
    { name: 'a number in inline code', text: 'Fill in `badge number 745512` as in the example.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Lost my access card near Restaurant 1, badge number 745512. Thanks!',
      findings: [{ text: 'badge number 745512', message: 'Remove the number in `badge number 745512`: badge, ID and passport numbers are personal data and can be misused. Leave the number out.' }],
      output: 'Lost my access card near Restaurant 1, badge number [redacted]. Thanks!',
    },
    {
      name: 'colons, `is`, letters and grouped digits',
      text: 'ID no. 123456; passport number: X1234567; my employee ID is 88 231.',
      findings: [{ text: 'ID no. 123456' }, { text: 'passport number: X1234567' }, { text: 'employee ID is 88 231' }],
      output: 'ID no. [redacted]; passport number: [redacted]; my employee ID is [redacted].',
    },
  ],
});
