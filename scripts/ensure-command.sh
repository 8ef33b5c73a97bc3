#!/usr/bin/env bash
# ensure-command.sh COMMAND DEBIAN_PACKAGE [required] -- explanation
# Install the Debian package that provides COMMAND (or the shared library lib:SONAME) where we
# can (root or password-less sudo); otherwise print the explanation, and fail only when the
# command is required.
set -u
command="$1" package="$2" required="" ; shift 2
if [ "${1:-}" = required ]; then required=1; shift; fi
[ "${1:-}" = -- ] && shift
present() {
  case "$command" in
    lib:*) ldconfig -p 2>/dev/null | grep -qF "${command#lib:}" ;;
    *) command -v "$command" >/dev/null 2>&1 ;;
  esac
}
present && exit 0
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq "$package" >/dev/null && exit 0
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq "$package" >/dev/null && exit 0
  fi
fi
level=warning; [ -n "$required" ] && level=error
echo "$level: $command is not installed; $* (Debian/Ubuntu: sudo apt-get install $package)." >&2
[ -z "$required" ]
