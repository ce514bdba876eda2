"""The wheel holds only the `sverka` package, with its resources and migrations, and works."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_wheel_contents_and_resources_work(tmp_path: Path) -> None:
    out = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-build-isolation", "--no-deps", "-w", str(out), str(REPO)],
        check=True,
        capture_output=True,
    )
    (wheel,) = out.glob("sverka-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        names = archive.namelist()
        archive.extractall(tmp_path / "site")
        metadata = archive.read(f"{wheel.name.split('-py3')[0]}.dist-info/METADATA").decode()
    from sverka import __version__

    assert f"\nVersion: {__version__}\n" in metadata  # the one version, read by setuptools
    requires = [line.split(": ", 1)[1] for line in metadata.splitlines() if line.startswith("Requires-Dist: ")]
    qt = [req for req in requires if req.lower().startswith("pyside6")]
    assert qt and all(req.lower().startswith("pyside6-essentials") for req in qt)  # not the meta-package
    assert any("!=6.12.0" in req and 'python_version < "3.12"' in req for req in qt)
    tops = {name.split("/")[0] for name in names}
    assert tops == {"sverka", wheel.name.split("-py3")[0] + ".dist-info"}
    for needed in (
        "sverka/db/migrations/env.py",
        "sverka/db/migrations/versions/0001_initial_schema.py",
        "sverka/resources/schemas/news-events.json",
        "sverka/resources/demo/README.md",
    ):
        assert needed in names
    # From the unpacked wheel alone (not the checkout): create a project, which runs the
    # Alembic stamp from package data, and read the bundled schemas.
    script = (
        "import sys; from sverka.db.project import open_project; from sverka.ops.workflows.project import initialise;"
        "p = open_project(sys.argv[1], create=True); initialise(p); p.close(); import sverka; print(sverka.__file__)"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "w.sverka")],
        check=True,
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin", "SVERKA_HOME": str(tmp_path / "h")},
        cwd=tmp_path,
    )
    assert result.stdout.strip().startswith(str(tmp_path / "site"))
