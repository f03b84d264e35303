import { ruleTester } from '../../helpers/rule-tester';

ruleTester('personal-attack', {
  valid: [
    'Beams of particles from an accelerator are fired at prototype detectors.',
    'We hired a clown for the children\'s open day.',
    'Credit-card fraud is on the rise; check your statements.',
    'I felt like an idiot when the beam dumped on my first shift.',
    'Don\'t feed the trolls.',
    { name: 'a weak noun in a compound', text: 'What a clown show that review was.' },
    { name: 'an insult that cuss also lists is reported once, by this rule', text: 'Fraud detection caught it.' },
    { name: 'French: about the author', language: 'fr', text: 'Je me suis senti idiot pendant mon premier quart.' },
    { name: 'French: a word in quotation marks is mentioned, not used', language: 'fr', text: 'Le mot «\u00a0abruti\u00a0» vient du verbe abrutir.' },
    { name: 'French: broken arms after a fall', language: 'fr', text: 'Il s\'est fait mal au ski et a les deux bras cassés.' },
    { name: 'French: household rubbish', language: 'fr', text: 'Sortez les ordures avant la fermeture du bâtiment.' },
    { name: 'French: a group of students is no insult', language: 'fr', text: 'Une bande de doctorants a monté l\'exposition en une semaine.' },
    { name: 'French: « incapables de » is an adjective', language: 'fr', text: 'Ils sont incapables de venir avant lundi.' },
    { name: 'French: the author did not understand', language: 'fr', text: 'Au début, je n\'avais rien compris au trigger, et on n\'a rien compris à la démo.' },
    { name: 'French: simple enough for a child, said kindly', language: 'fr', text: 'C\'est si simple que même un enfant comprendrait.' },
    { name: 'French: « ferait mieux de » is advice', language: 'fr', text: 'Un stagiaire ferait mieux de demander de l\'aide que de rester bloqué.' },
    { name: 'French: a spurious signal', language: 'fr', text: 'Le signal parasite vient de l\'alimentation.' },
    { name: 'French: chili con carne at the cafeteria', language: 'fr', text: 'Au menu ce midi : chili con carne.' },
    { name: 'French: « ce X de Y » with a thing after « de » is a compound', language: 'fr', text: 'Ce clown de cirque a fait rire les enfants.' },
    { name: 'French: after « ces », a capitalised word says where they come from', language: 'fr', text: 'Ces cornichons de Russie sont délicieux.' },
  ],
  invalid: [
    {
      text: 'Our technical coordinator is an incompetent clown who takes credit for everyone else\'s work.',
      findings: [{ text: 'incompetent clown', message: 'Remove `incompetent clown`: it attacks a person, which the code of conduct forbids. Criticise the work, not the people.' }],
    },
    {
      text: '@quantumskeptic you are a clueless troll and everyone can see it.',
      findings: [{ text: 'clueless troll' }],
    },
    {
      text: 'You idiot, you broke the build. He is a total fraud.',
      findings: [{ text: 'You idiot' }, { text: 'total fraud' }],
    },
    {
      text: 'The morons in the next office took our cable drum.',
      findings: [{ text: 'morons' }],
    },
    {
      name: 'French: a weak noun said of a named person or a person noun (« ce bobet de Gilles »)',
      language: 'fr',
      text: 'Ce nigaud de Paul a encore oublié. Cet ahuri d’Antoine aussi, et cette andouille de stagiaire.',
      findings: [{ text: 'Ce nigaud de Paul' }, { text: 'Cet ahuri d’Antoine' }, { text: 'cette andouille de stagiaire' }],
    },
    {
      name: 'French insults',
      language: 'fr',
      text: 'Quel connard. Ces abrutis ont encore bloqué la porte.',
      findings: [
        { text: 'connard', message: 'Retirez `connard`\u00a0: c\'est une attaque personnelle, interdite par le code de conduite. Critiquez le travail, pas les personnes.' },
        { text: 'Ces abrutis' },
      ],
    },
    {
      name: 'French: an insult after an elision matches the bare word, with either apostrophe',
      language: 'fr',
      text: 'L’abruti du troisième a encore pris ma place. Une bande d\'imbéciles, plus qu\'un idiot.',
      findings: [{ text: 'L’abruti' }, { text: 'Une bande d\'imbéciles' }, { text: 'idiot' }],
    },
    {
      name: 'French: insults without a listed word, collective or condescending',
      language: 'fr',
      text: 'Le service d’en face\u00a0: une joyeuse bande de guignols. Un labo d\'incompétents\u202f! Il n’a rien compris. Même un stagiaire ferait mieux.',
      findings: [{ text: 'une joyeuse bande de guignols' }, { text: 'Un labo d\'incompétents' }, { text: 'Il n’a rien compris' }, { text: 'Même un stagiaire ferait mieux' }],
    },
    {
      name: 'French: a weak insult aimed at someone',
      language: 'fr',
      text: 'Tu es un troll. Ce sont des bras cassés.',
      findings: [{ text: 'troll' }, { text: 'bras cassés' }],
    },
  ],
});
