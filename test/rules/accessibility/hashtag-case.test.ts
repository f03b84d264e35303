import { ruleTester } from '../../helpers/rule-tester';

const fr = 'fr' as const;

ruleTester('hashtag-case', {
  valid: [
    'Poster is up! #physics #science #research #detectors',
    'Golden hour #ScienceIsBeautiful #Geneva #CERN #LHC',
    'Names are not split: #cern #lhcb',
    { name: 'an anchor in a URL', text: 'See https://example.org/page#openscience' },
    { name: 'a hashtag in inline code', text: 'Tag it `#openscience`.', format: 'markdown' },
    { name: 'French: one-word tags, with or without accents', language: fr, text: 'Belle soirée #physique #détecteurs #particules #journee #ÉNERGIE' },
    { name: 'French: CamelCase tags', language: fr, text: 'Rendez-vous samedi #FeteDeLaScience #NuitDesÉtoiles #CERN' },
    { name: 'French: places and first names are one word, not gré + noble', language: fr, text: 'Merci #Grenoble #Bordeaux #Belfort #Lausanne #Genève #Annemasse #Camille #Nicolas' },
    { name: 'French: learned compounds are one word', language: fr, text: 'Séminaire #radioprotection #hadronthérapie #astrophysique #cybersécurité #autoportrait' },
    { name: 'French: a split into stray short words is no split', language: fr, text: 'Week-end à #Orsay et #Sion' },
    { name: 'French: English one-word tags', language: fr, text: 'Notre poster #physics #science' },
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
    {
      name: 'French: tags split with French words',
      language: fr,
      text: 'Séminaire ce soir #physiquedesmatériaux #viedechercheuse #fillesetsciences',
      findings: [
        { text: '#physiquedesmatériaux', message: "Écrivez `#physiquedesmatériaux` sous la forme `#PhysiqueDesMatériaux`\u00a0: les majuscules entre les mots permettent aux lecteurs d'écran de les lire." },
        { text: '#viedechercheuse' },
        { text: '#fillesetsciences' },
      ],
      output: 'Séminaire ce soir #PhysiqueDesMatériaux #VieDeChercheuse #FillesEtSciences',
    },
    {
      name: 'French: accents dropped in the tag, kept as written in the fix',
      language: fr,
      text: 'Samedi au labo ! #decouvertedulabo #fetedelascience #soiréecinéma',
      findings: [{ text: '#decouvertedulabo' }, { text: '#fetedelascience' }, { text: '#soiréecinéma' }],
      output: 'Samedi au labo ! #DecouverteDuLabo #FeteDeLaScience #SoiréeCinéma',
    },
    {
      name: 'French: English tags in a French post',
      language: fr,
      text: 'Bilan de l’année #openscience #Nuitblanche',
      findings: [{ text: '#openscience' }, { text: '#Nuitblanche' }],
      output: 'Bilan de l’année #OpenScience #NuitBlanche',
    },
    {
      name: 'French: an ambiguous split gets no fix (journée sans voiture, journées ans voiture)',
      language: fr,
      text: 'Dimanche #journeesansvoiture',
      findings: [{ text: '#journeesansvoiture', message: "Écrivez `#journeesansvoiture` en CamelCase, avec une majuscule au début de chaque mot\u00a0: les lecteurs d'écran liront alors les mots." }],
      output: 'Dimanche #journeesansvoiture',
    },
  ],
});
