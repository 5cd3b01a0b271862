# Sourced by scripts/run and scripts/test: create the project's virtual environment once and keep it installed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VENV="${AZUN_VENV:-$ROOT/.venv}"
PYTHON_BIN="${PYTHON:-python3}"
if ! "$PYTHON_BIN" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    for candidate in python3.13 python3.12 python3.11; do
        if command -v "$candidate" >/dev/null 2>&1; then PYTHON_BIN="$candidate"; break; fi
    done
fi
if [ ! -x "$VENV/bin/python" ]; then
    echo "Creating the virtual environment in $VENV ..." >&2
    "$PYTHON_BIN" -m venv "$VENV"
fi
STAMP="$VENV/.installed-$1"
if [ ! -f "$STAMP" ] || [ "$ROOT/pyproject.toml" -nt "$STAMP" ]; then
    echo "Installing dependencies ..." >&2
    "$VENV/bin/python" -m pip install --quiet --upgrade pip >&2
    if [ "$1" = "dev" ]; then
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT[dev]" >&2
    else
        "$VENV/bin/python" -m pip install --quiet -e "$ROOT" >&2
    fi
    touch "$STAMP"
fi
