"""Issue 13, build item 5, for the peer importers: TMX, Label Studio JSON and doccano JSONL
fuzzed through :func:`sverka.ops.workflows.peer_import.import_files`, each hostile file in one
batch with a good file: no exception escapes, one error line naming the hostile file (or it
imports, when the random input happens to be valid), the good file still imported, nothing
written for the hostile file when it was refused.

Marked slow. Volume per run (hypothesis examples): 3 formats × 150 hostile files (random bytes,
broken and deeply nested XML/JSON, entity declarations, huge numbers, lone surrogates, wrong
encodings, random but well-formed documents in the format's shape), each in a batch with a good
file — 450 batches, about 50 s of CPU (under 2 min wall) on the shared 2-core machine; ``SVERKA_FUZZ_SCALE=10`` (or
the ``fuzz-long`` profile) runs ten times as many.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sverka.db.models import Article, Text
from sverka.db.project import open_project
from sverka.ops.workflows.peer_import import PeerOptions, import_files
from sverka.paths import storable

pytestmark = pytest.mark.slow

SCALE = int(os.environ.get("SVERKA_FUZZ_SCALE", "10" if settings._current_profile == "fuzz-long" else "1"))


def volume(n: int) -> settings:
    return settings(
        deadline=None, suppress_health_check=list(HealthCheck), max_examples=n * SCALE, database=None, print_blob=False
    )


GOOD_TEXT = "date 2022-01-05 Good\n\nThe one good article of the batch.\n"

# Attacks on any reader: bytes that broke readers before (issue 13 row 4) and encoding tricks.
COMMON_NASTY: list[bytes] = [
    b"",
    b"\x00\x00\x00",
    b"\xff\xfe\x00\xd8",  # UTF-16 LE BOM then a lone surrogate
    b"\xef\xbb\xbf",
    "\ud800".encode("utf-8", "surrogatepass"),
    b"\xc3\x28\xa0\xa1",
    b"[" * 100_000,
    b"{" * 50_000,
    b"9" * 5000,
]

TMX_NASTY: list[bytes] = [
    b"<tmx>" * 10_000,
    b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;">]>'
    b"<tmx><body><tu><tuv xml:lang='en'><seg>&b;</seg></tuv></tu></body></tmx>",
    b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    b"<tmx><body><tu><tuv xml:lang='en'><seg>&x;</seg></tuv></tu></body></tmx>",
    b'<?xml version="1.0"?><!DOCTYPE tmx [<!ENTITY % p SYSTEM "http://127.0.0.1:9/x.dtd"> %p;]><tmx/>',
    b"<tmx><body><tu><tuv xml:lang='en'><seg>&undefined;</seg></tuv></tu></body></tmx>",
    b'<?xml version="1.0" encoding="x-no-such"?><tmx/>',  # LookupError escaped the reader before
    b'<?xml version="1.0" encoding="rot13"?><tmx/>',
    b'<?xml version="1.0" encoding="shift_jis"?><tmx/>',  # multi-byte: ValueError from expat
    b'<?xml version="1.0" encoding="idna"?><tmx/>',
    b'<?xml version="1.0" encoding="utf-16"?><tmx><body/></tmx>',
    # Declared KOI8-R, written UTF-8 (and the other way round).
    '<?xml version="1.0" encoding="koi8-r"?><tmx><body><tu><tuv xml:lang="ru"><seg>Привет</seg>'.encode()
    + b"</tuv></tu></body></tmx>",
    '<?xml version="1.0"?><tmx><body><tu><tuv xml:lang="ru"><seg>Привет</seg>'.encode("koi8-r")
    + b"</tuv></tu></body></tmx>",
    b"<tmx><body><tu><tuv xml:lang='en'><seg>&#xD800;</seg></tuv></tu></body></tmx>",
    b"<tmx><body><tu><tuv xml:lang='en'><seg>&#99999999999999999999;</seg></tuv></tu></body></tmx>",
    b"<tmx><body><tu><tuv xml:lang='qq'><seg>x</seg></tuv></tu></body></tmx>",
    b"<tmx><body><tu srclang='de'><tuv xml:lang='en'><seg>x</seg></tuv></tu></body></tmx>",
    b"<tmx><body><tu><tuv xml:lang='en'><seg>"
    + b"<hi>" * 300
    + b"x"
    + b"</hi>" * 300
    + b"</seg></tuv></tu></body></tmx>",
    b"<tmx><body><tu><tuv xml:lang='en'><seg>a</seg><seg>b</seg></tuv></tu></body></tmx>",
    b"<tmx><body>" + b"<tu><tuv xml:lang='en'><seg>.</seg></tuv></tu>" * 2000 + b"</body></tmx>",
    b"<tmx><body></body></tmx><tmx/>",
    b"<x:tmx xmlns:x='urn:x'><x:body/></x:tmx>",
    b"<tmx><body><tu><tuv xml:lang='en'><seg>a\x01b</seg></tuv></tu></body></tmx>",
]

LANGS = ["en", "ru", "kk", "EN-us", "*all*", "", "zz", "\ud800", "x" * 300]
tmx_text = st.text(max_size=30).map(lambda t: t.replace("&", "&amp;").replace("<", "&lt;"))


def _attr(name: str, value: str) -> str:
    return f' {name}="{value}"'


tuv = st.builds(
    lambda lang, seg, code: f"<tuv{_attr('xml:lang', lang)}><seg>{seg}{code}</seg></tuv>",
    st.sampled_from(LANGS),
    tmx_text,
    st.sampled_from(["", "<bpt i='1'>&lt;b&gt;</bpt>", "<ph/>", "<hi>x</hi>", "<sub>y</sub>", "<seg/>"]),
)
prop = st.builds(
    lambda kind, value: f"<prop type='{kind}'>{value}</prop>",
    st.sampled_from(["x-sverka-article", "x-sverka-title", "x-sverka-date", "x-article-id", "other"]),
    st.one_of(tmx_text, st.sampled_from(["2022-01-05", "2022-13-45", "9" * 400])),
)
tu = st.builds(
    lambda src, props, tuvs: (
        f"<tu{_attr('srclang', src) if src is not None else ''}>{''.join(props)}{''.join(tuvs)}</tu>"
    ),
    st.one_of(st.none(), st.sampled_from(LANGS)),
    st.lists(prop, max_size=3),
    st.lists(tuv, max_size=4),
)
tmx_docs = st.builds(
    lambda header, tus, head: f"{head}<tmx version='1.4'>{header}<body>{''.join(tus)}</body></tmx>".encode(
        "utf-8", "surrogatepass"
    ),
    st.sampled_from(["", "<header srclang='en'/>", "<header srclang='*all*'/>", "<header/>"]),
    st.lists(tu, max_size=5),
    st.sampled_from(["", "\ufeff", "<!DOCTYPE tmx SYSTEM 'tmx14.dtd'>"])
    | st.sampled_from(["UTF-8", "utf-16", "koi8-r", "latin-1", "x-bogus", "rot13", "utf-7", "gb18030"]).map(
        lambda name: f'<?xml version="1.0" encoding="{name}"?>'
    ),
)

json_scalars = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    st.text(max_size=20),
    st.sampled_from(["protest", "violence", "2022-01-05", "2022-02-30", "en", "ru", "zz", "\ud800", ""]),
)
ls_keys = ["data", "text", "annotations", "predictions", "result", "type", "value", "choices", "meta", "article"]
ls_keys += ["article_id", "title", "date", "lang", "translation", "translation_lang", "was_cancelled", "external_id"]
json_trees = st.recursive(
    json_scalars,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(st.sampled_from(ls_keys), inner, max_size=5)),
    max_leaves=25,
)
label_studio_tasks = st.builds(
    lambda text, kind, choices, meta: {
        "data": {"text": text, **meta},
        "annotations": [{"result": [{"type": kind, "value": {"choices": choices}}]}],
    },
    st.one_of(st.text(max_size=40), json_scalars),
    st.sampled_from(["choices", "labels", "textarea", None]),
    st.one_of(st.lists(st.one_of(st.text(max_size=10), json_scalars), max_size=3), json_scalars),
    st.dictionaries(
        st.sampled_from(["article", "title", "date", "lang", "translation", "translation_lang"]), json_scalars
    ),
)
doccano_records = st.builds(
    lambda text, label, extra: {"text": text, "label": label, **extra},
    st.one_of(st.text(max_size=40), json_scalars),
    st.one_of(st.lists(st.one_of(st.text(max_size=10), st.lists(json_scalars, max_size=3)), max_size=3), json_scalars),
    st.dictionaries(st.sampled_from(["article", "meta", "title", "date", "lang", "id"]), json_trees, max_size=3),
)


def _dumps(value: object) -> bytes:
    return json.dumps(value, ensure_ascii=False).encode("utf-8", "surrogatepass")


JSON_NASTY: list[bytes] = [
    b'[{"data": {"text": "\\ud800"}}]',
    b'[{"data": {"text": "a", "article": ' + b"9" * 5000 + b"}}]",
    b'[{"data": {"text": "a"}, "annotations": ' + b"[" * 5000 + b"]" * 5000 + b"}]",
    b'[{"data": {"text": "a"}}, ',
    b'{"data": "x"}',
    b"[1e999999, NaN, -Infinity]",
    '[{"data": {"text": "Привет"}}]'.encode("cp1251"),
    '[{"data": {"text": "Привет"}}]'.encode("utf-16"),
    b'[{"data": {"text": "a"}, "annotations": [{"result": [{"type": "choices", "value": {"choices": [1, null]}}]}]}]',
]
JSONL_NASTY: list[bytes] = [
    b'{"text": "\\ud800", "label": []}',
    b'{"text": "a", "label": [], "id": ' + b"9" * 5000 + b"}",
    b'{"text": "a", "label": ' + b"[" * 100_000,
    b'{"text": "a", "label": [[0, 1, "X"]]}',
    b'{"text": "a", "label": ["x"]}\n{"text": ',
    b'{"text": "a", "label": ["x"], "meta": {"date": "2022-99-99"}}',
    '{"text": "Привет", "label": ["x"]}'.encode("cp1251"),
    b'{"text": "a", "label": "not a list"}',
    b'{"text": "a", "label": [], "lang": 5}',
]

hostile_tmx = st.one_of(st.sampled_from(COMMON_NASTY + TMX_NASTY), st.binary(max_size=400), tmx_docs)
hostile_label_studio = st.one_of(
    st.sampled_from(COMMON_NASTY + JSON_NASTY),
    st.binary(max_size=400),
    json_trees.map(_dumps),
    st.lists(label_studio_tasks, max_size=4).map(_dumps),
)
hostile_doccano = st.one_of(
    st.sampled_from(COMMON_NASTY + JSONL_NASTY),
    st.binary(max_size=400).map(lambda b: b'{"text": "x", "label": []}\n' + b),
    st.lists(doccano_records, min_size=1, max_size=4).map(lambda rows: b"\n".join(_dumps(r) for r in rows)),
)


@contextmanager
def scratch() -> Iterator[Path]:
    folder = Path(tempfile.mkdtemp(prefix="sverka-fuzz-peer-"))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _count(project: object, query: object) -> int:
    with project.sessions() as session:  # type: ignore[attr-defined]
        return int(session.scalar(query) or 0)


def _import_batch(name: str, bad: bytes, fmt: str | None, before: bool) -> None:
    with scratch() as folder:
        project = open_project(folder / "p.sverka", create=True)
        try:
            good = folder / "good.txt"
            good.write_text(GOOD_TEXT, encoding="utf-8")
            hostile = folder / name
            hostile.write_bytes(bad)
            paths = [good, hostile] if before else [hostile, good]
            options = PeerOptions(fmt=fmt, annotator="fuzz", create_labels=True)
            done = import_files(project, paths, options)  # nothing may escape
            errors = done.report.errors
            assert len(errors) <= 1, errors
            for error in errors:
                assert "\n" not in error and str(hostile) in error, error
            good_articles = _count(project, select(func.count(Article.id)).where(Article.source == storable(good)))
            assert good_articles == 1, errors
            if errors:  # refused: nothing of it was written
                written = _count(project, select(func.count(Article.id)).where(Article.source.like(f"{hostile}%")))
                assert written == 0, errors
            texts = _count(project, select(func.count(Text.id)).where(Text.content.contains("one good article")))
            assert texts == 1
        finally:
            project.close()


@volume(150)
@given(bad=hostile_tmx, before=st.booleans())
def test_hostile_tmx_fails_alone(bad: bytes, before: bool) -> None:
    _import_batch("memory.tmx", bad, None, before)


@volume(150)
@given(bad=hostile_label_studio, before=st.booleans())
def test_hostile_label_studio_json_fails_alone(bad: bytes, before: bool) -> None:
    _import_batch("export.json", bad, None, before)


@volume(150)
@given(bad=hostile_doccano, before=st.booleans())
def test_hostile_doccano_jsonl_fails_alone(bad: bytes, before: bool) -> None:
    # By content, as the CLI does (a forced format would apply to the good file too): a file
    # whose first record is not doccano-shaped goes to Sverka's own JSONL reader, fuzzed as well.
    _import_batch("labels.jsonl", bad, None, before)
