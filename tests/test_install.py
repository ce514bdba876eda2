"""`pipx install .` gives working `sverka` and `sverka-gui`, and the base install (without
the `mt` extra) stays within 300 MB and without the Qt add-ons the app never imports.

Slow; offline from the wheelhouse that scripts/wheelhouse.sh fills (scripts/test.sh runs it)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from support.installs import REPO, exercise, mt_wheelhouse, run, wheelhouse

pytestmark = pytest.mark.slow

BASE_INSTALL_LIMIT_MB = 300

# Sizes of every distribution in the venv except the installer's own (pip, setuptools).
SIZES = """
import json
from importlib.metadata import distributions
from pathlib import Path
sizes = {}
for dist in distributions():
    total = 0
    for file in dist.files or []:
        path = Path(dist.locate_file(file))
        if path.is_file():
            total += path.stat().st_size
    sizes[dist.metadata["Name"]] = total
print(json.dumps(sizes))
"""


def _offline(wheels: Path) -> dict[str, str]:
    return dict(os.environ, PIP_NO_INDEX="1", PIP_FIND_LINKS=str(wheels), PIP_DISABLE_PIP_VERSION_CHECK="1")


@pytest.fixture(scope="module")
def base_install(tmp_path_factory: pytest.TempPathFactory) -> dict[str, int]:
    """Bytes per distribution of `pip install sverka` (no extras) in a fresh venv, offline."""
    tmp_path = tmp_path_factory.mktemp("base")
    wheels = wheelhouse()
    env = _offline(wheels)
    built = tmp_path / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "-q", "--no-build-isolation", "--no-deps", "-w", built, REPO],
        check=True,
        capture_output=True,
        env=env,
    )
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", venv], check=True)
    (wheel,) = built.glob("sverka-*.whl")
    subprocess.run(
        [venv / "bin" / "python", "-m", "pip", "install", "-q", wheel], check=True, capture_output=True, env=env
    )
    sizes = json.loads(run([venv / "bin" / "python", "-c", SIZES], env, tmp_path))
    return {name: size for name, size in sizes.items() if name.lower() not in {"pip", "setuptools"}}


def test_base_install_has_no_qt_addons(base_install: dict[str, int]) -> None:
    assert not {
        name
        for name in base_install
        if name.lower().startswith(("pyside6-addons", "pyside6_addons", "pyside6-webengine"))
    }
    assert not {name for name in base_install if name.lower() in {"pyside6", "torch", "argostranslate"}}


def test_base_install_is_small(base_install: dict[str, int]) -> None:
    total_mb = sum(base_install.values()) / 1e6
    print(f"base install: {total_mb:.0f} MB in {len(base_install)} distributions")
    assert total_mb <= BASE_INSTALL_LIMIT_MB, sorted(base_install.items(), key=lambda item: -item[1])[:5]


def test_pipx_install_gives_both_entry_points(tmp_path: Path) -> None:
    wheels = wheelhouse()
    pipx = shutil.which("pipx", path=str(Path(sys.executable).parent)) or shutil.which("pipx")
    if pipx is None:
        pytest.skip("pipx is not installed (the dev extra has it)")
    pipx_home, bin_dir = tmp_path / "pipx", tmp_path / "bin"
    env = _offline(wheels) | {
        "PIPX_HOME": str(pipx_home),
        "PIPX_BIN_DIR": str(bin_dir),
        "PIPX_MAN_DIR": str(tmp_path / "man"),
    }
    env.pop("PYTHONPATH", None)
    subprocess.run([pipx, "install", REPO], check=True, capture_output=True, env=env, timeout=900)
    user = tmp_path / "user"
    user.mkdir()
    exercise(bin_dir / "sverka", bin_dir / "sverka-gui", user)


def test_pipx_install_with_mt_extra(tmp_path: Path) -> None:
    """`pipx install ".[mt]"` with the CPU torch put in first, as the README says, offline:
    both entry points work, and the app's venv has the translation stack with a CPU torch."""
    wheels, mt_wheels = wheelhouse(), mt_wheelhouse()
    pipx = shutil.which("pipx", path=str(Path(sys.executable).parent)) or shutil.which("pipx")
    if pipx is None:
        pytest.skip("pipx is not installed (the dev extra has it)")
    torch = next(mt_wheels.glob("torch-*.whl")).name.split("-")[1]  # e.g. 2.13.0+cpu
    pipx_home, bin_dir = tmp_path / "pipx", tmp_path / "bin"
    env = _offline(wheels) | {
        "PIP_FIND_LINKS": f"{wheels} {mt_wheels}",
        "PIPX_HOME": str(pipx_home),
        "PIPX_BIN_DIR": str(bin_dir),
        "PIPX_MAN_DIR": str(tmp_path / "man"),
    }
    env.pop("PYTHONPATH", None)
    subprocess.run(
        [pipx, "install", f"{REPO}[mt]", "--preinstall", f"torch=={torch}"],
        check=True,
        capture_output=True,
        env=env,
        timeout=1800,
    )
    user = tmp_path / "user"
    user.mkdir()
    exercise(bin_dir / "sverka", bin_dir / "sverka-gui", user)
    python = pipx_home / "venvs" / "sverka" / "bin" / "python"
    probe = "import torch, ctranslate2, sentencepiece, argostranslate.package; print(torch.__version__)"
    version = run([python, "-c", probe], env, user).strip()
    assert version == torch and "+cpu" in version
