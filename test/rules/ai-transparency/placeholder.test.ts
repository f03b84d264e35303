import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('placeholder', {
  valid: [
    'Thanks to everyone who came [photos below].',
    'Section [3] of the report explains the method.',
    'I used a writing assistant for this post, and said so.',
    'Love you all xxx',
    { name: 'a Markdown link whose text looks like a placeholder', format: 'markdown', text: 'Thanks to [your name](https://example.org/u/1) for the tour.' },
    { name: 'a placeholder in inline code', format: 'markdown', text: 'Search the draft for `[Insert` before posting.' },
    { name: 'a placeholder in a code block', format: 'markdown', text: '```\nHello [Your Name]\n```' },
    { name: 'French: a note in brackets', language: 'fr', text: 'Merci à tous [photos ci-dessous].' },
    { name: 'French: a section number', language: 'fr', text: 'La section [3] du rapport explique la méthode.' },
    { name: 'French: « à compléter » in a sentence', language: 'fr', text: 'Le dossier est à compléter avant vendredi.' },
    { name: 'French: a todo list in lower case', language: 'fr', text: 'Ma todo list de la semaine est interminable.' },
    { name: 'French: kisses', language: 'fr', text: 'Bises à tous, xxx' },
    { name: 'French: a TODO list', language: 'fr', text: 'Ma TODO list pour demain\u00a0: rien, c’est férié.' },
    { name: 'French: a template quoted in inline code', language: 'fr', format: 'markdown', text: 'Le modèle commence par `Bonjour [Prénom],` : à relire avant l’envoi.' },
    { name: 'a template variable in inline code', format: 'markdown', text: 'Write `{{user_name}}` where the name goes.' },
    { name: 'a JavaScript object between double braces is not a variable', text: "Pass style={{ color: 'red' }} to the element." },
    { name: 'a possessive not at the end', text: 'The [speaker’s name tag] fell off.' },
  ],
  invalid: [
    { name: 'a template variable in double braces, with a space inside', text: 'Dear {{ first_name }}, welcome.', findings: [{ text: '{{ first_name }}' }] },
    { name: 'a possessive placeholder with a curly apostrophe', text: 'Thanks to [our host’s name] for dinner.', findings: [{ text: '[our host’s name]' }] },
    { name: 'a brief with a count of words', text: 'Bio: [third person, 50-60 words]', findings: [{ text: '[third person, 50-60 words]' }] },
    { name: 'French: a template variable in double angles', language: 'fr', text: 'Rendez-vous le <<date_visite>> au Globe.', findings: [{ text: '<<date_visite>>' }] },
    {
      format: 'markdown',
      text: 'A good setup is about habits. [Insert a personal closing sentence here.]',
      findings: [{ text: '[Insert a personal closing sentence here.]', message: 'Replace the placeholder `[Insert a personal closing sentence here.]` with the real text, or remove it: it shows that the draft was not reviewed.' }],
    },
    { text: 'Thanks to [Your Name] for the tour!', findings: [{ text: '[Your Name]' }] },
    { text: 'Join us on <insert date> at the Globe.', findings: [{ text: '<insert date>' }] },
    { text: 'Big thanks to the team at {company name}.', findings: [{ text: '{company name}' }] },
    { text: '[TODO] add a photo. More at [insert link here].', findings: [{ text: '[TODO]' }, { text: '[insert link here]' }] },
    { text: 'Lorem ipsum dolor sit amet. The talk is on XXX in room 4.', findings: [{ text: 'Lorem ipsum' }, { text: 'XXX' }] },
    { name: 'a bracketed run of X’s is one placeholder', text: 'The talk is on [XXX].', findings: [{ text: '[XXX]' }] },
    {
      name: 'French: a name placeholder with a curly apostrophe',
      language: 'fr',
      text: 'Ce soir, [Nom de l’expérience] a battu son record\u00a0!',
      findings: [{ text: '[Nom de l’expérience]', message: 'Remplacez l\'espace réservé `[Nom de l’expérience]` par le vrai texte, ou supprimez-le\u00a0: il montre que le brouillon n\'a pas été relu.' }],
    },
    { name: 'French: a first-name placeholder', language: 'fr', text: 'Chère [Prénom],\n\nMerci pour votre visite.', findings: [{ text: '[Prénom]' }] },
    { name: 'French: « [insérer le lien] »', language: 'fr', text: 'Inscriptions ici : [insérer le lien].', findings: [{ text: '[insérer le lien]' }] },
    { name: 'French: « [à compléter] » and XXX', language: 'fr', text: 'Date : [à compléter]. Salle XXX.', findings: [{ text: '[à compléter]' }, { text: 'XXX' }] },
    { name: 'French: « TODO : » standing alone, and in brackets once', language: 'fr', text: 'TODO\u00a0: ajouter la photo. [TODO] relire.', findings: [{ text: 'TODO\u00a0:' }, { text: '[TODO]' }] },
    { name: 'French: an angled placeholder in plain text', language: 'fr', text: 'Rendez-vous le <date> au Globe.', findings: [{ text: '<date>' }] },
  ],
});

frenchMessagesTest('placeholder');
