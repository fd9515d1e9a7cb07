#!/bin/sh
# Installs the Debian 12 packages that are missing for a purpose:
#   build-aux/install-deps.sh main    what building the library and the tool needs
#   build-aux/install-deps.sh test    that, plus what the whole test suite needs
# Uses sudo when not root. Installs nothing when everything is there.
set -eu

main_packages="gcc meson ninja-build pkg-config libglib2.0-dev libjson-glib-dev
  gobject-introspection libgirepository1.0-dev gir1.2-glib-2.0 gir1.2-json-1.0 python3-gi"
test_packages="$main_packages valac gjs python3-pytest python3-icalendar gi-docgen valgrind
  clang-14 libclang-rt-14-dev xvfb xauth libgtk-4-dev libadwaita-1-dev gir1.2-gtk-4.0 gir1.2-adw-1"

case "${1:-main}" in
  main) wanted=$main_packages ;;
  test) wanted=$test_packages ;;
  *) echo "usage: $0 main|test" >&2; exit 2 ;;
esac

missing=""
for p in $wanted; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed"; then
    missing="$missing $p"
  fi
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" -eq 0 ]; then sudo=""; else sudo="sudo"; fi
echo "Installing:$missing" >&2
$sudo apt-get update -qq
DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends $missing >&2
