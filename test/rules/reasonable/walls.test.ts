import { ruleTester } from '../../helpers/rule-tester';

ruleTester('hashtag-wall', {
  valid: [
    'Poster is up! #physics #science #cern #detectors',
    'C# and F# #one #two #three #four',
    { name: 'anchors in URLs', text: 'See https://example.org/#a #b #c #d' },
    { name: 'French: four hashtags', language: 'fr', text: 'Notre affiche est prête ! #physique #science #détecteurs #recherche' },
    { name: 'French: hashtags apart', language: 'fr', text: 'Notre affiche #physique #science, à voir #détecteurs #recherche #cern' },
  ],
  invalid: [
    {
      text: 'Poster is up! #physics #science #cern #detectors #particlephysics #research',
      findings: [{ text: '#physics #science #cern #detectors #particlephysics #research', message: 'Cut the wall of 6 hashtags that starts `#physics #science #cern` to a few that matter: walls of hashtags read as spam.' }],
    },
    {
      name: 'French: accented hashtags',
      language: 'fr',
      text: 'À samedi ! #fêtedelascience #CERN #vulgarisation #Meyrin #chimie',
      findings: [{ text: '#fêtedelascience #CERN #vulgarisation #Meyrin #chimie', message: 'Réduisez le mur de 5 hashtags qui commence par `#fêtedelascience #CERN #vulgarisation` à quelques-uns qui comptent\u00a0: un mur de hashtags fait penser à du spam.' }],
    },
  ],
});

ruleTester('mention-wall', {
  valid: [
    'Thanks @anna @marco @lucie @samir for the demos.',
    'Mail me at jane@example.org',
    { name: 'French: mentions in a sentence', language: 'fr', text: 'Merci à @amelie, @yannick et @ines pour la démo !' },
  ],
  invalid: [
    { text: 'Thanks to @anna_phys @marco_det @lucie_g @samir_cern @julia_k for the demos.', findings: [{ text: '@anna_phys @marco_det @lucie_g @samir_cern @julia_k' }] },
    {
      name: 'French: accented handles',
      language: 'fr',
      text: 'Merci à @amélie @yannick @inès @bastien @chloé pour la démo !',
      findings: [{ text: '@amélie @yannick @inès @bastien @chloé', message: "Réduisez le mur de 5 mentions qui commence par `@amélie @yannick @inès`\u00a0: identifiez quelques personnes, ou remerciez l'équipe en toutes lettres." }],
    },
  ],
});

ruleTester('emoji-wall', {
  valid: [
    'We found the bug 🎉',
    'Great night 🎉🔥🎉',
    'Room 1234 #5',
    { name: 'French: three emoji', language: 'fr', text: 'Belle soirée 🎉🔥🥂, merci à tous.' },
  ],
  invalid: [
    { text: 'Sunset 🌅🌅✨✨🔥🔥💫💫 over the lab', findings: [{ text: '🌅🌅✨✨🔥🔥💫💫', message: 'Keep one or two emoji instead of the wall of 8 that starts `🌅 🌅 ✨`: it reads as overposting.' }] },
    { name: 'emoji with spaces between', text: 'Done 🎉 🎉 🎉 🎉', findings: [{ text: '🎉 🎉 🎉 🎉' }] },
    {
      name: 'French: emoji with variation selectors',
      language: 'fr',
      text: 'Sortie raquettes 🏔️❄️⛄☀️🌲 avec le groupe',
      findings: [{ text: '🏔️❄️⛄☀️🌲', message: "Gardez un ou deux émojis au lieu du mur de 5 qui commence par `🏔️ ❄️ ⛄`\u00a0: il donne une impression d'excès." }],
    },
  ],
});
