import { ruleTester } from '../../helpers/rule-tester';

ruleTester('profanity', {
  valid: [
    'We executed the attack plan for the period of the run: a radical change.',
    'Beams from the accelerator are fired at prototype detectors.',
    'That was a dumb mistake, and the dope on the forum agreed.',
    { name: 'insults are left to personal-attack', text: 'The reviewer is a complete moron.' },
    { name: 'a list word inside a title-case name', text: 'We tried Damn Small Linux on the old lab laptops.' },
    { name: 'profanity in a code block', text: '```\n# TODO: fix this shit\n```\n', format: 'markdown' },
    { name: 'French: words that cuss/fr rates profane but are ordinary', language: 'fr', text: 'Le gros aimant a glissé de sa poche de mousse avec du retard.' },
    { name: 'French: a « coup de gueule » is no profanity', language: 'fr', text: 'Petit coup de gueule sur les navettes du matin.' },
    { name: 'French: a word in quotation marks is mentioned', language: 'fr', text: 'Le mot «\u00a0merde\u00a0» porte bonheur aux comédiens.' },
    { name: 'French: insults are left to personal-attack', language: 'fr', text: 'Quel connard, ce type.' },
    { name: 'masks in arithmetic are no profanity', text: 'The fit gives a*b = 3, and 2*3 bins.' },
  ],
  invalid: [
    {
      name: 'a capitalised list word on its own, or in capitals, is still profanity',
      text: 'We tried Damn Small Linux on the laptops. Crap, it would not boot. DAMN these drivers.',
      findings: [{ text: 'Crap' }, { text: 'DAMN' }],
    },
    {
      text: 'Third time the shuttle didn\'t show up. What a shitshow.',
      findings: [{ text: 'shitshow', message: 'Remove `shitshow`: profanity breaks the code of conduct, and the post stays public.' }],
    },
    {
      name: 'a phrase of the own list wins over the cuss word inside it',
      text: 'Whoever built this piece of crap should answer for it.',
      findings: [{ text: 'piece of crap' }],
    },
    {
      name: 'a sure cuss word reported by retext-profanities',
      text: 'The new booking tool is crappy and the fridge is broken, damn.',
      findings: [{ text: 'crappy' }, { text: 'damn' }],
    },
    {
      name: 'masked profanity: each mask stands for a letter of a listed word',
      text: 'Frankly, the afternoon was a clusterf*ck and the form is f**king long.',
      findings: [{ text: 'clusterf*ck' }, { text: 'f**king' }],
    },
    {
      name: 'French: masked profanity',
      language: 'fr',
      text: 'P*tain, encore en retard.',
      findings: [{ text: 'P*tain' }],
    },
    {
      text: 'What the hell was the committee thinking?',
      findings: [{ text: 'What the hell' }],
    },
    {
      name: 'French profanity, with typographic apostrophes and no-break spaces',
      language: 'fr',
      text: 'Putain\u202f! Ce foutu badge ne marche pas, ça me fait chier. Le serveur part en couille.',
      findings: [
        { text: 'Putain', message: 'Retirez `Putain`\u00a0: la grossièreté enfreint le code de conduite, et la publication reste en ligne.' },
        { text: 'foutu' },
        { text: 'ça me fait chier' },
        { text: 'part en couille' },
      ],
    },
  ],
});
