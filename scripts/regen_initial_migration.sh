#!/usr/bin/env bash
# Developers only, before the first release: regenerate migration 0001 from the models.
# After a release, schema changes get a new revision instead (alembic -c db/alembic.ini revision --autogenerate).
set -euo pipefail
cd "$(dirname "$0")/.."
rm -f desktop/sverka/db/migrations/versions/0001_initial_schema.py dev.sverka
.venv/bin/alembic -c db/alembic.ini revision --autogenerate -m "initial schema" --rev-id 0001 >/dev/null
rm -f dev.sverka
.venv/bin/python - <<'PY'
import re
p = "desktop/sverka/db/migrations/versions/0001_initial_schema.py"
s = open(p).read()
s = re.sub(r"Create Date: .*\n", "Create Date: 2026-11-23\n", s)
s = s.replace(
    "    # ### end Alembic commands ###\n\n\ndef downgrade",
    "    # ### end Alembic commands ###\n    from sverka.db.search import create_search_index\n\n"
    "    create_search_index(op.get_bind())\n\n\ndef downgrade",
    1,
)
open(p, "w").write(s)
PY
.venv/bin/ruff format -q desktop/sverka/db/migrations/versions/
.venv/bin/ruff check --fix -q desktop/sverka/db/migrations/versions/
