import { frenchMessagesTest } from '../../helpers/french-rule-messages';
import { ruleTester } from '../../helpers/rule-tester';

ruleTester('organisation-logo', {
  valid: [
    'The CERN logo on the Globe looked great in the evening light.',
    'Today I met the designer of the CERN logo.',
    { name: 'a logo path in front matter', format: 'markdown', text: '---\nheader_image: /assets/cern-logo.png\n---\n\nMy analysis setup.' },
    { name: 'a logo of another organisation', format: 'markdown', text: '![ESO logo](/img/eso-logo.png)' },
    { name: 'the author in front of the logo', text: 'My new profile picture: me in front of the CERN logo at the entrance.' },
    { name: 'French: the logo on a building', language: 'fr', text: 'Le logo du CERN sur le Globe était superbe au coucher du soleil.' },
    { name: 'French: the author in front of the logo', language: 'fr', text: 'Ma nouvelle photo de profil : moi devant le logo du CERN à l’entrée du site.' },
    { name: 'French: the guideline explained', language: 'fr', text: 'Le logo du CERN est protégé : ne le mettez pas sur votre profil.' },
    { name: 'French: a banner at a stand', language: 'fr', text: 'La bannière du stand affichait le logo du CERN.' },
    { name: 'French: a logo image in front matter', language: 'fr', format: 'markdown', text: '---\nimage: /img/logo-cern.png\n---\n\nMon stage au CERN.' },
  ],
  invalid: [
    {
      text: 'New profile picture: the CERN logo with my face photoshopped in the middle.',
      findings: [{ text: 'the CERN logo', message: "Remove the organisation's logo from `the CERN logo`: it is legally protected and may not be used on a personal profile or site." }],
    },
    { text: "I've put the CERN logo at the top of every page on this site.", findings: [{ text: 'the CERN logo' }] },
    {
      name: 'an image of the logo in the body',
      format: 'markdown',
      text: '# About me\n\n![](/img/cern-logo.svg)\n\nI work on detectors.',
      findings: [{ text: '![](/img/cern-logo.svg)', message: "Remove this image of the organisation's logo: it is legally protected and may not be used on a personal site." }],
    },
    {
      name: 'the organisation from the settings',
      text: 'I added the ESO logo to my LinkedIn banner.',
      settings: { organisation: ['ESO'] },
      findings: [{ text: 'the ESO logo' }],
    },
    {
      name: 'French: the official logo on a LinkedIn banner',
      language: 'fr',
      text: 'J’ai mis le logo officiel du CERN en bannière de mon profil LinkedIn, ça fait plus sérieux.',
      findings: [{ text: 'le logo officiel du CERN', message: 'Retirez le logo de l\'organisation de `le logo officiel du CERN`\u00a0: il est protégé par la loi et ne peut pas figurer sur un profil ou un site personnel.' }],
    },
    { name: 'French: the logo as a profile picture', language: 'fr', text: 'J’ai mis le logo du CERN en photo de profil\u00a0!', findings: [{ text: 'le logo du CERN' }] },
    {
      name: 'French: an image whose alt text names the logo',
      language: 'fr',
      format: 'markdown',
      text: '# À propos\n\n![Logo du CERN](/img/entete.png)\n\nJe travaille sur les détecteurs.',
      findings: [{ text: '![Logo du CERN](/img/entete.png)', message: 'Retirez cette image du logo de l\'organisation\u00a0: il est protégé par la loi et ne peut pas figurer sur un site personnel.' }],
    },
  ],
});

frenchMessagesTest('organisation-logo');
