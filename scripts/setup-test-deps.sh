#!/usr/bin/env bash
# Install from Debian what the tests need: chromium (driven by playwright-core, which never
# downloads a browser here) and CJK fonts so screenshots show Chinese text, and LibreOffice
# Writer without its GUI for the one test of the legacy .doc path (test/read/legacy.test.ts;
# without it that test is skipped, saying why). LibreOffice adds 83 packages to what chromium
# needs: 93 MB to download, 278 MB installed; measured on Debian 12: 11 s download + 19 s unpack.
# Calls apt-get only for what is missing; safe to run on every CI run.
set -euo pipefail

missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
dpkg -s fonts-noto-cjk >/dev/null 2>&1 || missing+=(fonts-noto-cjk)
command -v soffice >/dev/null 2>&1 || missing+=(libreoffice-writer-nogui)

if [ ${#missing[@]} -eq 0 ]; then
  echo "setup-test-deps: chromium, CJK fonts and LibreOffice present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup-test-deps: need root (or sudo) to apt-get install ${missing[*]}" >&2
    exit 1
  fi
fi

echo "setup-test-deps: installing ${missing[*]} from Debian"
export DEBIAN_FRONTEND=noninteractive
# wait for another apt/dpkg run to finish instead of failing on its lock
$SUDO apt-get -o DPkg::Lock::Timeout=600 update
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends "${missing[@]}"
/usr/bin/chromium --version
soffice --version
