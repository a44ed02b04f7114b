#!/usr/bin/env bash
# Static checks: clang-format, clang-tidy (.clang-tidy) and cppcheck over core/, ui/ and app/.
# Needs a configured build (compile_commands.json); prints findings and exits non-zero on any.
set -uo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
[ -f build/compile_commands.json ] || cmake --preset default >/dev/null
cmake --build build --target twostep_core twostep_ui twostep-cli twostep >/dev/null || exit 1

status=0
files=$(git ls-files 'core/*.cpp' 'ui/*.cpp' 'app/*.cpp')

echo "== clang-format =="
if ! clang-format --dry-run -Werror $(git ls-files '*.cpp' '*.h') 2>&1 | head -20 | grep .; then
    echo clean
else
    status=1
fi

echo "== clang-tidy =="
tidy_log=$(mktemp)
printf '%s\n' $files | xargs -P 2 -n 4 clang-tidy -p build --quiet >"$tidy_log" 2>/dev/null
if grep -E 'warning:|error:' "$tidy_log" | grep -v 'build/' | sort -u | head -50 | grep .; then
    status=1
else
    echo clean
fi
rm -f "$tidy_log"

echo "== cppcheck =="
if cppcheck --quiet --library=qt --enable=warning,performance,portability --inline-suppr --std=c++20 --language=c++ \
    --suppress=missingIncludeSystem --error-exitcode=1 -I core -I ui $files 2>&1 | head -50 | grep .; then
    status=1
else
    echo clean
fi
exit $status
