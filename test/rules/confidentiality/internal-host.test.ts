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
    { name: 'French: public hosts', text: "Les transparents sont sur indico.cern.ch et l'article sur cds.cern.ch.", language: 'fr' },
    { name: 'French: a target triple and a version', text: 'Rust 1.56 prend en charge la cible aarch64-unknown-linux-gnu ; la version x86-64 du serveur est prête.', language: 'fr' },
    { name: 'French: a public .int domain', text: "Le rapport de l'OMS est sur who.int, à lire absolument.", language: 'fr' },
    { name: 'French: a host in a fenced code block', text: 'Script :\n\n```bash\nssh bastion-int.example.org\n```\n', format: 'markdown', language: 'fr' },
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
    {
      name: 'French: a host in an internal sub-domain, with the French message and redaction',
      language: 'fr',
      text: 'Le serveur calib-db02.int.example.org tourne toujours avec la même version.',
      findings: [{ text: 'calib-db02.int.example.org', message: "Retirez le nom de machine interne `calib-db02.int.example.org`\u00a0: les noms de machines aident les attaquants à cartographier le réseau. Décrivez plutôt la machine («\u00a0notre serveur d'analyse\u00a0»)." }],
      output: 'Le serveur [masqué] tourne toujours avec la même version.',
    },
    {
      name: 'French: a bare machine name next to a French machine word',
      language: 'fr',
      text: 'Le nouveau serveur de mesures est mag-test-srv02 ; compte commun : magtest.',
      findings: [{ text: 'mag-test-srv02' }],
    },
    {
      name: "French: « se connecter », and the organisation's domain",
      language: 'fr',
      text: 'Pour lancer l’analyse, il faut se connecter à calo-node12 ou à atlas-upg-ana03.cern.ch.',
      findings: [{ text: 'calo-node12' }, { text: 'atlas-upg-ana03.cern.ch' }],
    },
  ],
});
