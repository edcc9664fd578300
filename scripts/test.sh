#!/usr/bin/env bash
# The test command: set up a fresh Debian machine (or reuse what is there), start the
# services the tests use (Redis, PostgreSQL), print their versions, run the test suite.
# Extra arguments go to pytest (e.g. `-m slow` for the full evaluation).
set -euo pipefail
cd "$(dirname "$0")/.."

bash scripts/bootstrap.sh
if [ -f scripts/start-services.sh ]; then
  # shellcheck disable=SC1091
  source scripts/start-services.sh
fi

echo "== versions"
tesseract --version 2>&1 | head -1
redis-server --version
(command -v psql >/dev/null && psql --version) || true
.venv/bin/python --version

echo "== lint"
.venv/bin/ruff check .

echo "== tests"
if [ $# -eq 0 ]; then
  set -- -m "not slow"
fi
.venv/bin/python -m pytest "$@"
