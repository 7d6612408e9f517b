#!/bin/sh
# Installs the browser tests' Node packages (puppeteer-core, ws, axe-core) from the lock file,
# once: again only when package-lock.json has changed since.
set -eu
cd "$(dirname "$0")"
want=$(sha256sum package-lock.json | cut -d' ' -f1)
if [ -f node_modules/.presso-lock ] && [ "$(cat node_modules/.presso-lock)" = "$want" ]; then
    exit 0
fi
npm ci --no-audit --no-fund --loglevel=error
echo "$want" > node_modules/.presso-lock
