#!/usr/bin/env bash
# Runs presso-server's package on a live systemd, as a shop owner would: apt-get install,
# systemctl enable --now, /healthz and /metrics, the addresses it offers devices, the
# command-line verbs as root, the nightly backup's timer and service, a restore refused
# while serving, a restart after a crash, an upgrade, and purge.
#
# The systemd is a container (systemd-nspawn) booted from an overlay of this machine's
# root: the packages' dependencies are the ones installed here, every write lands in a
# tmpfs, and nothing of this machine changes. It has a network of its own, with one
# address for the shop's LAN. Needs root. Usage: check-service.sh DEB_DIR
set -euo pipefail

debs=$(cd "$1" && pwd)
ls "$debs"/presso-server_*.deb >/dev/null
[ "$(id -u)" = 0 ] || { echo "check-service.sh needs root (systemd-nspawn and overlayfs)"; exit 1; }

work=$(mktemp -d)
root=$work/root
nspawn=
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
# Polls a condition that nothing signals (a process outside this script): up to 30 s.
poll() {
  local _
  for _ in $(seq 300); do
    "$@" >/dev/null 2>&1 && return 0
    sleep 0.1
  done
  return 1
}

cleanup() {
  if [ -n "$nspawn" ] && kill -0 "$nspawn" 2>/dev/null; then
    # SIGTERM asks the container's systemd to power off.
    kill -TERM "$nspawn"
    wait "$nspawn" 2>/dev/null || true
  fi
  mountpoint -q "$root" && umount "$root"
  mountpoint -q "$work/rw" && umount "$work/rw"
  rm -rf "$work"
}
trap cleanup EXIT

# The writable layer is a tmpfs of its own, so it never overlaps the root it covers.
mkdir -p "$work/rw" "$root"
mount -t tmpfs -o size=2G presso-service "$work/rw"
mkdir -p "$work/rw/upper" "$work/rw/work"
mount -t overlay overlay -o "lowerdir=/,upperdir=$work/rw/upper,workdir=$work/rw/work" "$root"
mkdir -p "$root/opt/presso-debs"
cp "$debs"/presso-*.deb "$root/opt/presso-debs/"

# basic.target: this machine's own services (databases, printers) stay off.
systemd-nspawn --quiet --directory="$root" --machine="presso-check-$$" --register=no --keep-unit \
  --network-veth --console=read-only --boot -- --unit=basic.target >"$work/console.log" 2>&1 &
nspawn=$!

# The container's PID 1 (a child of systemd-nspawn), once its manager answers.
poll pgrep -P "$nspawn" -x systemd || { cat "$work/console.log"; echo "FAIL: the container did not start"; exit 1; }
init=$(pgrep -P "$nspawn" -x systemd)
inside() { nsenter --target "$init" --all -- "$@"; }
poll inside test -S /run/systemd/private || { cat "$work/console.log"; echo "FAIL: no systemd in the container"; exit 1; }
state=$(timeout 60 nsenter --target "$init" --all -- systemctl is-system-running --wait || true)
case "$state" in
  running|degraded) ;;
  *) cat "$work/console.log"; echo "FAIL: the container's systemd is '$state'"; exit 1 ;;
esac

# This machine's policy-rc.d forbids starting and stopping services from packages (as in a
# container image); a shop's Debian has none.
inside rm -f /usr/sbin/policy-rc.d

# The shop's LAN: one address on the container's side of its network link.
inside ip address add 192.0.2.10/24 dev host0
inside ip link set host0 up

get() { inside curl --silent --show-error --fail --retry 30 --retry-connrefused --retry-delay 1 "$@"; }

echo "== install all five packages, start the server"
inside sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet /opt/presso-debs/presso-*.deb' \
  >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install the packages"; exit 1; }
for app in display order barista; do
  inside test -x /usr/bin/presso-$app || fail "presso-$app is not installed"
done
inside systemctl enable --now presso-server.service
health=$(get http://127.0.0.1:8770/healthz) || fail "/healthz did not answer"
echo "$health" | grep -q '"status":"ok"' || fail "/healthz: $health"
get http://192.0.2.10:8770/metrics | grep -q '^presso_orders_total{' || fail "/metrics has no presso_orders_total"
[ "$(inside systemctl is-active presso-server.service)" = active ] || fail "presso-server is not active"
[ "$(inside systemctl is-enabled presso-server-backup.timer presso-server.service | sort -u)" = enabled ] \
  || fail "the service or its backup timer is not enabled"

echo "== the sandbox"
pid=$(inside systemctl show --property=MainPID --value presso-server.service)
[ "$(inside ps -o user= -p "$pid")" = presso ] || fail "the server does not run as the presso user"
journal=$(inside journalctl --unit=presso-server.service --output=cat --no-pager)
echo "$journal" | grep -q '^listening on ws://192.0.2.10:8770$' \
  || fail "the server did not offer its LAN address: $journal"
if echo "$journal" | grep -qi 'not supported\|denied\|not permitted'; then
  fail "the sandbox refused the server something: $journal"
fi
exposure=$(inside systemd-analyze security --no-pager presso-server.service | tail -1)
echo "$exposure"
echo "$exposure" | grep -qE 'OK|SAFE' || fail "systemd-analyze security: $exposure"

echo "== the verbs as root act on the service's store"
pair=$(inside presso-server device pair --role display --name "TV by the door" 2>&1) || fail "device pair: $pair"
echo "$pair" | grep -q 'http://192.0.2.10:8770/pair' || fail "device pair did not name the LAN address: $pair"
inside presso-server settings set drinksPerCode 12 >/dev/null || fail "settings set as root"
inside presso-server settings show | grep -q 'drinksPerCode.*12' || fail "settings show does not see the change"
owners=$(inside find /var/lib/presso -not -user presso)
[ -z "$owners" ] || fail "files in /var/lib/presso not owned by presso: $owners"

echo "== the nightly backup"
timer_scheduled() {
  [ "$(inside systemctl is-active presso-server-backup.timer)" = active ] \
    && [ -n "$(inside systemctl show --property=NextElapseUSecRealtime --value presso-server-backup.timer)" ]
}
poll timer_scheduled || fail "the backup timer is not scheduled: $(inside systemctl status --no-pager presso-server-backup.timer)"
inside systemctl start presso-server-backup.service || fail "the backup service failed"
backup=$(inside find /var/lib/presso/backups -name 'presso-*.db' -user presso)
[ -n "$backup" ] || fail "no backup owned by presso in /var/lib/presso/backups"

echo "== restore"
if out=$(inside presso-server restore "$backup" 2>&1); then fail "restore ran while the server serves"; fi
echo "$out" | grep -q 'serv' || fail "restore's refusal does not say a server is running: $out"
inside systemctl stop presso-server.service
inside presso-server restore "$backup" >/dev/null || fail "restore with the server stopped"
inside systemctl start presso-server.service
get http://127.0.0.1:8770/healthz >/dev/null || fail "/healthz after the restore"

echo "== a crash"
pid=$(inside systemctl show --property=MainPID --value presso-server.service)
inside systemctl kill --signal=KILL presso-server.service
restarted() {
  local now
  now=$(inside systemctl show --property=MainPID --value presso-server.service)
  [ "$now" != 0 ] && [ "$now" != "$pid" ] && [ "$(inside systemctl is-active presso-server.service)" = active ]
}
poll restarted || fail "presso-server did not come back after SIGKILL"
get http://127.0.0.1:8770/healthz >/dev/null || fail "/healthz after a crash"

echo "== an upgrade restarts the running server"
pid=$(inside systemctl show --property=MainPID --value presso-server.service)
inside sh -c 'DEBIAN_FRONTEND=noninteractive apt-get install --yes --quiet --reinstall /opt/presso-debs/presso-server_*.deb' \
  >"$work/apt.log" 2>&1 || { cat "$work/apt.log"; fail "apt-get install --reinstall"; }
poll restarted || fail "the upgrade did not restart presso-server"
get http://127.0.0.1:8770/healthz >/dev/null || fail "/healthz after the upgrade"

echo "== purge"
inside env DEBIAN_FRONTEND=noninteractive apt-get purge --yes --quiet \
  presso-server presso-display presso-order presso-barista presso-tools >"$work/apt.log" 2>&1 \
  || { cat "$work/apt.log"; fail "apt-get purge"; }
! inside systemctl is-active --quiet presso-server.service || fail "presso-server still runs after purge"
inside test -f /var/lib/presso/presso.db || fail "purge removed the shop's records"

if [ $failures -gt 0 ]; then
  echo "$failures service check(s) failed"
  exit 1
fi
echo "presso-server on systemd: all checks passed"
