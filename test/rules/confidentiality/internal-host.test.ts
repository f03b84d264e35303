import { ruleTester } from '../../helpers/rule-tester';

ruleTester('internal-host', {
  valid: [
    'The slides are on indico.cern.ch and the paper on cds.cern.ch.',
    'Read more on home.cern about the upgrade.',
    'Rust 1.56 supports the aarch64-unknown-linux-gnu target.',
    'The x86-64 build of the server is ready.',
    'Mail jane@atlas-upg-ana03.cern.ch if you need help.',
    'The file is at example.org/atlas-upg-ana03.cern.ch.',
    'Version mag-test-srv02 of the tool is out.',
    { name: 'another organisation', text: 'The machine is atlas-upg-ana03.cern.ch.', settings: { organisation: ['ESO'] } },
    { name: 'a host in a URL', text: 'See https://atlas-upg-ana03.cern.ch/status for the queue.' },
    { name: 'a host in inline code', text: 'Run `ssh atlas-upg-ana03.cern.ch` to log in.', format: 'markdown' },
  ],
  invalid: [
    {
      text: 'The shared analysis machine is now atlas-upg-ana03.cern.ch; log in with the group account.',
      findings: [{ text: 'atlas-upg-ana03.cern.ch', message: 'Remove the internal host name `atlas-upg-ana03.cern.ch`: machine names help attackers map the network. Describe the machine instead ("our analysis server").' }],
      output: 'The shared analysis machine is now [redacted]; log in with the group account.',
    },
    {
      name: 'a bare machine name next to a machine word',
      text: 'Our data sits on mag-test-srv02 until the disks arrive; ssh in if you need it.',
      findings: [{ text: 'mag-test-srv02' }],
    },
    {
      name: 'the organisation from the settings, and an internal-only domain',
      text: 'Builds run on ci-runner-eu.eso.org and on build07.corp.',
      settings: { organisation: ['ESO'] },
      findings: [{ text: 'ci-runner-eu.eso.org' }, { text: 'build07.corp' }],
    },
  ],
});
