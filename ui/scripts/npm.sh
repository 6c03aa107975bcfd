#!/bin/sh
# Runs npm for the Maven build, failing with a clear message when Node.js/npm are not installed.
if ! command -v npm >/dev/null 2>&1; then
  echo "mooring-ui: 'npm' is not on PATH. The web UI is built with the machine's Node.js (20 or later) and npm:" >&2
  echo "  install them (Debian: apt-get install nodejs npm), or build without the UI: mvn ... -pl '!ui'" >&2
  exit 1
fi
exec npm "$@"
