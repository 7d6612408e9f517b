#!/usr/bin/env bash
# Builds presso's Debian packages from a configured and built tree with cpack, into a
# scratch directory, and checks what they hold: files, dependencies (runtime only),
# conffiles, maintainer scripts, the systemd units (systemd-analyze verify), desktop
# entries and icons. With --lintian, also runs lintian on each (slow; `make package`
# does that). The packages are left in BUILD_DIR/packages-checked for check-service.sh.
# Usage: check-packages.sh BUILD_DIR [--lintian]
set -euo pipefail

build=$(cd "$1" && pwd)
lint=${2:-}
source_dir=$(cd "$(dirname "$0")/../.." && pwd)
version=$(sed -n 's/^project(presso VERSION \([0-9.]*\).*/\1/p' "$source_dir/CMakeLists.txt")
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
has_file() { grep -qE "^\./$2\$" "$work/$1.files" || fail "$1 lacks /$2"; }

start=$(date +%s)
rm -rf "$build/packages-checked"
(cd "$build" && cpack -G DEB -B "$work/out" >"$work/cpack.log" 2>&1) || { cat "$work/cpack.log"; exit 1; }
echo "cpack took $(($(date +%s) - start)) s"

for part in server display order barista tools; do
  pkg=presso-$part
  deb=$work/out/${pkg}_${version}_$(dpkg --print-architecture).deb
  [ -f "$deb" ] || { fail "no $pkg package for version $version"; continue; }
  dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's#/$##' >"$work/$pkg.files"
  dpkg-deb -f "$deb" Depends >"$work/$pkg.depends"
  mkdir -p "$work/root/$pkg"
  dpkg-deb -x "$deb" "$work/root/$pkg"
  has_file $pkg "usr/share/doc/$pkg/copyright"
  has_file $pkg "usr/share/doc/$pkg/changelog.gz"
  grep -q '^Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/' \
    "$work/root/$pkg/usr/share/doc/$pkg/copyright" || fail "$pkg: copyright is not machine-readable"
  zcat "$work/root/$pkg/usr/share/doc/$pkg/changelog.gz" | head -1 | grep -q "^presso ($version) " \
    || fail "$pkg: the changelog's newest entry is not $version"
  grep -q 'libqt6core6' "$work/$pkg.depends" || fail "$pkg: no Qt in Depends: $(cat "$work/$pkg.depends")"
  if grep -qE -- '-dev([ ,(]|$)' "$work/$pkg.depends"; then fail "$pkg depends on a -dev package"; fi
  if grep -qE 'usr/(include|lib/.*\.a$)' "$work/$pkg.files"; then fail "$pkg ships headers or static libraries"; fi
done

# The server: its binary, service, backup timer, user, options (a conffile) and scripts.
has_file presso-server usr/bin/presso-server
has_file presso-server usr/share/man/man1/presso-server.1.gz
for unit in presso-server.service presso-server-backup.service presso-server-backup.timer; do
  has_file presso-server "(usr/)?lib/systemd/system/$unit"
done
has_file presso-server "usr/lib/sysusers.d/presso-server.conf"
has_file presso-server etc/default/presso-server
grep -q 'libqt6sql6-sqlite' "$work/presso-server.depends" || fail "presso-server lacks the SQLite driver"
mkdir -p "$work/control"
dpkg-deb -e "$work/out/presso-server_${version}_"*.deb "$work/control"
grep -qx /etc/default/presso-server "$work/control/conffiles" || fail "/etc/default/presso-server is not a conffile"
for script in postinst prerm postrm; do
  [ -x "$work/control/$script" ] || fail "presso-server has no $script"
  sh -n "$work/control/$script" || fail "presso-server's $script is not valid sh"
done

# The apps: binary, desktop entry, icons, kiosk unit and autostart entry, run-time plugins.
for app in display order barista; do
  pkg=presso-$app
  has_file $pkg usr/bin/$pkg
  has_file $pkg usr/share/applications/$pkg.desktop
  has_file $pkg usr/share/icons/hicolor/scalable/apps/$pkg.svg
  for size in 16 32 48 64 128 256; do
    has_file $pkg "usr/share/icons/hicolor/${size}x${size}/apps/$pkg.png"
    png=$work/root/$pkg/usr/share/icons/hicolor/${size}x${size}/apps/$pkg.png
    # A PNG's IHDR: width and height, big-endian, at bytes 16 and 20.
    dims=$(od -An -tu1 -j16 -N8 "$png" | awk '{ print $3 * 256 + $4 "x" $7 * 256 + $8 }')
    [ "$dims" = "${size}x${size}" ] || fail "$pkg's ${size}px icon is $dims"
  done
  has_file $pkg "(usr/)?lib/systemd/user/$pkg.service"
  has_file $pkg usr/share/presso/autostart/$pkg.desktop
  has_file $pkg usr/share/man/man1/$pkg.1.gz
  grep -q "^Exec=$pkg\$" "$work/root/$pkg/usr/share/applications/$pkg.desktop" || fail "$pkg.desktop does not run $pkg"
  grep -q 'libqt6svg6' "$work/$pkg.depends" || fail "$pkg lacks the SVG plugins"
done
grep -q 'gstreamer1.0-plugins-good' "$work/presso-order.depends" || fail "presso-order lacks the camera's GStreamer plugins"
has_file presso-tools usr/bin/presso-robot

# The units as systemd reads them: in a root holding this machine's own units (the
# targets they hang off) with the packages unpacked over it, so that the units and
# the binaries they start are the packaged ones.
sdroot=$work/sdroot
mkdir -p "$sdroot/usr/lib/systemd/system" "$sdroot/usr/lib/systemd/user"
cp -a /lib/systemd/system/. "$sdroot/usr/lib/systemd/system/"
[ -d /usr/lib/systemd/user ] && cp -a /usr/lib/systemd/user/. "$sdroot/usr/lib/systemd/user/"
for pkg in presso-server presso-display presso-order presso-barista; do
  cp -a "$work/root/$pkg/." "$sdroot/"
done
export SYSTEMD_LOG_LEVEL=warning
verify() {
  local out
  if ! out=$(systemd-analyze "$@" 2>&1) || [ -n "$out" ]; then fail "systemd-analyze $*: $out"; fi
}
for unit in presso-server.service presso-server-backup.service presso-server-backup.timer; do
  verify verify --root="$sdroot" --man=no "/usr/lib/systemd/system/$unit"
done
# A user manager takes no --root: the user units are checked as copies that start
# the unpacked binary, the one thing systemd checks on the file system.
mkdir -m 0700 "$work/run" "$work/user"
export XDG_RUNTIME_DIR=$work/run
for app in display order barista; do
  sed "s#=/usr/bin/#=$sdroot/usr/bin/#" "$sdroot/usr/lib/systemd/user/presso-$app.service" >"$work/user/presso-$app.service"
  verify --user verify --man=no "$work/user/presso-$app.service"
done

if [ "$lint" = "--lintian" ]; then
  lintian --fail-on error "$work"/out/presso-*_"${version}"_*.deb || fail "lintian found errors"
fi

if [ $failures -gt 0 ]; then
  echo "$failures package check(s) failed"
  exit 1
fi
mkdir -p "$build/packages-checked"
cp "$work"/out/presso-*_"${version}"_*.deb "$build/packages-checked/"
echo "presso packages $version: all checks passed"
