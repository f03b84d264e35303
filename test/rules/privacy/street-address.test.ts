import { ruleTester } from '../../helpers/rule-tester';

ruleTester('street-address', {
  valid: [
    'Building 40 is next to Building 42, on the main street of the site.',
    'The 2 roads to the lab were closed for 3 days.',
    'Our next meeting will be 12 March 2020 via Zulip.',
    'Route 66 is a long way from the Jura, and I walked down 5 streets to find it.',
    { name: 'an address in front matter', text: '---\naddress: 12 Rue des Alpes\n---\n\nHello.', format: 'markdown' },
    { name: 'an address in inline code', text: 'Type `12 Rue des Alpes` in the form.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'I live at 12 Rue des Alpes, 1201 Genève, come by for coffee.',
      findings: [{ text: '12 Rue des Alpes, 1201 Genève', message: 'Remove the address `12 Rue des Alpes, 1201 Genève`: a home address is personal data and a security risk. Name the town or the area instead.' }],
      output: 'I live at [redacted], come by for coffee.',
    },
    {
      name: 'a French street type in lower case, and an English address',
      text: 'Party at 14 chemin du Lac tonight; the cake comes from 221B Baker Street.',
      findings: [{ text: '14 chemin du Lac' }, { text: '221B Baker Street' }],
      output: 'Party at [redacted] tonight; the cake comes from [redacted].',
    },
    {
      name: 'an elided particle',
      text: "Ma nouvelle adresse : 8 avenue d'Aïre.",
      findings: [{ text: "8 avenue d'Aïre" }],
    },
  ],
});
