#!/usr/bin/env bash
# Static checks: clang-format, clang-tidy (.clang-tidy) and cppcheck over core/, ui/ and app/, or over
# the folders given as arguments (scripts/lint.sh core/otp app). Needs a configured build
# (compile_commands.json); prints findings and exits non-zero on any.
# clang-tidy costs ~8 s of CPU a file, so a file found clean is remembered in build/lint-cache under a
# hash of the file, its compile command, every project header it includes (ninja's deps), .clang-tidy
# and the clang-tidy version; any change to one of those checks it again. LINT_NO_CACHE=1 checks everything.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
[ -f build/compile_commands.json ] || cmake --preset default >/dev/null
start=$SECONDS
jobs=${LINT_JOBS:-2}
[ $# -gt 0 ] && paths=("${@%/}") || paths=(core ui app keyring)

# Only the generated sources (protobuf, moc) are needed, not a full build: a half-edited file
# elsewhere in the tree must not stop the checks.
cmake --build build --target twostep_migration_proto twostep_core_autogen twostep_ui_autogen \
    twostep_cli_commands_autogen >/dev/null || exit 1

status=0
sources=$(git ls-files -- "${paths[@]/%//*.cpp}")
all=$(git ls-files -- "${paths[@]/%//*.cpp}" "${paths[@]/%//*.h}")

echo "== clang-format =="
if ! clang-format --dry-run -Werror $all 2>&1 | head -20 | grep .; then
    echo clean
else
    status=1
fi

echo "== clang-tidy =="
cache=build/lint-cache/tidy
[ -n "${LINT_NO_CACHE:-}" ] && cache=$(mktemp -d)
mkdir -p "$cache"
salt=$( (clang-tidy --version; cat .clang-tidy) | sha256sum | cut -c1-64)
tidy_one() {
    local file=$1 command object deps key log
    command=$(grep -F -- "-c $PWD/$file\"" build/compile_commands.json | head -1)
    object=$(sed -n 's/.* -o \([^ ]*\) .*/\1/p' <<<"$command")
    deps=$([ -n "$object" ] && ninja -C build -t deps "$object" | sed -n 's/^    //p' | grep -v '^/usr/' | sort)
    # A file never compiled has no deps yet: check it, but remember nothing.
    key=none
    [ -n "$deps" ] && key=$( (echo "$salt"; echo "$command"; cat "$file"; cd build && xargs -r cat <<<"$deps") | sha256sum | cut -c1-64)
    [ -f "$cache/$key" ] && return 0
    log=$(clang-tidy -p build --quiet "$file" 2>/dev/null)
    if grep -qE 'warning:|error:' <<<"$log"; then
        printf '%s\n' "$log"
    elif [ "$key" != none ]; then
        touch "$cache/$key"
    fi
}
export -f tidy_one
export salt cache
tidy_log=$(mktemp)
printf '%s\n' $sources | xargs -P "$jobs" -I{} bash -c 'tidy_one "$1"' _ {} >"$tidy_log"
if grep -E 'warning:|error:' "$tidy_log" | grep -v 'build/' | sort -u | head -50 | grep .; then
    status=1
else
    echo clean
fi
rm -f "$tidy_log"
[ -n "${LINT_NO_CACHE:-}" ] && rm -rf "$cache"

echo "== cppcheck =="
if cppcheck --quiet --library=qt --enable=warning,performance,portability --inline-suppr --std=c++20 --language=c++ \
    --suppress=missingIncludeSystem --error-exitcode=1 -j "$jobs" -I core -I ui $sources 2>&1 | head -50 | grep .; then
    status=1
else
    echo clean
fi
echo "lint: $(wc -w <<<"$sources") files in $((SECONDS - start)) s"
exit $status
