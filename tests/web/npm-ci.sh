#!/bin/sh
# Installs the browser tests' Node packages (puppeteer-core, ws) from the lock file,
# once: again only when package-lock.json is newer than what is installed.
set -eu
cd "$(dirname "$0")"
if [ -f node_modules/.package-lock.json ] && [ ! package-lock.json -nt node_modules/.package-lock.json ]; then
    exit 0
fi
exec npm ci --no-audit --no-fund --loglevel=error
