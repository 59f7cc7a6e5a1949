#!/usr/bin/env bash
# Sets up Multimedia Desk on a fresh Debian 12 machine, from a clone of the repository.
#
#   packaging/setup.sh demo   install, build, start the reference portal with demo content
#                             on loopback, and open the app on it
#   packaging/setup.sh test   install, build, and run every test suite (CTest), as CI does:
#                             the whole suite in a debug build under AddressSanitizer and
#                             UndefinedBehaviorSanitizer, then every fuzzer for 60 seconds;
#                             a test that skips anything fails the run
#
# Run as root, or as a user who may use sudo (only apt-get needs it).
# MMDESK_SKIP_INSTALL=1 skips the apt-get step on a machine that has the packages.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
cd "$root"

say() { printf '\n==> %s\n' "$*"; }
die() { printf 'setup.sh: %s\n' "$*" >&2; exit 1; }

install_packages() {
    [ "${MMDESK_SKIP_INSTALL:-0}" = 1 ] && return 0
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || die "run as root, or install sudo: apt-get needs root"
        sudo=(sudo)
    fi
    mapfile -t packages < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' -e '/^$/d' "$here/debian-packages.txt")
    say "Installing ${#packages[@]} Debian packages (packaging/debian-packages.txt)"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${packages[@]}" \
        >/dev/null
}

build() {
    local preset=$1
    shift
    say "Configuring and building (preset $preset)"
    cmake --preset "$preset" >/dev/null
    cmake --build --preset "$preset" --parallel "$(nproc)" "$@"
}

run_tests() {
    local preset=$1
    shift
    say "Running the test suites (preset $preset)"
    # Each keychain test starts its own D-Bus session and unlocked GNOME Keyring;
    # GUI tests run on the offscreen platform. Nothing needs a display.
    ctest --preset "$preset" --parallel "$(nproc)" "$@"
}

timed() {
    local start=$SECONDS
    "$@"
    say "$* took $((SECONDS - start)) s"
}

demo() {
    build release --target mmdesk mmdesk-cli mmdesk-portal
    local bin="$root/build/release/bin"
    local content="$root/build/release/demo-content"
    local state="${XDG_STATE_HOME:-$HOME/.local/state}/mmdesk-portal-demo"
    # Content made before the portal had conditions of use is made again.
    if [ ! -f "$content/.complete" ] || [ ! -f "$content/conditions.json" ]; then
        say "Making demo content (once) in $content"
        rm -rf "$content"
        "$bin/mmdesk-portal" make-demo "$content"
        touch "$content/.complete"
    fi
    mkdir -p "$state"
    # An account ready to sign in with (the portal listens on loopback only;
    # this password is for the demo and nothing else).
    local demo_email=demo@example.org demo_password='Demo-Desk-2026!'
    printf '%s\n' "$demo_password" | "$bin/mmdesk-portal" add-account --state "$state" \
        --email "$demo_email" --name "Demo Producer" --organisation "Demo Newsroom" >/dev/null
    say "Starting the reference portal on loopback (development mode)"
    local portal_log="$state/portal.log"
    coproc PORTAL { exec "$bin/mmdesk-portal" serve --content "$content" --state "$state" \
        --listen 127.0.0.1 --port 0 --dev 2>>"$portal_log"; }
    # Global, not local: the EXIT trap runs after this function has returned.
    demo_portal_pid=$PORTAL_PID
    trap 'kill "$demo_portal_pid" 2>/dev/null || true' EXIT
    local line=""
    read -r -t 30 line <&"${PORTAL[0]}" || die "the portal did not start; see $portal_log"
    local url=${line##* on }
    say "Portal: $url  (log: $portal_log; mails with codes: $state/outbox)"
    say "Sign in with $demo_email and the password $demo_password (or create an account of your own)"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
        echo "No display here: the portal keeps running until Ctrl+C. On a desktop, run:"
        echo "  $bin/mmdesk --portal $url"
        wait "$demo_portal_pid"
        return
    fi
    say "Opening Multimedia Desk"
    "$bin/mmdesk" --portal "$url"
}

case "${1:-}" in
demo)
    install_packages
    demo
    ;;
test)
    install_packages
    # The suite runs once, in the sanitizer build: it is the same suite as
    # in the dev preset, with every memory error and undefined behaviour
    # caught, and a second full build would cost CI a third of its time.
    timed build asan
    timed run_tests asan
    timed build fuzz
    timed run_tests fuzz
    ;;
*)
    sed -n '2,13p' "$0" | sed 's/^# \{0,1\}//'
    exit 2
    ;;
esac
