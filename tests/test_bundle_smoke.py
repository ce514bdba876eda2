"""The one-folder bundle from scripts/build-app.sh starts and works as a user runs it, and
installs with its desktop entry, metainfo and icons (validated when the validators are there).

Slow: the first build takes 1-2 minutes on 2 cores; afterwards build-app.sh reuses the
bundle cached for the same inputs (seconds)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from support.installs import REPO, exercise, run, script_env, user_env, wheelhouse

pytestmark = pytest.mark.slow

APP_ID = "io.github.sverka.Sverka"


@pytest.fixture(scope="module")
def bundle() -> Path:
    wheelhouse()  # the build venv installs from it, offline
    result = subprocess.run(
        ["bash", str(REPO / "scripts" / "build-app.sh")],
        env=script_env(),
        capture_output=True,
        text=True,
        timeout=1800,
    )
    assert result.returncode == 0, result.stderr[-4000:]
    return Path(result.stdout.strip().splitlines()[-1])


def test_bundle_runs_every_front_end(bundle: Path, tmp_path: Path) -> None:
    assert (bundle / "sverka-gui").resolve() == (bundle / "sverka").resolve()
    exercise(bundle / "sverka", bundle / "sverka-gui", tmp_path)


def test_bundle_carries_only_what_the_app_loads(bundle: Path) -> None:
    internal = bundle / "_internal"
    assert (internal / "sverka" / "db" / "migrations" / "env.py").is_file()
    assert (internal / "sverka" / "resources" / "i18n" / "sverka_ru.qm").is_file()
    names = {path.name for path in internal.rglob("*")}
    assert not {name for name in names if name.startswith(("libQt6WebEngine", "libQt6Quick", "torch", "libgtk"))}
    plugins = {path.parent.name for path in (internal / "PySide6" / "Qt" / "plugins").glob("*/*")}
    assert {"platforms", "imageformats", "iconengines", "xcbglintegrations"} <= plugins
    assert not (internal / "PySide6" / "Qt" / "translations").exists()


def test_install_script_puts_entry_metainfo_and_icons_in_place(bundle: Path, tmp_path: Path) -> None:
    prefix = tmp_path / "prefix"
    env = user_env(tmp_path, PREFIX=str(prefix))
    run(["bash", bundle / "install.sh"], env, tmp_path)
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    metainfo = prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml"
    assert f"Exec={prefix}/bin/sverka-gui %f" in desktop.read_text("utf-8")
    for size in (16, 32, 48, 64, 128, 256, 512):
        assert (prefix / "share" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png").is_file()
    assert run([prefix / "bin" / "sverka", "--version"], env, tmp_path).startswith("sverka ")
    for validator in (["desktop-file-validate", desktop], ["appstreamcli", "validate", "--no-net", metainfo]):
        if shutil.which(str(validator[0])):
            run(validator, env, tmp_path)
    run(["bash", prefix / "lib" / "sverka" / "install.sh", "--uninstall"], env, tmp_path)
    assert (
        not desktop.exists() and not (prefix / "bin" / "sverka").exists() and not (prefix / "lib" / "sverka").exists()
    )
