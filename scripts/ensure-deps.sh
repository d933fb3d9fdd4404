#!/usr/bin/env bash
# Installs the Debian packages durabletop needs to build and test, when they are missing.
set -euo pipefail

needed=(libncursesw5-dev libcurl4-openssl-dev pkg-config tmux python3 python3-pip curl time)
missing=()
for pkg in "${needed[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "Installing missing Debian packages: ${missing[*]}"
sudo=""
[ "$(id -u)" -ne 0 ] && sudo="sudo"
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}"
