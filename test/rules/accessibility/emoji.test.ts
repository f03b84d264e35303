import { ruleTester } from '../../helpers/rule-tester';

ruleTester('emoji-screen-reader', {
  valid: ['We found the bug 🎉🎉', 'Golden hour ✨ on the way back'],
  invalid: [{ text: 'WE FOUND THE BUG 🎉🎉🎉🎉🎉', findings: [{ text: '🎉🎉🎉🎉🎉', message: 'Keep one emoji instead of the 5 that start `🎉 🎉 🎉`: screen readers read each one out by name.' }] }],
});

ruleTester('emoji-bullet', {
  valid: ['🎉 Great news today!', 'What we did:\n🚀 Launched the website\nand more.'],
  invalid: [
    {
      text: 'This week:\n🚀 Launched the website\n🎉 Celebrated with cake\n📚 Read papers',
      findings: [{ text: '🚀 Launched', message: 'Use a real list instead of `🚀` as a bullet: screen readers read the emoji out before `Launched`.' }, { text: '🎉 Celebrated' }, { text: '📚 Read' }],
    },
    { name: 'Markdown list items', text: '- ✅ Build a cloud chamber\n- ✅ Invite a scientist\n', format: 'markdown', findings: [{ text: '✅ Build' }, { text: '✅ Invite' }] },
  ],
});
