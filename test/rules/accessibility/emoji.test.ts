import { ruleTester } from '../../helpers/rule-tester';

ruleTester('emoji-screen-reader', {
  valid: [
    'We found the bug 🎉🎉',
    'Golden hour ✨ on the way back',
    { name: 'French: two emoji', language: 'fr', text: 'On a trouvé le bug 🎉🎉' },
    { name: 'French: emoji apart', language: 'fr', text: 'Run terminé 🎉, merci à toute l’équipe 🙏 !' },
  ],
  invalid: [
    { text: 'WE FOUND THE BUG 🎉🎉🎉🎉🎉', findings: [{ text: '🎉🎉🎉🎉🎉', message: 'Keep one emoji instead of the 5 that start `🎉 🎉 🎉`: screen readers read each one out by name.' }] },
    {
      name: 'French: a wall of emoji with spaces',
      language: 'fr',
      text: 'Journée au labo 🔬 🧪 ⚗️ 🧫 terminée.',
      findings: [{ text: '🔬 🧪 ⚗️ 🧫', message: "Gardez un seul émoji au lieu des 4 qui commencent par `🔬 🧪 ⚗️`\u00a0: les lecteurs d'écran les lisent un par un, par leur nom." }],
    },
  ],
});

ruleTester('emoji-bullet', {
  valid: [
    '🎉 Great news today!',
    'What we did:\n🚀 Launched the website\nand more.',
    { name: 'French: one line that starts with an emoji', language: 'fr', text: '🎉 Bonne nouvelle : le prototype est validé !\nMerci à tous.' },
    { name: 'Markdown list items: the emoji after a real bullet marks a status', text: '- ✅ Build a cloud chamber\n- 🚧 Invite a scientist\n', format: 'markdown' },
    { name: 'French: keycap numbers are not bullets', language: 'fr', text: 'Salle 2 :\n1️⃣ accueil\n2️⃣ vestiaire' },
  ],
  invalid: [
    {
      text: 'This week:\n🚀 Launched the website\n🎉 Celebrated with cake\n📚 Read papers',
      findings: [{ text: '🚀 Launched', message: 'Use a real list instead of `🚀` as a bullet: screen readers read the emoji out before `Launched`.' }, { text: '🎉 Celebrated' }, { text: '📚 Read' }],
    },
    {
      name: 'Markdown: emoji lines in a paragraph are bullets, while a real list beside them keeps its status emoji',
      text: 'Done:\n✅ Build a cloud chamber\n✅ Invite a scientist\n\n- ✅ Book the hall\n- 🚧 Print the posters\n',
      format: 'markdown',
      findings: [{ text: '✅ Build' }, { text: '✅ Invite' }],
    },
    {
      name: 'French: a programme with emoji bullets, accented words and CRLF line ends',
      language: 'fr',
      text: 'Au programme :\r\n🔭 observation du ciel\r\n🧪 ateliers d’électricité\r\n🎤 conférence grand public',
      findings: [
        { text: '🔭 observation', message: "Faites une vraie liste au lieu de mettre `🔭` en guise de puce\u00a0: les lecteurs d'écran lisent le nom de l'émoji avant `observation`." },
        { text: '🧪 ateliers', message: /avant `ateliers`/ },
        { text: '🎤 conférence' },
      ],
    },
  ],
});
