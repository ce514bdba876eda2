"""Hostile input through the whole import path: one clear error or a clean import, never a
traceback, never a half-written article."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from sverka.db.models import Article, Sentence, Text
from sverka.db.project import Project
from sverka.ops.ingest.importer import Importer

text_values = st.one_of(st.text(max_size=200), st.integers(), st.none(), st.lists(st.integers(), max_size=3))
records = st.fixed_dictionaries(
    {},
    optional={
        "id": text_values,
        "title": text_values,
        "date": st.one_of(st.just("2022-01-05"), text_values),
        "lang": st.one_of(st.sampled_from(["ru", "en", "kk"]), text_values),
        "text": st.one_of(st.text(min_size=1, max_size=300), text_values),
        "translation_of": text_values,
    },
)


def _counts(project: Project) -> tuple[int, int, int]:
    with project.sessions() as session:
        return (
            int(session.scalar(select(func.count(Article.id))) or 0),
            int(session.scalar(select(func.count(Text.id))) or 0),
            int(session.scalar(select(func.count(Sentence.id))) or 0),
        )


def _check_consistent(project: Project) -> None:
    """Every article has an original; every sentence lies inside its text."""
    with project.sessions() as session:
        originals = select(Text.article_id).where(Text.role == "original")
        orphans = session.scalar(select(func.count(Article.id)).where(~Article.id.in_(originals)))
        assert orphans == 0
        for start, end, length in session.execute(
            select(Sentence.start, Sentence.end, func.length(Text.content)).join(Text, Text.id == Sentence.text_id)
        ):
            assert 0 <= start < end <= length


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(records, min_size=0, max_size=6), garbage=st.binary(max_size=64))
def test_hostile_jsonl(project: Project, tmp_path: Path, rows: list[dict[str, object]], garbage: bytes) -> None:
    path = tmp_path / "in.jsonl"
    body = "\n".join(json.dumps(r, ensure_ascii=False) for r in rows).encode("utf-8")
    path.write_bytes(body + (b"\n" + garbage if garbage else b""))
    before = _counts(project)
    report = Importer(project).import_paths([path])
    after = _counts(project)
    if report.errors:
        (message,) = report.errors
        assert message.startswith(str(path)) and "\n" not in message
        assert after == before  # a bad file adds nothing
    _check_consistent(project)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.one_of(st.binary(max_size=400), st.text(max_size=400).map(lambda t: t.encode("utf-8"))))
@pytest.mark.parametrize("suffix", [".txt", ".csv"])
def test_hostile_text_and_csv(project: Project, tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"in{suffix}"
    path.write_bytes(data)
    before = _counts(project)
    report = Importer(project).import_paths([path])
    if report.errors:
        assert report.errors[0].startswith(str(path)) and "\n" not in report.errors[0]
        assert _counts(project) == before
    _check_consistent(project)
