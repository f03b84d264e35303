import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('taken-image', {
  valid: [
    'I grabbed a coffee from the cafeteria before the shift.',
    'Photo by Ana Ruiz, used with permission; I grabbed it from her Instagram.',
    'I downloaded the data from the open data portal.',
    'No idea who drew the short straw for the night shift.',
    { name: 'a credited drawing by an unknown author', text: 'Drawing by an unknown illustrator, courtesy of the CERN archive; no idea who drew it.' },
    { name: 'French: a bike taken back', language: 'fr', text: 'J’ai repris le vélo pour rentrer.' },
    { name: 'French: a borrowed book, credited', language: 'fr', text: 'J’ai emprunté un livre à la bibliothèque, crédit : la bibliothèque.' },
    { name: 'French: a screenshot of the author’s own code', language: 'fr', text: 'Voici une capture d’écran de mon code d’analyse.' },
    { name: 'French: who took the croissant', language: 'fr', text: 'Aucune idée de qui a pris le dernier croissant.' },
    { name: 'French: an unknown photographer, credited', language: 'fr', text: 'Photo d’un photographe dont j’ignore le nom, crédit : archives du CERN.' },
  ],
  invalid: [
    {
      text: "I ripped the cover art off a stranger's Pinterest board.",
      findings: [{
        text: "ripped the cover art off a stranger's Pinterest",
        message: "Credit the image or replace it: `ripped the cover art off a stranger's Pinterest` says it is someone else's work, used without credit or permission. Use your own, a licensed one, or ask and name the author.",
      }],
    },
    { name: 'a slang verb of taking and a press agency', text: "I nicked this shot from a news agency's site, mine was blurry.", findings: [{ text: "nicked this shot from a news agency's" }] },
    { name: 'a download off someone’s video page', text: "The aerial shot is one I downloaded off someone's Vimeo.", findings: [{ text: "downloaded off someone's Vimeo" }] },
    { name: '"not my shot" and where it came from make one finding', text: 'Not my shot, I pulled it off some random travel account.', findings: [{ text: 'Not my shot, I pulled it off some random' }] },
    { name: 'an unknown illustrator', text: "The poster is by an illustrator I don't know.", findings: [{ text: "an illustrator I don't know" }] },
    {
      name: 'French: a photo grabbed from a press agency’s site',
      language: 'fr',
      text: 'J’ai chopé la photo sur le site d’une agence de presse, la mienne était floue.',
      findings: [{
        text: 'chopé la photo sur le site d’une agence de presse',
        message: 'Créditez l\'image ou remplacez-la\u00a0: `chopé la photo sur le site d’une agence de presse` indique qu\'elle est l\'œuvre de quelqu\'un d\'autre, utilisée sans crédit ni autorisation. Prenez la vôtre, une image sous licence, ou demandez et nommez l\'auteur.',
      }],
    },
    { name: 'French: a screenshot of a news report', language: 'fr', text: 'L’image est une capture d’écran d’un reportage de la télé locale.', findings: [{ text: 'capture d’écran d’un reportage' }] },
    { name: 'French: nobody knows who drew it', language: 'fr', text: 'Le dessin vient d’un forum, aucune idée de qui l’a dessiné.', findings: [{ text: 'aucune idée de qui l’a dessiné' }] },
    { name: 'French: a photographer the author does not know', language: 'fr', text: 'Les photos viennent du compte d’un photographe que je ne connais pas.', findings: [{ text: 'photographe que je ne connais pas' }] },
    {
      name: 'French: a scan and an unknown author in one sentence make one finding',
      language: 'fr',
      text: 'La photo vient d’un magazine que j’ai scanné, je sais pas qui l’a prise.',
      findings: [{ text: 'magazine que j’ai scanné' }],
    },
  ],
});

frenchMessagesTest('taken-image');
