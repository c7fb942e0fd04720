#!/usr/bin/env bash
# Smoke test of the standalone bundle, as a user without Python would run it:
#   bash tools/check_bundle.sh dist/calf-coach-<version>-linux-x86_64.tar.gz
# Unpacks into a temporary folder and runs calf-coach/calf-coach with an empty
# environment (env -i HOME=... PATH=/usr/bin:/bin: nothing of the build's
# Python is reachable), then opens the window under Xvfb (xvfb-run) or the
# DISPLAY already set, and installs and removes its menu entry.
set -euo pipefail
tarball=$(realpath "$1")
here=$(cd "$(dirname "$0")" && pwd)
PY=${PYTHON:-/usr/bin/python3}

scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
mkdir "$scratch/home" "$scratch/unpacked"
mkdir -m 700 "$scratch/run"
tar -xzf "$tarball" -C "$scratch/unpacked"
app="$scratch/unpacked/calf-coach/calf-coach"
bare() { env -i HOME="$scratch/home" PATH=/usr/bin:/bin "$@"; }
fail() { echo "check_bundle: $*" >&2; exit 1; }

echo "-- contents"
inside="$scratch/unpacked/calf-coach/_internal/coach"
for wanted in assets/illustrations assets/sounds routines; do
    [ -n "$(ls -A "$inside/$wanted")" ] || fail "no $wanted in the bundle"
done
ls "$inside"/translations/*_ru.qm >/dev/null || fail "no Russian translation in the bundle"
echo "illustrations: $(ls "$inside/assets/illustrations" | wc -l), sounds:" \
     "$(ls "$inside/assets/sounds" | wc -l), routines: $(ls "$inside/routines" | wc -l)"

echo "-- command line, empty environment"
bare "$app" --version | grep -q '^Calf Coach ' || fail "--version"
bare "$app" validate
bare "$app" list | grep -q '^evening-stretch ' || fail "list"
bare LANGUAGE=ru "$app" list | grep -q 'Вечерняя' || fail "Russian list"
printf 'id: broken\ntitle: [unclosed\n' >"$scratch/broken.yaml"
if bare "$app" validate "$scratch/broken.yaml" >"$scratch/out" 2>&1; then
    fail "validate accepted a broken file"
fi
grep -q "broken.yaml:" "$scratch/out" || fail "validate did not name the file: $(cat "$scratch/out")"

echo "-- no desktop: one sentence, exit 1"
# A private runtime folder: a Calf Coach already running for this user would
# otherwise be handed the request (and rightly show its window).
set +e
bare XDG_RUNTIME_DIR="$scratch/run" "$app" >"$scratch/out" 2>&1
code=$?
set -e
[ "$code" = 1 ] || fail "exit $code without a display"
grep -q '^Calf Coach needs a desktop session: ' "$scratch/out" || fail "$(cat "$scratch/out")"

echo "-- menu entry runs the bundle"
bare "$app" install-desktop >/dev/null
entry="$scratch/home/.local/share/applications/org.calfcoach.calfcoach.desktop"
grep -qx "Exec=$app" "$entry" || fail "menu entry does not run the bundle: $(grep Exec "$entry")"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$entry"; fi
bare "$app" install-desktop --uninstall >/dev/null
[ ! -e "$entry" ] || fail "install-desktop --uninstall left the entry"

echo "-- the window opens (and --cramp), empty environment"
gui() {
    local x=()
    [ -n "${DISPLAY:-}" ] || x=(xvfb-run -a -s "-screen 0 1024x680x24")
    HOME="$scratch/home" "${x[@]}" "$PY" "$here/check_starts.py" --clean-env --timeout 120 \
        -- "$app" "$@"
}
gui
gui --cramp
echo "check_bundle: ok ($(( $(stat -c %s "$tarball") / 1000000 )) MB compressed)"
