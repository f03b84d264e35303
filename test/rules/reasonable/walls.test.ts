import { ruleTester } from '../../helpers/rule-tester';

ruleTester('hashtag-wall', {
  valid: ['Poster is up! #physics #science #cern #detectors', 'C# and F# #one #two #three #four', { name: 'anchors in URLs', text: 'See https://example.org/#a #b #c #d' }],
  invalid: [
    {
      text: 'Poster is up! #physics #science #cern #detectors #particlephysics #research',
      findings: [{ text: '#physics #science #cern #detectors #particlephysics #research', message: 'Cut the wall of 6 hashtags that starts `#physics #science #cern` to a few that matter: walls of hashtags read as spam.' }],
    },
  ],
});

ruleTester('mention-wall', {
  valid: ['Thanks @anna @marco @lucie @samir for the demos.', 'Mail me at jane@example.org'],
  invalid: [
    { text: 'Thanks to @anna_phys @marco_det @lucie_g @samir_cern @julia_k for the demos.', findings: [{ text: '@anna_phys @marco_det @lucie_g @samir_cern @julia_k' }] },
  ],
});

ruleTester('emoji-wall', {
  valid: ['We found the bug 🎉', 'Great night 🎉🔥🎉', 'Room 1234 #5'],
  invalid: [
    { text: 'Sunset 🌅🌅✨✨🔥🔥💫💫 over the lab', findings: [{ text: '🌅🌅✨✨🔥🔥💫💫', message: 'Keep one or two emoji instead of the wall of 8 that starts `🌅 🌅 ✨`: it reads as overposting.' }] },
    { name: 'emoji with spaces between', text: 'Done 🎉 🎉 🎉 🎉', findings: [{ text: '🎉 🎉 🎉 🎉' }] },
  ],
});
