#!/usr/bin/env bash
# check_deb.sh BUILD_DIR SOURCE_DIR: builds the Debian package of BUILD_DIR
# with CPack and checks it as a Debian reviewer would:
#   - dpkg-deb -c: the programs, desktop entry, metainfo, hicolor icons at every
#     size, manual pages, bash completion, copyright and changelog are there;
#   - dpkg-deb -I: dependencies found by dpkg-shlibdeps (Qt, libcurl, SQLite,
#     QtKeychain), with nothing from the build folder;
#   - lintian: no errors;
#   - dpkg -x into a throw-away root: appstreamcli validate and
#     desktop-file-validate pass on the installed files, the icons have the
#     sizes their folders name, the manual pages render without warnings, the
#     bash completion loads, and the installed mmdesk-cli runs.
set -euo pipefail

build=$1
source=$2
work=$(mktemp -d "${TMPDIR:-/tmp}/mmdesk-deb.XXXXXX")
trap 'rm -rf "$work"' EXIT

fail() { printf 'FAIL: %s\n' "$*" >&2; exit 1; }
step() { printf '== %s\n' "$*"; }

step "cpack -G DEB"
# The sanitizer build's programs are packaged too; the tools cpack starts
# (dpkg-shlibdeps, strip) are not instrumented, so no ASAN_OPTIONS are needed.
"${MMDESK_CPACK:-cpack}" -G DEB --config "$build/CPackConfig.cmake" -B "$work/out" >"$work/cpack.log" 2>&1 ||
    { cat "$work/cpack.log"; fail "cpack did not make a package"; }
mapfile -t debs < <(find "$work/out" -maxdepth 1 -name 'mmdesk_*.deb')
[ "${#debs[@]}" -eq 1 ] || { cat "$work/cpack.log"; fail "expected one mmdesk_*.deb, found ${#debs[@]}"; }
deb=${debs[0]}
echo "package: $(basename "$deb") ($(stat -c %s "$deb") bytes)"

step "dpkg-deb -c"
dpkg-deb -c "$deb" | awk '{ print $6 }' | sed 's|^\./|/|' >"$work/contents"
app_id=org.mmdesk.MultimediaDesk
expected=(
    /usr/bin/mmdesk
    /usr/bin/mmdesk-cli
    "/usr/share/applications/$app_id.desktop"
    "/usr/share/metainfo/$app_id.metainfo.xml"
    "/usr/share/icons/hicolor/scalable/apps/$app_id.svg"
    /usr/share/man/man1/mmdesk.1.gz
    /usr/share/man/man1/mmdesk-cli.1.gz
    /usr/share/bash-completion/completions/mmdesk-cli
    /usr/share/doc/mmdesk/copyright
    /usr/share/doc/mmdesk/changelog.gz
)
sizes=(16 22 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    expected+=("/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png")
done
for path in "${expected[@]}"; do
    grep -qxF "$path" "$work/contents" || { cat "$work/contents"; fail "the package lacks $path"; }
done
# The reference portal is a demo and test server: it stays out of the package.
if grep -q 'mmdesk-portal' "$work/contents"; then fail "the package holds mmdesk-portal"; fi

step "dpkg-deb -I"
dpkg-deb -I "$deb" >"$work/info"
cat "$work/info"
depends=$(dpkg-deb -f "$deb" Depends)
for library in libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 libqt6multimedia6 libqt6svg6 \
    libcurl4 libsqlite3-0 libqt6keychain1 libc6; do
    grep -q "\b$library\b" <<<"$depends" || fail "Depends lacks $library: $depends"
done
[ "$(dpkg-deb -f "$deb" Package)" = mmdesk ] || fail "the package is not called mmdesk"
[ "$(dpkg-deb -f "$deb" Architecture)" = "$(dpkg --print-architecture)" ] || fail "wrong architecture"
# Not "| grep -q": with pipefail, grep leaving after the first line makes
# dpkg-deb die of SIGPIPE on a long description, and the check fail.
[ -n "$(dpkg-deb -f "$deb" Description)" ] || fail "no description"

step "lintian"
# Errors fail the test; warnings are printed for the reader. Running as root
# (as CI does) is fine for lintian's checks of a built package.
lintian --tag-display-limit 0 --info "$deb" >"$work/lintian" 2>&1 || true
cat "$work/lintian"
if grep -q '^E: ' "$work/lintian"; then fail "lintian reports errors"; fi
grep -q '^internal error\|^Traceback\|^Can.t ' "$work/lintian" && fail "lintian did not run to the end"

step "dpkg -x"
root=$work/root
dpkg -x "$deb" "$root"
appstreamcli validate --no-net --explain "$root/usr/share/metainfo/$app_id.metainfo.xml" ||
    fail "appstreamcli validate"
desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
for size in "${sizes[@]}"; do
    icon="$root/usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png"
    got=$(identify -format '%wx%h' "$icon")
    [ "$got" = "${size}x${size}" ] || fail "$icon is $got"
done
for page in mmdesk mmdesk-cli; do
    warnings=$(LC_ALL=C.UTF-8 MANWIDTH=80 man --warnings -l "$root/usr/share/man/man1/$page.1.gz" 2>&1 >/dev/null || true)
    [ -z "$warnings" ] || fail "man $page: $warnings"
done
bash -c 'source /usr/share/bash-completion/bash_completion 2>/dev/null || true
         source "$1" && complete -p mmdesk-cli' _ "$root/usr/share/bash-completion/completions/mmdesk-cli" \
    >/dev/null || fail "the bash completion does not load"
# The installed program runs from its place in the package, with the
# libraries Depends names (nothing from the build folder).
export ASAN_OPTIONS=${ASAN_OPTIONS:-}${ASAN_OPTIONS:+:}detect_leaks=0
version=$("$root/usr/bin/mmdesk-cli" --version)
grep -q "$(dpkg-deb -f "$deb" Version)" <<<"$version" || fail "mmdesk-cli --version says '$version'"
if grep -q "$build\|not found" <<<"$(ldd "$root/usr/bin/mmdesk" "$root/usr/bin/mmdesk-cli")"; then
    ldd "$root/usr/bin/mmdesk" "$root/usr/bin/mmdesk-cli"
    fail "an installed program needs a library that is not installed"
fi
step "the package passes"
