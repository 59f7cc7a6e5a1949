#!/bin/sh
# Runs a command with a private, unlocked GNOME Keyring (Secret Service) on a
# private D-Bus session bus, in a throw-away HOME, so that keychain tests use
# the real keyring without touching anybody's own:
#   dbus-run-session -- sh with-keyring.sh COMMAND [ARGS...]
# (mmdesk_add_test(... KEYRING) wraps a test this way.)
set -eu

if [ -z "${DBUS_SESSION_BUS_ADDRESS:-}" ]; then
    echo "with-keyring.sh: no D-Bus session; run it under dbus-run-session" >&2
    exit 1
fi

home=$(mktemp -d "${TMPDIR:-/tmp}/mmdesk-keyring-home.XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME="$home"
export XDG_DATA_HOME="$home/.local/share"
export XDG_CONFIG_HOME="$home/.config"
export XDG_CACHE_HOME="$home/.cache"
export XDG_STATE_HOME="$home/.local/state"
export XDG_RUNTIME_DIR="$home/runtime"
mkdir -p "$XDG_DATA_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"

# A non-empty password creates and unlocks the login keyring without a prompt.
# The daemon ends with the session bus when dbus-run-session exits.
eval "$(printf '%s' 'mmdesk-test-keyring' | gnome-keyring-daemon --unlock --components=secrets)"
export GNOME_KEYRING_CONTROL

"$@"
