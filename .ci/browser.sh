# Sourced by .ci/run: installs Debian's chromium and its chromedriver when missing, for the web
# UI's browser tests (dossier-server BrowserIT), and makes those tests fail instead of skipping
# when the browser cannot be started. Works as root and as an ordinary user; re-runnable.

if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "browser: installing the Debian packages chromium and chromium-driver" >&2
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >&2
  else
    sudo -n apt-get update -qq >&2
    sudo -n env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium chromium-driver >&2
  fi
fi
if [ ! -x /usr/bin/chromium ] || [ ! -x /usr/bin/chromedriver ]; then
  echo "browser: no /usr/bin/chromium or /usr/bin/chromedriver after installing" >&2
  return 1
fi
export DOSSIER_BROWSER_REQUIRED=1
echo "browser: $(/usr/bin/chromium --version 2>/dev/null | head -n 1), $(/usr/bin/chromedriver --version | head -n 1)" >&2
