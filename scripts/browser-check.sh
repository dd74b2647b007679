#!/usr/bin/env bash
# Real-browser check of report.html: renders the reports of the real fixture cases, serves them over loopback with
# Jenkins' artifact Content-Security-Policy (sandbox; default-src 'none'; img-src 'self'; style-src 'self';) and
# inspects them in headless Chromium through DevTools (src/test/java: engine.report.ReportInBrowserCheck). Fails when a page is unstyled
# (verdict banner colour, shard grid, path tables) or Chromium reports a CSP violation.
#
#   scripts/browser-check.sh                # screenshots in offline/plugin/target/browser-check/
#   scripts/browser-check.sh --update-docs  # also copies the SUCCESS/UNSTABLE/FAILURE screenshots to docs/images/
#
# Needs Chromium: Debian's package (apt-get install -y chromium), or CHROMIUM=/path/to/chrome.
set -euo pipefail
cd "$(dirname "$0")/.."

chromium=${CHROMIUM:-$(command -v chromium || command -v chromium-browser || true)}
if [ -z "$chromium" ]; then
  echo "browser-check: Chromium not found; install it (apt-get install -y chromium) or set CHROMIUM" >&2
  exit 2
fi
out="$PWD/offline/plugin/target/browser-check"

# spotbugs/spotless belong to verify, not test; -am builds the stand-in the sources compile against
./mvnw -B -f offline -pl plugin -am test -Dtest=ReportInBrowserCheck -Dsurefire.failIfNoSpecifiedTests=false \
  -Dnosqlsnapshot.chromium="$chromium" -Dnosqlsnapshot.screenshots="$out"

if [ "${1:-}" = "--update-docs" ]; then
  for verdict in success unstable failure; do
    cp "$out/report-$verdict.png" "docs/images/report-$verdict.png"
  done
  echo "browser-check: docs/images/report-{success,unstable,failure}.png updated"
fi
