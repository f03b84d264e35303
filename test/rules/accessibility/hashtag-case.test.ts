import { ruleTester } from '../../helpers/rule-tester';

ruleTester('hashtag-case', {
  valid: [
    'Poster is up! #physics #science #research #detectors',
    'Golden hour #ScienceIsBeautiful #Geneva #CERN #LHC',
    'Names are not split: #cern #lhcb',
    { name: 'an anchor in a URL', text: 'See https://example.org/page#openscience' },
    { name: 'a hashtag in inline code', text: 'Tag it `#openscience`.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Poster is up! #particlephysics #phdlife #womeninstem #openscience',
      findings: [
        { text: '#particlephysics', message: 'Write `#particlephysics` as `#ParticlePhysics`: capitals between the words let screen readers read them.' },
        { text: '#phdlife' },
        { text: '#womeninstem' },
        { text: '#openscience' },
      ],
      output: 'Poster is up! #ParticlePhysics #PhdLife #WomenInStem #OpenScience',
    },
    { name: 'only the first letter in capitals', text: 'Shot on my phone #Goldenhour', findings: [{ text: '#Goldenhour' }], output: 'Shot on my phone #GoldenHour' },
  ],
});
