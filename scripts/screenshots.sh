#!/usr/bin/env bash
# Runs the web UI's browser tests (dossier-server BrowserIT, headless chromium) and saves their
# screenshots of every page under docs/screenshots/. Needs Debian's chromium and chromium-driver.
#
#   scripts/screenshots.sh
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOSSIER_BROWSER_REQUIRED=1
mvn -B -q -Dstyle.color=never verify -pl dossier-server -am \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test=BrowserIT -Dfailsafe.failIfNoSpecifiedTests=false \
  -Ddossier.screenshots="$PWD/docs/screenshots"
ls -1 docs/screenshots/*.png
