"""Installing, listing and removing models; the package index path, offline and on loopback."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from support.tiny_argos import TinyPackages
from sverka.core.mt import packages
from sverka.core.mt.packages import ModelError, OfflineError


def _entries(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.exists() else []


@pytest.mark.slow
def test_install_list_remove(tiny_argos: TinyPackages) -> None:
    model = packages.install_file(tiny_argos.ru_en)
    assert (model.name, model.from_code, model.to_code, model.version) == (
        "translate-ru_en",
        "ru",
        "en",
        "1.0",
    )
    assert model.model_id == "argos/translate-ru_en@1.0"
    root = model.path.parent
    assert root == Path(os.environ["SVERKA_HOME"]) / "models"
    assert _entries(root) == ["translate-ru_en"]  # no staging folder left behind
    assert [m.name for m in packages.installed_models()] == ["translate-ru_en"]
    assert packages.find_model("translate-ru_en").path == model.path

    with pytest.raises(ModelError, match="already installed"):
        packages.install_file(tiny_argos.ru_en)
    assert packages.install_file(tiny_argos.ru_en, replace=True).path == model.path
    assert _entries(root) == ["translate-ru_en"]

    packages.remove_model("translate-ru_en")
    assert packages.installed_models() == []
    assert _entries(root) == []
    with pytest.raises(ModelError, match="no such model"):
        packages.remove_model("translate-ru_en")
    with pytest.raises(ModelError, match="not a model name"):
        packages.remove_model("../models")


def test_listing_skips_broken_and_staging_folders(tmp_path: Path) -> None:
    (tmp_path / "broken").mkdir()
    (tmp_path / "broken" / "metadata.json").write_text("{")
    (tmp_path / ".installing-x").mkdir()
    assert packages.installed_models(tmp_path) == []
    packages.clean_leftovers(tmp_path)
    assert _entries(tmp_path) == ["broken"]


@pytest.mark.slow
def test_argostranslate_installs_the_tiny_package_too(tiny_argos: TinyPackages, tmp_path: Path) -> None:
    """The fixture is a genuine Argos package: argostranslate's own installer accepts it."""
    code = (
        "import sys; from pathlib import Path; from argostranslate import package;"
        "package.install_from_path(Path(sys.argv[1]));"
        "print([(p.from_code, p.to_code, p.package_version)"
        " for p in package.get_installed_packages()])"
    )
    env = {**os.environ, "ARGOS_PACKAGES_DIR": str(tmp_path / "argos")}
    out = subprocess.run(
        [sys.executable, "-c", code, str(tiny_argos.ru_en)],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    assert "('ru', 'en', '1.0')" in out.stdout


# --- the package index ---------------------------------------------------------------------


def test_offline_index_fails_fast_with_one_clear_line(monkeypatch: pytest.MonkeyPatch) -> None:
    # Port 9 on loopback: nothing listens, the connection is refused at once.
    monkeypatch.setenv(packages.INDEX_ENV, "http://127.0.0.1:9/index.json")
    started = time.monotonic()
    with pytest.raises(OfflineError) as info:
        packages.install_from_index("ru", "en")
    assert time.monotonic() - started < 5
    message = str(info.value)
    assert "package index unavailable" in message and "sverka models install FILE" in message
    assert "\n" not in message
    assert [p for p in packages.installed_models()] == []


def test_failed_dns_is_reported_as_offline(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(-3, "Temporary failure in name resolution")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    with pytest.raises(OfflineError, match=r"cannot reach raw\.githubusercontent\.com"):
        packages.fetch_index()


def test_hanging_dns_is_cut_short(monkeypatch: pytest.MonkeyPatch) -> None:
    """A resolver that never answers must not stall for its own ~20 s of retries."""
    release = threading.Event()

    def slow_dns(*args: object, **kwargs: object) -> None:
        release.wait(10)
        raise socket.gaierror(-3, "too late")

    monkeypatch.setattr(socket, "getaddrinfo", slow_dns)
    started = time.monotonic()
    with pytest.raises(OfflineError, match="no network"):
        packages.fetch_index("https://index.invalid/index.json", timeout=0.3)
    assert time.monotonic() - started < 2
    release.set()


@pytest.fixture
def loopback_index(tiny_argos: TinyPackages) -> Iterator[str]:
    """Serve the tiny package and an index pointing at it on 127.0.0.1 (not the network)."""
    folder = tiny_argos.folder
    handler = partial(SimpleHTTPRequestHandler, directory=str(folder))
    handler.log_message = lambda *a: None  # type: ignore[attr-defined]
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_port}"
    index = [
        {
            "type": "translate",
            "from_code": "ru",
            "to_code": "en",
            "package_version": "1.0",
            "links": [f"{base}/{tiny_argos.ru_en.name}"],
        }
    ]
    (folder / "index.json").write_text(json.dumps(index))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"{base}/index.json"
    server.shutdown()
    server.server_close()


@pytest.mark.slow
def test_install_from_index_over_loopback(loopback_index: str) -> None:
    seen: list[int] = []
    model = packages.install_from_index("ru", "en", url=loopback_index, progress=lambda d, t, m="": seen.append(d))
    assert model.name == "translate-ru_en"
    assert seen and seen[-1] > 0
    assert _entries(model.path.parent) == ["translate-ru_en"]  # the download was cleaned up
    with pytest.raises(ModelError, match="no such model in the Argos package index"):
        packages.install_from_index("de", "en", url=loopback_index)
