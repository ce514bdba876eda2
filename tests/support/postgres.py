"""A throw-away PostgreSQL server for tests and benchmarks (Debian's server binaries).

The server runs as the `postgres` user when we are root (it refuses root), on a Unix socket
in a temp folder, with `trust` authentication; its superuser is `sverka`. Roles are real, so
row-level security behaves as on a production server.
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pytest


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _as_server_user(args: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *args] if os.geteuid() == 0 else args


def server_binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"))
    return Path(found[-1]).parent if found else None


@dataclass(frozen=True)
class Server:
    socket_dir: Path
    port: int

    def url(self, database: str, user: str = "sverka") -> str:
        return f"postgresql+psycopg://{user}@/{database}?host={self.socket_dir}&port={self.port}"

    def createdb(self, bindir: Path, name: str) -> str:
        subprocess.run(
            _as_server_user(
                [str(bindir / "createdb"), "-h", str(self.socket_dir), "-p", str(self.port), "-U", "sverka", name]
            ),
            check=True,
            capture_output=True,
        )
        return self.url(name)


@contextmanager
def running_server(bindir: Path) -> Iterator[Server]:
    base = Path(tempfile.mkdtemp(prefix="sverka-pg-"))
    base.chmod(0o777)
    data = base / "data"
    if os.geteuid() == 0:
        shutil.chown(base, "postgres")
    port = _free_port()
    subprocess.run(
        _as_server_user([str(bindir / "initdb"), "-D", str(data), "-A", "trust", "-U", "sverka", "-E", "UTF8"]),
        check=True,
        capture_output=True,
    )
    options = f"-k {base} -p {port} -c listen_addresses='' -c fsync=off"
    subprocess.run(
        _as_server_user(
            [str(bindir / "pg_ctl"), "-D", str(data), "-o", options, "-l", str(base / "log"), "-w", "start"]
        ),
        check=True,
        capture_output=True,
    )
    try:
        yield Server(base, port)
    finally:
        subprocess.run(
            _as_server_user([str(bindir / "pg_ctl"), "-D", str(data), "-m", "fast", "stop"]),
            check=False,
            capture_output=True,
        )
        shutil.rmtree(base, ignore_errors=True)


def require_passwords(server: Server, bindir: Path) -> None:
    """From now on every user but the superuser ``sverka`` logs in with a password (scram)."""
    hba = server.socket_dir / "data" / "pg_hba.conf"
    hba.write_text("local all sverka trust\nlocal all all scram-sha-256\n")
    subprocess.run(
        _as_server_user([str(bindir / "pg_ctl"), "-D", str(server.socket_dir / "data"), "reload"]),
        check=True,
        capture_output=True,
    )


def stop_server(server: Server, bindir: Path) -> None:
    """Stop the server now (the context manager's own stop then finds it stopped)."""
    subprocess.run(
        _as_server_user([str(bindir / "pg_ctl"), "-D", str(server.socket_dir / "data"), "-m", "immediate", "stop"]),
        check=True,
        capture_output=True,
    )


def psql(server: Server, bindir: Path, database: str, sql: str) -> None:
    subprocess.run(
        _as_server_user(
            [
                *(str(bindir / "psql"), "-h", str(server.socket_dir), "-p", str(server.port)),
                *("-U", "sverka", "-d", database, "-v", "ON_ERROR_STOP=1", "-c", sql),
            ]
        ),
        check=True,
        capture_output=True,
    )


def required_server_binaries() -> Path:
    """The server binaries, or skip the calling test (a machine without PostgreSQL)."""
    bindir = server_binaries()
    if bindir is None:
        pytest.skip("PostgreSQL server binaries are not installed (scripts/setup.sh installs them)")
    return bindir


@contextmanager
def database(name: str) -> Iterator[str]:
    """A throw-away server with one database ``name``; yields its URL."""
    bindir = required_server_binaries()
    with running_server(bindir) as server:
        yield server.createdb(bindir, name)
