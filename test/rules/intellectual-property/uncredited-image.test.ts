import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('uncredited-image', {
  valid: [
    'Photo: my own, taken with permission of the shift leader.',
    'Not my photo (credit: Jane Doe, used with permission).',
    'Grabbed it from the fridge before the meeting.',
    { name: 'a credited image', format: 'markdown', text: '![A magnet in the tunnel](/img/magnet.jpg)\n*Image: CERN*' },
    { name: 'an own image with no credit line', format: 'markdown', text: '![](/photos/cake.jpg)\n\nWe gave her a cake shaped like the detector.' },
    { name: 'French: an own photo', language: 'fr', text: 'Photo : moi-même, prise avec l’accord du chef de quart.' },
    { name: 'French: not mine, but credited', language: 'fr', text: 'Ce n’est pas ma photo (crédit : Jeanne Dupont, avec son accord).' },
    { name: 'French: found online, with ©', language: 'fr', text: 'Photo trouvée sur le site du CERN (©\u00a0CERN).' },
    { name: 'French: found on the internet, not an image', language: 'fr', text: 'J’ai trouvé sur internet la réponse à ma question.' },
    { name: 'French: a ticket bought online', language: 'fr', text: 'J’ai pris sur internet un billet pour Genève.' },
    { name: 'French: a credited image', language: 'fr', format: 'markdown', text: '![Un capteur sous une loupe](/img/capteur.jpg)\n*Photo : Nadia Benali*' },
    { name: 'French: an unknown poet', language: 'fr', text: 'Un poème d’auteur inconnu, lu au séminaire.' },
  ],
  invalid: [
    {
      text: "Sunset over the Globe. Not my photo, I grabbed it from someone's Pinterest board. #Geneva",
      findings: [{ text: 'Not my photo, I grabbed it from', message: 'Credit the image or replace it: `Not my photo, I grabbed it from` says it is someone else\'s and used without credit or permission. Use your own, a licensed one, or ask and name the author.' }],
    },
    {
      name: 'an admission under a Markdown image',
      format: 'markdown',
      text: '![Cartoon of a crying physicist](https://images.example.com/sad.png)\n*Found this on Google Images, it is perfect.*',
      findings: [{ text: 'Found this on Google Images' }],
    },
    {
      name: 'a cover scan and the missing permission make one finding',
      format: 'markdown',
      text: "![](/img/book-cover.jpg)\n\nCover scanned from my own copy. I didn't ask the publisher, but I'm sure they won't mind.",
      findings: [{ text: "Cover scanned from my own copy. I didn't ask the publisher, but I'm sure they won't mind" }],
    },
    {
      name: 'French: an image found on Google, under a Markdown image',
      language: 'fr',
      format: 'markdown',
      text: '![](/images/tunnel.jpg)\n*Image récupérée sur Google Images.*',
      findings: [{ text: 'récupérée sur Google', message: 'Créditez l\'image ou remplacez-la\u00a0: `récupérée sur Google` indique qu\'elle est à quelqu\'un d\'autre et utilisée sans crédit ni autorisation. Prenez la vôtre, une image sous licence, ou demandez et nommez l\'auteur.' }],
    },
    {
      name: 'French: an unknown photographer and where the photos come from make one finding',
      language: 'fr',
      text: 'La photo de groupe est de moi ; les autres sont d’un photographe inconnu, trouvées sur Instagram.',
      findings: [{ text: 'photographe inconnu, trouvées sur Instagram' }],
    },
    {
      name: 'French: a screenshot of a broadcast, without permission',
      language: 'fr',
      format: 'markdown',
      text: '![](/img/labo.jpg)\n\nL’image ci-dessus est une capture d’écran d’un documentaire de la télé locale ; je n’ai pas demandé l’autorisation.',
      findings: [{ text: 'capture d’écran d’un documentaire de la télé locale ; je n’ai pas demandé l’autorisation' }],
    },
    { name: 'French: an image taken from the internet', language: 'fr', text: 'Image prise sur internet, je ne sais pas qui l’a prise.', findings: [{ text: 'prise sur internet, je ne sais pas qui l’a prise' }] },
    { name: 'French: a scanned cover', language: 'fr', text: 'J’ai scanné la couverture du livre pour ce billet.', findings: [{ text: 'J’ai scanné la couverture' }] },
  ],
});

frenchMessagesTest('uncredited-image');
