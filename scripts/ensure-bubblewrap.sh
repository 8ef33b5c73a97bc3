#!/usr/bin/env bash
# Code runs are sandboxed with bubblewrap; install it where we can, explain where we cannot.
set -u
command -v bwrap >/dev/null 2>&1 && exit 0
if command -v apt-get >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then
    apt-get update -qq >/dev/null && apt-get install -y -qq bubblewrap >/dev/null && exit 0
  elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
    sudo apt-get update -qq >/dev/null && sudo apt-get install -y -qq bubblewrap >/dev/null && exit 0
  fi
fi
echo "warning: bubblewrap (bwrap) is not installed; code runs will be refused with" \
  "EXECUTOR_UNAVAILABLE until it is (Debian/Ubuntu: sudo apt-get install bubblewrap)." >&2
exit 0
