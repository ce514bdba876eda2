"""Issue 13, build item 5: fuzzing at volume. Every reader (plain text, NAME.xx.txt groups,
JSONL, CSV/TSV), schema files, the ``.argosmodel`` installer and the JSON lines of ``sverka
tag`` and ``sverka adjudicate``: no traceback; one line per bad input naming it; the rest of the
batch still processed; nothing written for the bad input.

Marked slow. Volume per run (hypothesis examples): readers 3 × 250, import batches 40 (each a
hostile file between good ones), schema files 300, archives 2 × 200, tag and adjudicate 2 × 60
streams of up to 8 lines — about 2,000 hostile inputs, ~40 s of CPU; ``SVERKA_FUZZ_SCALE=10``
runs ten times as many.
"""

from __future__ import annotations

import io
import json
import shutil
import sys
import tempfile
import warnings
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager, redirect_stderr, redirect_stdout
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sverka.cli.main import main
from sverka.core.mt import packages
from sverka.core.readers import ReadError, read_unit
from sverka.db.models import Annotation, Article, Event, Sentence, Text
from sverka.db.project import open_project
from sverka.ops.annotation.schemas import SchemaError, load_schema_file
from sverka.ops.ingest.importer import Importer

pytestmark = pytest.mark.slow

settings.register_profile("fuzz", deadline=None, suppress_health_check=list(HealthCheck), derandomize=False)
settings.register_profile("fuzz-long", parent=settings.get_profile("fuzz"), max_examples=10_000)
SCALE = 10 if settings._current_profile == "fuzz-long" else 1


def volume(n: int) -> settings:
    # print_blob off and no example database: inputs of 100 kB are generated on purpose.
    return settings(
        deadline=None, suppress_health_check=list(HealthCheck), max_examples=n * SCALE, database=None, print_blob=False
    )


# Inputs that broke readers before (issue 13 row 4) mixed with random ones.
NASTY = [
    '{"text": "\\ud800"}',
    "[" * 100_000,
    '{"text": "a", "id": ' + "9" * 5000 + "}",
    "\x00\x00\x00",
    "\ufeff=HYPERLINK(1)",
    "." * 5000,
    "id,text\n1," + '"' * 1000,
    "\r\n\r\n\u2028\u2029\x85\x0b\x0c",
]
payloads = st.one_of(
    st.sampled_from(NASTY).map(lambda s: s.encode("utf-8", "surrogatepass")),
    st.binary(max_size=600),
    st.text(max_size=600).map(lambda t: t.encode("utf-8", "surrogatepass")),
    st.lists(
        st.dictionaries(
            st.sampled_from(["id", "title", "date", "lang", "text", "translation_of", "url"]),
            st.one_of(st.text(max_size=80), st.integers(), st.floats(), st.none(), st.booleans()),
        ),
        max_size=5,
    ).map(lambda rows: "\n".join(json.dumps(r) for r in rows).encode()),
)


@contextmanager
def scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="sverka-fuzz-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def one_line_naming(message: str, path: Path) -> None:
    assert "\n" not in message and str(path) in message, message


@pytest.mark.parametrize("suffix", [".txt", ".jsonl", ".csv"])
@volume(250)
@given(data=payloads)
def test_readers_return_drafts_or_one_read_error(suffix: str, data: bytes) -> None:
    with scratch() as folder:
        path = folder / f"in{suffix}"
        path.write_bytes(data)
        try:
            drafts = read_unit([path])
        except ReadError as exc:
            one_line_naming(str(exc), path)
        else:
            assert all(d.original.content for d in drafts)


@volume(40)
@given(bad=payloads, suffix=st.sampled_from([".txt", ".jsonl", ".csv", ".en.txt"]))
def test_a_hostile_file_in_a_batch_fails_alone(bad: bytes, suffix: str) -> None:
    """Good files before and after the hostile one import; only the hostile one is reported."""
    with scratch() as folder:
        project = open_project(folder / "p.sverka", create=True)
        try:
            (folder / "a.txt").write_text("date 2022-01-05 First\n\nThe first good article.\n", encoding="utf-8")
            hostile = folder / f"news{suffix}"
            if suffix == ".en.txt":  # the translation of a NAME.xx.txt pair
                (folder / "news.ru.txt").write_text("Протесты в Алматы.\n", encoding="utf-8")
            hostile.write_bytes(bad)
            (folder / "z.jsonl").write_text(json.dumps({"id": "z", "text": "The last good article."}) + "\n")
            paths = [folder / "a.txt", *([folder / "news.ru.txt"] if suffix == ".en.txt" else []), hostile]
            report = Importer(project).import_paths([*paths, folder / "z.jsonl"])
            for error in report.errors:
                one_line_naming(error, hostile)
            assert len(report.errors) <= 1
            with project.sessions() as session:
                titles = set(session.scalars(select(Text.content).where(Text.role == "original")))
                orphans = session.scalar(
                    select(func.count(Article.id)).where(
                        ~Article.id.in_(select(Text.article_id).where(Text.role == "original"))
                    )
                )
                bare = session.scalar(
                    select(func.count(Text.id)).where(~Text.id.in_(select(Sentence.text_id)), Text.content != "")
                )
            assert any("first good" in t for t in titles) and any("last good" in t for t in titles)
            assert orphans == 0 and bare == 0  # nothing half-written
        finally:
            project.close()


schema_docs = st.one_of(
    payloads,
    st.recursive(
        st.one_of(st.none(), st.booleans(), st.integers(), st.text(max_size=20)),
        lambda inner: st.one_of(
            st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(["name", "labels", "groups", "hotkey"]), inner)
        ),
        max_leaves=20,
    ).map(lambda doc: json.dumps(doc).encode()),
)


@volume(300)
@given(data=schema_docs)
def test_schema_files_load_or_give_one_schema_error(data: bytes) -> None:
    with scratch() as folder:
        path = folder / "schema.json"
        path.write_bytes(data)
        try:
            doc = load_schema_file(path)
        except SchemaError as exc:
            assert "\n" not in str(exc), str(exc)
        else:
            assert isinstance(doc, dict) and doc.get("name")


metadata = st.one_of(
    st.binary(max_size=200),
    st.dictionaries(
        st.sampled_from(["package_version", "from_code", "to_code", "name", "argos_version", "type"]),
        st.one_of(st.text(max_size=30), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
    ).map(lambda d: json.dumps(d).encode()),
)
members = st.lists(
    st.tuples(
        st.sampled_from(["pkg/model/model.bin", "pkg/sentencepiece.model", "pkg/README.md", "../x", "/abs", "pkg/"]),
        st.binary(max_size=64),
    ),
    max_size=4,
)


@volume(200)
@given(meta=metadata, extra=members)
def test_model_archives_install_or_give_one_model_error(meta: bytes, extra: list[tuple[str, bytes]]) -> None:
    with scratch() as folder:
        archive = folder / "x.argosmodel"
        with zipfile.ZipFile(archive, "w") as zf, warnings.catch_warnings():
            warnings.simplefilter("ignore", UserWarning)  # duplicate member names are part of the attack
            zf.writestr("pkg/metadata.json", meta)
            for name, body in extra:
                zf.writestr(name, body)
        try:
            packages.install_file(archive, models_dir=folder / "models")
        except packages.ModelError as exc:
            assert "\n" not in str(exc), str(exc)
        assert not (folder / "x").exists() and not Path("/abs").exists()


@volume(200)
@given(data=st.binary(max_size=400))
def test_archives_that_are_not_zips_give_one_model_error(data: bytes) -> None:
    with scratch() as folder:
        archive = folder / "x.argosmodel"
        archive.write_bytes(data)
        with pytest.raises(packages.ModelError) as caught:
            packages.install_file(archive, models_dir=folder / "models")
        assert "\n" not in str(caught.value)


@pytest.fixture(scope="module")
def tagged_project(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, list[str]]]:
    folder = tmp_path_factory.mktemp("tag-fuzz")
    path = folder / "p.sverka"
    assert main(["init", str(path)]) == 0
    (folder / "a.txt").write_text("date 2022-01-05 Title\n\nOne sentence. Two sentences. Three.\n", encoding="utf-8")
    assert main(["import", str(path), str(folder / "a.txt")]) == 0
    project = open_project(path)
    with project.sessions() as session:
        ids = list(session.scalars(select(Sentence.id)))
    project.close()
    yield path, ids


def _run(argv: list[str], stdin: bytes) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    old = sys.stdin
    sys.stdin = io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8", errors="surrogateescape")
    try:
        with redirect_stdout(out), redirect_stderr(err):
            code = main(argv)
    finally:
        sys.stdin = old
    return code, out.getvalue(), err.getvalue()


hostile_lines = st.one_of(
    st.binary(max_size=80).filter(lambda b: b"\n" not in b and b"\r" not in b),
    st.dictionaries(
        st.sampled_from(["sentence_id", "label", "action", "annotator", "note", "lang"]),
        st.one_of(st.text(max_size=20), st.integers(), st.none(), st.lists(st.none(), max_size=2)),
    ).map(lambda d: json.dumps(d).encode()),
    st.sampled_from([b"[]", b"null", b"{", b'"x"', b"\xff\xfe", b'{"sentence_id": "\\ud800"}']),
)


def _counts(path: Path) -> tuple[int, int]:
    project = open_project(path)
    try:
        with project.sessions() as session:
            return (
                int(session.scalar(select(func.count(Annotation.id))) or 0),
                int(session.scalar(select(func.count(Event.id))) or 0),
            )
    finally:
        project.close()


@pytest.mark.parametrize("command", ["tag", "adjudicate"])
@volume(60)
@given(bad=st.lists(hostile_lines, min_size=1, max_size=6), position=st.integers(0, 6))
def test_tag_and_adjudicate_lines_fail_one_by_one(
    tagged_project: tuple[Path, list[str]], command: str, bad: list[bytes], position: int
) -> None:
    path, ids = tagged_project
    good = [
        json.dumps({"sentence_id": ids[0], "label": "violence", "action": "toggle", "annotator": "fuzz"}).encode(),
        json.dumps({"sentence_id": ids[1], "label": "protest", "action": "toggle", "annotator": "fuzz"}).encode(),
    ]
    lines = [*bad[:position], good[0], *bad[position:], good[1]]
    annotations_before, events_before = _counts(path)
    code, out, err = _run([command, str(path), "--annotator", "fuzz"] if command == "tag" else [command, str(path)],
                          b"\n".join(lines) + b"\n")  # fmt: skip
    assert "Traceback" not in err, err
    acks = [json.loads(line) for line in out.splitlines()]
    errors = err.splitlines()
    assert all(line.startswith("sverka: stdin:") for line in errors), errors
    # Both good lines are processed wherever the bad ones are; each bad line is one error or an
    # acknowledgement (a random object can be a valid action), never both, never neither.
    assert {a["sentence_id"] for a in acks} >= {ids[0], ids[1]}
    assert len(acks) + len(errors) == len([line for line in lines if line.strip()])
    assert code == (1 if errors else 0)
    annotations_after, events_after = _counts(path)
    assert events_after - events_before == sum(1 for a in acks if a["changed"])
    assert abs(annotations_after - annotations_before) <= len(acks)
