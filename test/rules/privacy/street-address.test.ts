import { ruleTester } from '../../helpers/rule-tester';

ruleTester('street-address', {
  valid: [
    'Building 40 is next to Building 42, on the main street of the site.',
    'The 2 roads to the lab were closed for 3 days.',
    'Our next meeting will be 12 March 2020 via Zulip.',
    'Route 66 is a long way from the Jura, and I walked down 5 streets to find it.',
    { name: 'an address in front matter', text: '---\naddress: 12 Rue des Alpes\n---\n\nHello.', format: 'markdown' },
    { name: 'an address in inline code', text: 'Type `12 Rue des Alpes` in the form.', format: 'markdown' },
    { name: 'French: a postcode and a town alone', text: 'J’habite à 01630 Saint-Genis-Pouilly, à deux pas du site.', language: 'fr' },
    { name: "French: the organisation's own address", text: 'Le CERN, Esplanade des Particules 1, 1211 Genève 23, accueille des visiteurs.', language: 'fr' },
    { name: 'French: courses and parking places are not streets', text: 'J’ai suivi 3 cours de Physique ; il reste 1 place de parking.', language: 'fr' },
    { name: 'French: a road with no house number', text: 'La route de Meyrin est fermée jusqu’à 18 h.', language: 'fr' },
    { name: 'French: a year before a street type', text: 'En 2019 place de la Navigation, il y avait un marché.', language: 'fr' },
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
    {
      name: 'French: the French message and redaction',
      language: 'fr',
      text: 'Je loge au 8 impasse des Tilleuls, passez quand vous voulez.',
      findings: [{ text: '8 impasse des Tilleuls', message: "Retirez l'adresse `8 impasse des Tilleuls`\u00a0: une adresse personnelle est une donnée personnelle et un risque pour la sécurité. Indiquez plutôt la commune ou le quartier." }],
      output: 'Je loge au [masqué], passez quand vous voulez.',
    },
    {
      name: 'French: a comma after the number, bis, hyphenated names and a postcode',
      language: 'fr',
      text: 'Déposez-le chez Cyril, 4, chemin des Coquelicots-Blancs, 1242 Satigny, ou au 12 bis rue de l’Église.',
      findings: [{ text: '4, chemin des Coquelicots-Blancs, 1242 Satigny' }, { text: '12 bis rue de l’Église' }],
    },
    {
      name: 'French: a Swiss address, the number after the name, and a cedex number',
      language: 'fr',
      text: 'Mon studio : route de Meyrin 385, 1211 Genève 23.',
      findings: [{ text: 'route de Meyrin 385, 1211 Genève 23' }],
      output: 'Mon studio : [masqué].',
    },
    {
      name: 'French: an address on two lines, with CRLF',
      language: 'fr',
      text: 'Chez moi :\r\n27 avenue de la Gare\r\n01630 Saint-Genis-Pouilly\r\n',
      findings: [{ text: '27 avenue de la Gare\r\n01630 Saint-Genis-Pouilly' }],
    },
  ],
});
