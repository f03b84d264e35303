import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('assistant-leftover', {
  valid: [
    'I used a writing assistant for the first draft and reviewed every line.',
    'Feel free to share the photo with credit.',
    { name: 'the phrase quoted in inline code', text: 'Never leave `As an AI language model` in a post.', format: 'markdown' },
    { name: 'French: disclosed AI use', language: 'fr', text: 'J’ai utilisé un assistant d’écriture pour corriger ce texte, et je l’ai relu.' },
    { name: 'French: an author inviting questions', language: 'fr', text: 'N’hésitez pas à me dire si vous avez des questions sur le stage\u00a0!' },
    { name: 'French: « sur un ton plus léger »', language: 'fr', text: 'Sur un ton plus léger\u00a0: la cafétéria a enfin un nouveau four.' },
    { name: 'French: « comme demandé » by a person', language: 'fr', text: 'Comme demandé par plusieurs d’entre vous, voici les transparents.' },
    { name: 'French: a role model', language: 'fr', text: 'Je suis un modèle pour mes étudiants, paraît-il.' },
    { name: 'French: a person who cannot check', language: 'fr', text: 'Je ne peux pas vérifier cette info, quelqu’un a un lien\u00a0?' },
    { name: 'French: the phrase in inline code', language: 'fr', format: 'markdown', text: 'Ne laissez jamais `En tant que modèle de langage` dans un post.' },
  ],
  invalid: [
    {
      text: 'Certainly! Here\'s a post about our detector:\n\nWe upgraded the pixels.',
      findings: [{ text: 'Certainly! Here\'s', message: 'Remove `Certainly! Here\'s`: it is text an AI assistant left behind. Review the post and say that you used AI.' }],
    },
    {
      text: 'Great week at the lab. Let me know if you would like me to adjust the tone.',
      findings: [{ text: 'Let me know if you would like me to' }],
    },
    {
      name: 'adjacent leftovers make one finding',
      text: "As an AI language model, I don't have personal experiences, but here is a tweet about your week.",
      findings: [{ text: "As an AI language model, I don't have personal experiences, but here is a tweet about your" }],
    },
    { text: "Here's a revised version of your post:\n\nFirst week done!", findings: [{ text: "Here's a revised version of your post" }] },
    { text: 'As of my last knowledge update, the collider was being upgraded.', findings: [{ text: 'As of my last knowledge update' }] },
    { text: 'A good setup is about habits. Feel free to adjust the tone and add anecdotes.', findings: [{ text: 'Feel free to adjust' }] },
    { text: 'Would you like me to add some hashtags? I hope this helps!', findings: [{ text: 'Would you like me to add some hashtags? I hope this helps' }] },
    {
      name: 'French: the assistant’s answer, with a no-break space before « ! »',
      language: 'fr',
      text: 'Bien sûr\u00a0! Voici une publication pour Mastodon\u00a0:\n\nNous avons remplacé les pixels.',
      findings: [{ text: 'Bien sûr\u00a0! Voici', message: 'Supprimez `Bien sûr\u00a0! Voici`\u00a0: c\'est un reste de texte d\'un assistant d\'IA. Relisez la publication et indiquez que vous avez utilisé l\'IA.' }],
    },
    {
      name: 'French: adjacent leftovers make one finding',
      language: 'fr',
      text: 'Je suis un modèle d’IA et je n’ai pas accès aux informations en temps réel, mais voici un tweet.',
      findings: [{ text: 'Je suis un modèle d’IA et je n’ai pas accès aux informations en temps réel' }],
    },
    { name: 'French: the rewrite presented', language: 'fr', text: 'Voilà votre texte reformulé, dans un ton plus léger :\n\nPremière semaine !', findings: [{ text: 'Voilà votre texte reformulé, dans un ton plus' }] },
    { name: 'French: an offer to change the tone', language: 'fr', text: 'Bonne semaine à tous. N’hésitez pas à me dire si vous préférez un ton plus formel.', findings: [{ text: 'N’hésitez pas à me dire si vous préférez' }] },
    { name: 'French: an offer with an elided « j’ »', language: 'fr', text: 'Souhaitez-vous que j’ajoute des hashtags\u00a0?', findings: [{ text: 'Souhaitez-vous que j’ajoute' }] },
  ],
});

frenchMessagesTest('assistant-leftover');
