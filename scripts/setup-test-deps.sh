#!/usr/bin/env bash
# Install what the browser test needs from Debian: chromium, used by playwright-core
# (Playwright never downloads a browser here). Runs apt-get only when /usr/bin/chromium is missing.
set -euo pipefail

if [ -x /usr/bin/chromium ]; then
  echo "setup-test-deps: /usr/bin/chromium present ($(/usr/bin/chromium --version 2>/dev/null || echo unknown version))"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then
  if command -v sudo >/dev/null 2>&1; then SUDO="sudo"; else
    echo "setup-test-deps: need root (or sudo) to apt-get install chromium" >&2
    exit 1
  fi
fi

echo "setup-test-deps: installing chromium from Debian"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get -o DPkg::Lock::Timeout=600 update
$SUDO apt-get -o DPkg::Lock::Timeout=600 install -y --no-install-recommends chromium fonts-noto-cjk
/usr/bin/chromium --version
