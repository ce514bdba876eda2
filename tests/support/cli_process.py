"""Running ``python -m sverka`` as a real subprocess, as a user meets it.

Faults a user meets (a read-only file, a full disk, a hostile file) are reproduced here
through the CLI of the code under test: whatever module the command lives in, the
subprocess behaves the same.
"""

from __future__ import annotations

import os
import resource
import shutil
import signal
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


def sverka(
    *args: str,
    stdin: str | None = None,
    cwd: Path | None = None,
    prefix: Sequence[str] = (),
    preexec_fn: Callable[[], None] | None = None,
    timeout: float = 120,
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.run(
        [*prefix, sys.executable, "-m", "sverka", *args],
        input=stdin,
        capture_output=True,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        cwd=cwd,
        env=env,
        timeout=timeout,
        preexec_fn=preexec_fn,
    )


def sverka_started(*args: str) -> subprocess.Popen[str]:
    """``sverka ARGS`` started with a stdin pipe, for tests that run several writers at once."""
    env = {**os.environ, "PYTHONPATH": str(REPO / "desktop"), "PYTHONDONTWRITEBYTECODE": "1"}
    return subprocess.Popen(
        [sys.executable, "-m", "sverka", *args],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="backslashreplace",
        env=env,
    )


def error_lines(stderr: str) -> list[str]:
    """The ``sverka: …`` lines of stderr (progress lines are not errors)."""
    return [line for line in stderr.splitlines() if line.startswith("sverka: ")]


def assert_one_line_error(result: subprocess.CompletedProcess[str], *expected: str) -> str:
    """Exit 1, no traceback, exactly one error line holding every ``expected`` text."""
    assert result.returncode == 1, (result.returncode, result.stdout, result.stderr)
    assert "Traceback" not in result.stderr, result.stderr
    lines = error_lines(result.stderr)
    assert len(lines) == 1, result.stderr
    for text in expected:
        assert text in lines[0], (text, lines[0])
    return lines[0]


def unprivileged(probe_dir: Path) -> list[str]:
    """A command prefix that runs a process under ordinary file permissions.

    Tests often run as root, and root writes read-only files anyway (CAP_DAC_OVERRIDE).
    Dropping every capability from the bounding set (setpriv) keeps uid 0 — so the venv
    under /root stays reachable — but makes the kernel check permission bits as for any
    user. As a non-root user no prefix is needed. Skips when neither works.
    """
    if os.geteuid() != 0:
        return []
    setpriv = shutil.which("setpriv")
    if setpriv is None:
        pytest.skip("running as root without setpriv: cannot test as an ordinary user")
    prefix = [setpriv, "--bounding-set=-all", "--inh-caps=-all"]
    probe = probe_dir / "permission-probe"
    probe.write_text("")
    probe.chmod(0o444)
    code = "import sys\ntry:\n    open(sys.argv[1], 'a')\nexcept PermissionError:\n    sys.exit(7)\n"
    result = subprocess.run([*prefix, sys.executable, "-c", code, str(probe)], capture_output=True)
    probe.unlink()
    if result.returncode != 7:
        pytest.skip("dropping capabilities did not make permission bits count here")
    return prefix


def file_size_limit(limit: int) -> Callable[[], None]:
    """A preexec_fn for a child whose writes past ``limit`` bytes fail, like a full disk.

    SIGXFSZ is ignored so the write fails with EFBIG instead of killing the process.
    """

    def apply() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))

    return apply
