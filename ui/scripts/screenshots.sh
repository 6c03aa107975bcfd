#!/bin/sh
# Takes the README screenshots (docs/screenshots/*.png): starts the packaged `mooring demo` with a
# fresh data dir on free ports, runs e2e/screenshots.mjs in Debian's Chromium, stops the demo.
# Needs cli/target/mooring.jar (mvn -B -o package -pl cli -am -DskipTests) and ui/node_modules.
set -eu
ui=$(cd "$(dirname "$0")/.." && pwd)
root=$(dirname "$ui")
jar="$root/cli/target/mooring.jar"
[ -f "$jar" ] || { echo "screenshots: $jar is missing: package the CLI first" >&2; exit 1; }
work=$(mktemp -d)
java -jar "$jar" demo --port 0 --git-port 0 --kube-port 0 --data-dir "$work/data" >"$work/out.txt" 2>"$work/err.txt" &
demo=$!
trap 'kill "$demo" 2>/dev/null; wait "$demo" 2>/dev/null; rm -rf "$work"' EXIT
i=0
until grep -q '^ready in' "$work/out.txt"; do
  i=$((i + 1))
  [ "$i" -lt 180 ] && kill -0 "$demo" 2>/dev/null || { cat "$work/out.txt" "$work/err.txt" >&2; exit 1; }
  sleep 1
done
# the examples are seeded Synced and Healthy a few seconds after "ready"
i=0
until grep -q 'Synced and Healthy' "$work/out.txt"; do
  i=$((i + 1))
  [ "$i" -lt 120 ] || { echo "screenshots: the example apps did not become Synced and Healthy" >&2; exit 1; }
  sleep 1
done
MOORING_URL="http://localhost:$(sed -n 's/.*Web UI and API *http:\/\/localhost:\([0-9]*\).*/\1/p' "$work/out.txt")"
MOORING_ADMIN_PASSWORD=$(sed -n 's/.*admin password *\([^ ]*\).*/\1/p' "$work/out.txt")
MOORING_KUBECONFIG="$work/data/kubeconfig"
export MOORING_URL MOORING_ADMIN_PASSWORD MOORING_KUBECONFIG PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1
cd "$ui" && node e2e/screenshots.mjs "$root/docs/screenshots"
