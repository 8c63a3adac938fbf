#!/usr/bin/env bash
# Builds the `crosscheck` wheel in release mode, installs it in a virtual environment and
# runs the Python tests (the bindings, and the Spark job against the command on the shared
# real feeds). Quiet on success (one summary line); on failure, prints the
# output of the step that failed and exits non-zero.
#
# Usage: python/build_and_test.sh [PYTHON]        PYTHON: the interpreter (default python3)
#
# Environment:
#   CROSSCHECK_VENV        the virtual environment to create or reuse
#                          (default python/.venv-<python version>)
#   CROSSCHECK_TARGET_DIR  cargo's target directory for the extension (default the
#                          repository's target/, where the tests' release build of the
#                          command reuses the dependencies it compiled)
#   CROSSCHECK_CLI         the `crosscheck` command to compare against (default: the tests
#                          run `cargo run --release -p crosscheck-cli` at the repository root)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(dirname "$here")"
python="${1:-python3}"

log="$(mktemp)"
wheels="$(mktemp -d)"
trap 'rm -rf "$log" "$wheels"' EXIT

# Runs a step with its output kept aside; shows it only when the step fails.
step() {
    if ! "$@" >"$log" 2>&1; then
        cat "$log" >&2
        echo "build_and_test.sh: failed: $*" >&2
        exit 1
    fi
}

command -v "$python" >/dev/null 2>&1 || { echo "build_and_test.sh: no interpreter \`$python\`" >&2; exit 1; }
version="$("$python" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
venv="${CROSSCHECK_VENV:-$here/.venv-$version}"
target="${CROSSCHECK_TARGET_DIR:-$repo/target}"

if [ ! -x "$venv/bin/python" ]; then
    step "$python" -m venv "$venv"
fi
# pyspark for the Spark job's equality tests (tests/test_spark.py, which skip without Java);
# pandas for reconcile() on a DataFrame, as the README's notebook example does.
step "$venv/bin/python" -m pip install --disable-pip-version-check --quiet "maturin>=1.9.4,<2" pytest \
    "pyspark>=4,<5" "pandas>=2"
# CARGO_TARGET_DIR for the build; the tests' `cargo run` of the command uses the
# repository's target/, which is also the default here, so the two share dependencies.
step env CARGO_TARGET_DIR="$target" "$venv/bin/maturin" build --release \
    --manifest-path "$here/Cargo.toml" --interpreter "$venv/bin/python" --out "$wheels"
step "$venv/bin/python" -m pip install --disable-pip-version-check --quiet \
    --force-reinstall --no-deps "$wheels"/crosscheck-*.whl
# From the repository root, so `import crosscheck` finds the installed wheel, not the
# sources in python/crosscheck (which lack the compiled module).
cd "$repo"
step "$venv/bin/python" -m pytest -q -p no:cacheprovider python/tests
echo "build_and_test.sh: crosscheck wheel built; $(tail -n 1 "$log" | tr -d '=' | sed 's/^ *//')"
