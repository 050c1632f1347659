#!/usr/bin/env bash
# Copies the browser build of tus-js-client (installed by npm ci in tests/tus-client, the same version the
# tests run under Node.js) into the web host's wwwroot, so the upload page needs no CDN.
set -euo pipefail
cd "$(dirname "$0")/.."
(cd tests/tus-client && npm ci --no-audit --no-fund)
mkdir -p src/Zhifa.Web/wwwroot/lib/tus
cp tests/tus-client/node_modules/tus-js-client/dist/tus.min.js src/Zhifa.Web/wwwroot/lib/tus/tus.min.js
cp tests/tus-client/node_modules/tus-js-client/LICENSE src/Zhifa.Web/wwwroot/lib/tus/LICENSE.txt
echo "vendored tus-js-client $(node -p "require('./tests/tus-client/node_modules/tus-js-client/package.json').version")"
