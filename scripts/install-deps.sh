#!/usr/bin/env bash
# Installs every Debian 12 package that building, running and testing Twostep needs.
# Idempotent: packages already present are skipped by apt-get.
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config git ccache
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-image-formats-plugins qt6-translations-l10n libgl-dev
    libssl-dev libzxing-dev libqrencode-dev libargon2-dev libprotobuf-dev protobuf-compiler
    catch2 libcsv-dev
    oathtool liboath-dev zbar-tools zxing-cpp-tools qrencode
    libspng-dev libjpeg62-turbo-dev
    qt6-multimedia-dev gstreamer1.0-tools gstreamer1.0-plugins-base gstreamer1.0-plugins-good
    xvfb xauth imagemagick fonts-noto-cjk
    keepassxc x11-utils syncthing
    clang-format clang-tidy cppcheck bc
    clang-14 libclang-rt-14-dev
    desktop-file-utils appstream dpkg-dev librsvg2-bin
    qtkeychain-qt6-dev gnome-keyring libsecret-tools dbus-daemon
    libbsd-dev libzip-dev qt6-svg-dev
    mutter wl-clipboard qt6-wayland xdg-utils chrony faketime xclip
    libwayland-dev libwayland-bin wayland-protocols
    gir1.2-atspi-2.0 python3-gi python3-pyatspi
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
"${sudo_cmd[@]}" apt-get update -qq
"${sudo_cmd[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
