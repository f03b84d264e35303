import { ruleTester } from '../../helpers/rule-tester';

const markdown = 'markdown' as const;

ruleTester('image-alt-text', {
  valid: [
    { text: '![Tracks in a cloud chamber](/img/tracks.jpg)', format: markdown },
    { name: 'an image in a code block', text: '```\n![](/img/x.png)\n```', format: markdown },
    'Plain text has no images: ![](/img/x.png)',
    { name: 'alt text that starts with "photo" and describes', text: '![Photo of the team in front of the detector](/img/team.jpg)', format: markdown },
    { name: 'French: a description', language: 'fr', text: '![Deux techniciennes qui câblent un rack de l’expérience](/img/rack.jpg)', format: markdown },
    { name: 'French: « Image de synthèse » followed by what it shows', language: 'fr', text: '![Image de synthèse du tunnel du LHC](/img/tunnel.png)', format: markdown },
    { name: 'French: an image in a code block', language: 'fr', text: '```\n![](/img/x.png)\n```', format: markdown },
  ],
  invalid: [
    {
      text: 'The week in one plot.\n\n![](/img/lumi-week12.png)\n\nAs you can see.',
      format: markdown,
      findings: [{ text: '![](/img/lumi-week12.png)', message: 'Describe the image in its alt text (between the square brackets): screen-reader users cannot see it.' }],
      output: 'The week in one plot.\n\n![Describe the image](/img/lumi-week12.png)\n\nAs you can see.',
    },
    {
      name: 'blank alt text',
      text: 'Cake! ![ ](/photos/cake.jpg "Our cake")',
      format: markdown,
      findings: [{ text: '![ ](/photos/cake.jpg "Our cake")' }],
      output: 'Cake! ![Describe the image](/photos/cake.jpg "Our cake")',
    },
    {
      name: 'a file name as alt text',
      text: 'Our poster: ![IMG_2041.jpg](/img/IMG_2041.jpg)',
      format: markdown,
      findings: [{ text: '![IMG_2041.jpg](/img/IMG_2041.jpg)', message: 'Replace the alt text `IMG_2041.jpg` with a description of the image: it tells screen-reader users nothing of what it shows.' }],
    },
    {
      name: 'French: empty alt text, with the French placeholder',
      language: 'fr',
      text: 'Le banc de test, la semaine dernière :\n\n![](/img/banc-test.jpg)\n\nVos avis sont bienvenus.',
      format: markdown,
      findings: [{ text: '![](/img/banc-test.jpg)', message: "Décrivez l'image dans son texte alternatif (entre les crochets)\u00a0: les personnes qui utilisent un lecteur d'écran ne la voient pas." }],
      output: "Le banc de test, la semaine dernière :\n\n![Décrivez l'image](/img/banc-test.jpg)\n\nVos avis sont bienvenus.",
    },
    {
      name: 'French: placeholders and file names are not alt text',
      language: 'fr',
      text: '![image](/a.png) ![Photo 3](/b.jpg) ![Capture d’écran 2024-03-01 à 10.15.32](/c.png) ![IMG_2041.jpg](/d.jpg) ![DSC01234](/e.jpg)',
      format: markdown,
      findings: [
        { text: '![image](/a.png)', message: "Remplacez le texte alternatif `image` par une description de l'image\u00a0: il ne dit rien de ce qu'elle montre aux personnes qui utilisent un lecteur d'écran." },
        { text: '![Photo 3](/b.jpg)' },
        { text: '![Capture d’écran 2024-03-01 à 10.15.32](/c.png)' },
        { text: '![IMG_2041.jpg](/d.jpg)' },
        { text: '![DSC01234](/e.jpg)' },
      ],
    },
    {
      name: 'French: the inserted placeholder left as it is',
      language: 'fr',
      text: "![Décrivez l'image](/img/labo.jpg)",
      format: markdown,
      findings: [{ text: "![Décrivez l'image](/img/labo.jpg)" }],
    },
  ],
});
