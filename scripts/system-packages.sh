#!/usr/bin/env bash
# Installs the Debian packages the app (run) or the test suite (test) needs, only those missing.
# Runs as root on a fresh Debian machine; elsewhere it says what to install and carries on.
set -euo pipefail
what=${1:-run}

run_pkgs=(fonts-wqy-microhei libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1
  libdbus-1-3 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libglib2.0-0)
test_pkgs=(xvfb xauth poppler-utils zbar-tools postgresql cups printer-driver-cups-pdf)

pkgs=("${run_pkgs[@]}")
# Debian's python3 needs python3-venv for `python3 -m venv`; other Pythons bring ensurepip along.
python3 -c "import ensurepip" 2>/dev/null || pkgs+=(python3-venv)
[ "$what" = test ] && pkgs+=("${test_pkgs[@]}")

missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null; then
  echo "Not a Debian machine: install the equivalents of: ${missing[*]}" >&2
  exit 0
fi
if [ "$(id -u)" != 0 ]; then
  echo "Missing system packages (run as root to install them): ${missing[*]}" >&2
  exit 1
fi
echo "Installing system packages: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
