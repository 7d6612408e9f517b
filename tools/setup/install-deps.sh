#!/usr/bin/env bash
# Installs the Debian 12 packages presso needs to build, test and run its demo.
# Quick when everything is already there: it only calls apt for what is missing.
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config ccache clang libclang-rt-14-dev
  qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-multimedia-dev
  qt6-svg-dev qt6-charts-dev qt6-speech-dev libqt6opengl6-dev
  libqt6sql6-sqlite libqt6svg6 libsqlite3-dev tzdata
  libqrcodegencpp-dev libzxing-dev
  gstreamer1.0-plugins-base gstreamer1.0-plugins-good gstreamer1.0-libav gstreamer1.0-tools
  xvfb xauth poppler-utils sqlite3 fonts-dejavu-core openssl python3
  mosquitto libmosquitto-dev
  # Wave two: HTTP and metrics, the phone page in a real browser, packages and services,
  # printing and speech without hardware, the on-screen keyboard, translations, PostgreSQL.
  qt6-httpserver-dev prometheus-cpp-dev
  chromium nodejs
  lintian systemd systemd-container iproute2 curl librsvg2-bin dpkg-dev fakeroot
  cups printer-driver-cups-pdf qt6-speech-flite-plugin pulseaudio pulseaudio-utils
  qt6-virtualkeyboard-plugin qml6-module-qtquick-virtualkeyboard qt6-l10n-tools
  # Translations: the CMake package (qt_add_translations) that finds lupdate and lrelease.
  qt6-tools-dev qt6-tools-dev-tools
  # Qt Virtual Keyboard's panel is Qt Quick: the QML modules it imports at run time.
  qml6-module-qtquick qml6-module-qtquick-layouts qml6-module-qtquick-window
  qml6-module-qtqml-workerscript qml6-module-qtqml-models qml6-module-qt-labs-folderlistmodel
  # Qt TextToSpeech's CMake package needs the QML integration headers; without them the
  # display is built with its call-outs silently left out.
  qt6-declarative-dev
  # Call-outs in German, Spanish and Portuguese: flite speaks English only; Speech
  # Dispatcher with espeak-ng has voices for every shipped language, headless.
  qt6-speech-speechd-plugin speech-dispatcher speech-dispatcher-espeak-ng
  # PostgreSQL: the server the tests start, Qt's driver, and psql and pg_dump.
  postgresql postgresql-client libqt6sql6-psql util-linux
  # Packet loss for the café Wi-Fi test (iptables' statistic match in a network
  # namespace): the kernel of our machines has no netem qdisc for `tc`.
  iptables
  # make bench draws its curves as PNG plots (build/bench/*.png).
  gnuplot-nox
)

# Debian's nodejs comes without npm (the browser tests install puppeteer-core with it);
# NodeSource's nodejs has it built in and conflicts with Debian's npm package.
if ! command -v npm >/dev/null 2>&1; then
  packages+=(npm)
fi

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    missing+=("$p")
  fi
done

if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi

echo "Installing: ${missing[*]}"
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
  sudo_cmd=(sudo)
fi
export DEBIAN_FRONTEND=noninteractive
# Another apt run (an unattended upgrade, a second checkout's setup) may hold the lock.
apt_opts=(-o DPkg::Lock::Timeout=600)
"${sudo_cmd[@]}" apt-get "${apt_opts[@]}" update -qq
"${sudo_cmd[@]}" apt-get "${apt_opts[@]}" install -y -qq --no-install-recommends "${missing[@]}"
