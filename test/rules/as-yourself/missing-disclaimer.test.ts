import { ruleTester } from '../../helpers/rule-tester';

ruleTester('missing-disclaimer', {
  valid: [
    "Personal view, not my employer's: the new open-access policy at CERN is a good step.",
    'The new remote-work policy at CERN is a mistake. Views are my own.',
    "CERN's new travel policy starts in May: https://home.example.org/travel-policy",
    'I think our group\'s new meeting policy is a mistake.',
    'The new CERN open-access policy starts next week.',
    { name: 'a disclaimer far from the policy counts', text: 'The new CERN hiring freeze is short-sighted.\n\nAs always, my own views.' },
    { name: 'policy words in code', text: 'Run `cern policy check` before you commit; it is a mistake to skip it.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'Some thoughts on the new remote-work policy at CERN. Two days at home is not enough, and the Tuesday rule makes little sense.\n',
      findings: [{
        text: 'the new remote-work policy at CERN',
        message: 'Add a disclaimer such as `Views are my own, not those of CERN.`: you judge `the new remote-work policy at CERN`, and readers may take your post for the organisation\'s position.',
      }],
      output: 'Some thoughts on the new remote-work policy at CERN. Two days at home is not enough, and the Tuesday rule makes little sense.\n\nViews are my own, not those of CERN.\n',
    },
    {
      text: 'I can tell you that the new CERN open-access policy is a mistake.',
      findings: [{ text: 'the new CERN open-access policy' }],
      output: 'I can tell you that the new CERN open-access policy is a mistake.\n\nViews are my own, not those of CERN.',
    },
    {
      name: 'a possessive that is not the organisation does not end the phrase',
      text: "I disagree with CERN management's decision to close the library on Sundays.",
      findings: [{ text: "CERN management's decision" }],
    },
    {
      name: 'one finding per document, on the first policy',
      text: "CERN's new travel policy is ridiculous.\n\nAnd CERN's parking rules are absurd too.",
      findings: [{ text: "CERN's new travel policy" }],
    },
    {
      name: 'the disclaimer names the organisation from the settings',
      text: 'The ESO telescope-time policy is unfair to students.',
      settings: { organisation: ['ESO'] },
      findings: [{ text: 'The ESO telescope-time policy' }],
      output: 'The ESO telescope-time policy is unfair to students.\n\nViews are my own, not those of ESO.',
    },
    {
      name: 'Markdown: the disclaimer goes after the last line',
      format: 'markdown',
      text: '---\ntitle: Remote work\n---\n\n# Remote work\n\nThe new remote-work policy at CERN should be rewritten.\n\n',
      findings: [{ text: 'The new remote-work policy at CERN' }],
      output: '---\ntitle: Remote work\n---\n\n# Remote work\n\nThe new remote-work policy at CERN should be rewritten.\n\nViews are my own, not those of CERN.\n\n',
    },
  ],
});
