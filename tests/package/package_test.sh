#!/usr/bin/env bash
# Builds the .deb with CPack, unpacks it into a scratch root (dpkg -x), validates the desktop
# entry and the AppStream metainfo, and runs the unpacked twostep-cli. Prints package sizes.
set -euo pipefail
build=${1:?usage: package_test.sh BUILD_DIR}
root=$(mktemp -d)
trap 'rm -rf "$root"' EXIT

cd "$build"
cpack -G DEB -B "$root/out" >"$root/cpack.log" 2>&1 || { cat "$root/cpack.log"; exit 1; }
deb=$(ls "$root"/out/twostep_*.deb)
echo "package: $(basename "$deb"), $(stat -c %s "$deb") bytes"
dpkg-deb -f "$deb" Depends | tr ',' '\n' | sed 's/^ */  depends: /'
echo "installed size: $(dpkg-deb -f "$deb" Installed-Size) KiB"
dpkg-deb -f "$deb" Depends | grep -q 'libqt6widgets6' || { echo "Depends lacks the Qt widgets library"; exit 1; }

dpkg -x "$deb" "$root/fs"
for f in usr/bin/twostep usr/bin/twostep-cli usr/share/applications/io.github.twostep.Twostep.desktop \
    usr/share/metainfo/io.github.twostep.Twostep.metainfo.xml usr/share/icons/hicolor/scalable/apps/io.github.twostep.Twostep.svg \
    usr/share/icons/hicolor/48x48/apps/io.github.twostep.Twostep.png usr/share/man/man1/twostep-cli.1.gz \
    usr/share/man/man1/twostep.1.gz usr/share/bash-completion/completions/twostep-cli \
    usr/share/gnome-shell/search-providers/io.github.twostep.Twostep.search-provider.ini \
    usr/share/dbus-1/services/io.github.twostep.Twostep.SearchProvider.service \
    usr/share/krunner/dbusplugins/io.github.twostep.Twostep.krunner.desktop; do
    [ -e "$root/fs/$f" ] || { echo "missing from the package: $f"; exit 1; }
done
desktop-file-validate "$root/fs/usr/share/applications/io.github.twostep.Twostep.desktop"
desktop-file-validate "$root/fs/usr/share/krunner/dbusplugins/io.github.twostep.Twostep.krunner.desktop"
# Desktop search: the provider, its activation and the runner name the same bus name and paths as the window.
ini="$root/fs/usr/share/gnome-shell/search-providers/io.github.twostep.Twostep.search-provider.ini"
service="$root/fs/usr/share/dbus-1/services/io.github.twostep.Twostep.SearchProvider.service"
runner="$root/fs/usr/share/krunner/dbusplugins/io.github.twostep.Twostep.krunner.desktop"
for want in 'DesktopId=io.github.twostep.Twostep.desktop' 'BusName=io.github.twostep.Twostep.SearchProvider' \
    'ObjectPath=/io/github/twostep/Twostep/SearchProvider' 'Version=2'; do
    grep -qx "$want" "$ini" || { echo "search provider .ini lacks $want"; exit 1; }
done
grep -qx 'Name=io.github.twostep.Twostep.SearchProvider' "$service" || { echo ".service names another bus name"; exit 1; }
grep -qx 'Exec=/usr/bin/twostep --minimized' "$service" || { echo ".service does not start /usr/bin/twostep in the tray"; exit 1; }
grep -qx 'X-Plasma-API=DBus' "$runner" && grep -qx 'X-Plasma-DBusRunner-Service=io.github.twostep.Twostep.SearchProvider' "$runner" &&
    grep -qx 'X-Plasma-DBusRunner-Path=/io/github/twostep/Twostep/KRunner' "$runner" || { echo "KRunner runner file is wrong"; exit 1; }
echo "desktop search: provider .ini, D-Bus service and KRunner runner installed"
# otpauth links open Twostep's add dialog: the handler's MimeType and the %u that passes the link.
grep -q '^MimeType=.*x-scheme-handler/otpauth;x-scheme-handler/otpauth-migration;' \
    "$root/fs/usr/share/applications/io.github.twostep.Twostep.desktop" || { echo "the .desktop file lacks the otpauth handlers"; exit 1; }
grep -q '^Exec=twostep %u$' "$root/fs/usr/share/applications/io.github.twostep.Twostep.desktop" || { echo "the .desktop file does not pass links (%u)"; exit 1; }
gzip -dc "$root/fs/usr/share/man/man1/twostep.1.gz" | grep -q 'copy " ACCOUNT"'
appstreamcli validate --no-net "$root/fs/usr/share/metainfo/io.github.twostep.Twostep.metainfo.xml" >/dev/null
gzip -dc "$root/fs/usr/share/man/man1/twostep-cli.1.gz" | grep -q 'EXIT STATUS'

"$root/fs/usr/bin/twostep-cli" --version | grep -q '^twostep-cli '
code=$("$root/fs/usr/bin/twostep-cli" code --secret GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ --digits 8 --time 59)
[ "$code" = 94287082 ] || { echo "unpacked twostep-cli printed '$code', expected 94287082"; exit 1; }
echo "unpacked twostep-cli: version and RFC 6238 code OK"
# qr runs in the module twostep-cli loads from the package's lib/twostep, relative to itself.
echo 'otpauth://totp/Example:alice?secret=JBSWY3DPEHPK3PXP' |
    "$root/fs/usr/bin/twostep-cli" qr --uri - -o "$root/qr.svg" --i-know-this-is-plaintext
grep -q '<svg' "$root/qr.svg" || { echo "unpacked twostep-cli qr wrote no SVG (its module did not load?)"; exit 1; }
echo "unpacked twostep-cli: qr through its module OK"
# The window is a module the twostep launcher loads from lib/twostep; --copy needs no module.
QT_QPA_PLATFORM=offscreen "$root/fs/usr/bin/twostep" --version | grep -q '^twostep ' ||
    { echo "unpacked twostep did not start its window module"; exit 1; }
mkdir -m 700 "$root/run"
status=0
XDG_RUNTIME_DIR="$root/run" "$root/fs/usr/bin/twostep" --copy alice 2>/dev/null || status=$?
[ "$status" = 3 ] || { echo "unpacked twostep --copy with no window exited $status, expected 3"; exit 1; }
echo "unpacked twostep: window module and --copy OK"
