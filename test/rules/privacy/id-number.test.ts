import { ruleTester } from '../../helpers/rule-tester';

ruleTester('id-number', {
  valid: [
    'Bring your badge and your ID card to the safety course.',
    'The card number is printed on the back of your badge.',
    'ID numbers are personal data, so never post them.',
    'Badge number 12 is the one with the red stripe.',
    { name: 'a number in inline code', text: 'Fill in `badge number 745512` as in the example.', format: 'markdown' },
    { name: 'French: the rule itself', text: 'Le numéro de badge est imprimé au dos de la carte ; les numéros AVS sont des données personnelles.', language: 'fr' },
    { name: 'French: a year, a date and a price', text: 'Le badge 2024 du festival coûte 25 CHF ; mon passeport expire le 12.06.2030.', language: 'fr' },
    { name: 'French: a short number', text: 'Le badge 12 a une bande rouge.', language: 'fr' },
    { name: 'French: a badge number in a fenced code block', text: 'Mémo :\n\n```text\nbadge : 551 203\n```\n', format: 'markdown', language: 'fr' },
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
    {
      name: 'French: « numéro de badge : », with a no-break space before the colon',
      language: 'fr',
      text: 'J’ai perdu ma carte d’accès. Numéro de badge\u00a0: 812 334. Merci !',
      findings: [{ text: 'Numéro de badge\u00a0: 812 334', message: "Retirez le numéro dans `Numéro de badge\u00a0: 812 334`\u00a0: les numéros de badge, d'identité et de passeport sont des données personnelles et peuvent être détournés. Ne publiez pas le numéro." }],
      output: 'J’ai perdu ma carte d’accès. Numéro de badge\u00a0: [masqué]. Merci !',
    },
    {
      name: 'French: a bare badge, an AVS number with dots, a passport and an ID card',
      language: 'fr',
      text: 'Mon badge 447 921, AVS 756.1234.5678.97, passeport 12AB34567, carte d’identité n° 180712345678.',
      findings: [{ text: 'badge 447 921' }, { text: 'AVS 756.1234.5678.97' }, { text: 'passeport 12AB34567' }, { text: 'carte d’identité n° 180712345678' }],
      output: 'Mon badge [masqué], AVS [masqué], passeport [masqué], carte d’identité n° [masqué].',
    },
    {
      name: "French: a social security number in groups, an IBAN and « numéro d'employé »",
      language: 'fr',
      text: "Numéro de sécurité sociale : 1 85 05 78 006 084 36 ; IBAN FR76 3000 6000 0112 3456 7890 189 ; numéro d'employé : 88231.",
      findings: [{ text: 'Numéro de sécurité sociale : 1 85 05 78 006 084 36' }, { text: 'IBAN FR76 3000 6000 0112 3456 7890 189' }, { text: "numéro d'employé : 88231" }],
    },
  ],
});
