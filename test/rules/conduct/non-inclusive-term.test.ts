import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('non-inclusive-term', {
  valid: [
    'It is just a simple, easy fix; obviously he will merge it.',
    'The guys from the machine shop fixed the support overnight.',
    'The host of the seminar is a master of the subject.',
    'Our outreach day welcomed autistic students with a quiet room.',
    { name: 'a term in inline code', text: 'The variable `insane_mode` is a flag.', format: 'markdown' },
    { name: 'French: third-person « les gars »', language: 'fr', text: 'Les gars de l\'atelier ont réparé le support, et tous les gars de l\'équipe sont venus.' },
    { name: 'French: masculine generic job titles are not flagged', language: 'fr', text: 'Bonjour à tous ! Les chercheurs et les ingénieurs du groupe vous attendent.' },
    { name: 'French: « Mesdames et messieurs »', language: 'fr', text: 'Mesdames et messieurs, bienvenue. Mesdames, Messieurs, asseyez-vous.' },
    { name: 'French: the adjective « handicapées »', language: 'fr', text: 'Le bâtiment est accessible aux personnes handicapées et aux sportifs handicapés.' },
    { name: 'French: describing a disabled person', language: 'fr', text: 'Il est handicapé depuis son accident et vient en fauteuil.' },
    { name: 'French: the Mongol empire and Gogol', language: 'fr', text: 'L\'empire mongol s\'étendait loin ; elle a traduit Gogol.' },
    { name: 'French: autistic pupils', language: 'fr', text: 'Nous avons accueilli des élèves autistes avec une salle calme.' },
    { name: 'French: girls of a class, in the third person', language: 'fr', text: 'Les filles de la classe de seconde ont posé les meilleures questions.' },
    { name: 'French: a phrase in quotation marks is mentioned, not used', language: 'fr', text: '«\u00a0Les handicapés\u00a0» : l\'expression a vieilli.' },
    { name: 'a gendered word after a comma, mid-sentence, is not address', text: 'We thanked the staff, the lads from the workshop and the students.' },
    { name: 'French: « les filles » after a colon, not before a comma', language: 'fr', text: 'Au programme : les filles de la classe présentent leur projet.' },
  ],
  invalid: [
    {
      name: 'address after a comma at the end of a sentence',
      text: 'Listen up, fellas. Great shift, lads!',
      findings: [{ text: 'fellas' }, { text: 'lads' }],
    },
    {
      name: 'French: address after a colon, before a comma',
      language: 'fr',
      text: 'Pour le déménagement jeudi : les filles, venez à 8 h.',
      findings: [{ text: 'les filles' }],
    },
    {
      name: 'a gendered group that the sentence says includes someone',
      text: 'A note for the lads on the crew (yes, Ana, that includes you): trays out.',
      findings: [{ text: 'lads' }],
    },
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
    {
      name: 'French: « Messieurs, » opening a message to a mixed team',
      language: 'fr',
      text: 'Messieurs, la revue de sécurité a lieu jeudi (Inès et Margaux, vous êtes invitées aussi).',
      findings: [{ text: 'Messieurs', message: 'Écrivez `Mesdames et messieurs` plutôt que `Messieurs` pour vous adresser à un groupe mixte.' }],
      output: 'Mesdames et messieurs, la revue de sécurité a lieu jeudi (Inès et Margaux, vous êtes invitées aussi).',
    },
    {
      name: 'French: « les filles » for colleagues',
      language: 'fr',
      text: 'Bravo les filles\u202f! Le prototype tient la cadence.',
      findings: [{ text: 'les filles', message: 'Écrivez `tout le monde` plutôt que `les filles`\u00a0: appeler des collègues adultes «\u00a0les filles\u00a0» les infantilise.' }],
      output: 'Bravo tout le monde\u202f! Le prototype tient la cadence.',
    },
    {
      name: 'French: people named by their disability, with a person-first fix that agrees with its article',
      language: 'fr',
      text: 'Les places réservées aux handicapés sont devant l\'entrée. Un handicapé ne peut pas descendre seul.',
      findings: [
        { text: 'aux handicapés', message: 'Écrivez `aux personnes en situation de handicap` plutôt que `aux handicapés`\u00a0: parlez des personnes, pas de leur handicap.' },
        { text: 'Un handicapé' },
      ],
      output: 'Les places réservées aux personnes en situation de handicap sont devant l\'entrée. Une personne en situation de handicap ne peut pas descendre seul.',
    },
    {
      name: 'French: disability words as insults, after the words that aim them',
      language: 'fr',
      text: 'T’es mongol ou quoi ? Quelle bande de gogols. La direction est complètement schizo.',
      findings: [
        { text: 'T’es mongol', message: 'Retirez `T’es mongol`\u00a0: c\'est une insulte validiste, interdite par le code de conduite.' },
        { text: 'bande de gogols' },
        { text: 'complètement schizo' },
      ],
    },
    {
      name: 'French: a gendered phrase with a neutral fix',
      language: 'fr',
      text: 'Indiquez votre nom de jeune fille sur le badge.',
      findings: [{ text: 'nom de jeune fille', message: 'Écrivez `nom de naissance` plutôt que `nom de jeune fille`, une formulation qui n\'exclut personne.' }],
      output: 'Indiquez votre nom de naissance sur le badge.',
    },
  ],
});

frenchMessagesTest('non-inclusive-term');
