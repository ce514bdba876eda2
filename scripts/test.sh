#!/usr/bin/env bash
# Sets everything up and runs every check: lint, types, layering, the fast suite, then the
# heavier suites (MT model build, fuzzing, PostgreSQL) that CI also runs.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh test
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check desktop tests bench
.venv/bin/ruff format --check desktop tests bench
.venv/bin/mypy
.venv/bin/lint-imports
# Branch coverage over both runs (settings: [tool.coverage.*] in pyproject.toml), then the gate.
rm -f .coverage
.venv/bin/python -m pytest -q --cov --cov-report=
rc=0
.venv/bin/python -m pytest -q -m "slow or postgres" --cov --cov-append --cov-report= || rc=$?
[ "$rc" -eq 0 ] || [ "$rc" -eq 5 ]  # 5: no heavy test selected
.venv/bin/python scripts/coverage_gate.py
