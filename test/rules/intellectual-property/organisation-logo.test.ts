import { ruleTester } from '../../helpers/rule-tester';

ruleTester('organisation-logo', {
  valid: [
    'The CERN logo on the Globe looked great in the evening light.',
    'Today I met the designer of the CERN logo.',
    { name: 'a logo path in front matter', format: 'markdown', text: '---\nheader_image: /assets/cern-logo.png\n---\n\nMy analysis setup.' },
    { name: 'a logo of another organisation', format: 'markdown', text: '![ESO logo](/img/eso-logo.png)' },
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
  ],
});
