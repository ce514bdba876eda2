"""Suggestions from people's labels: training set, cache, predictions, pre-labels and accepting."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import select

from support.suggest_corpus import labeled_project, original_sentences
from sverka.db.models import Annotator
from sverka.db.project import Project, open_project
from sverka.ops import history
from sverka.ops.annotation import schemas, tagging
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.suggest.evaluate import evaluate
from sverka.ops.suggest.model import score_sentences, trained_model, unlabeled_sentences
from sverka.ops.suggest.training import SuggestError, choose_schema, training_units
from sverka.ops.teams.annotators import AnnotatorError, ensure_annotator
from sverka.ops.teams.resolve import resolve_labels
from sverka.ops.views.suggestions import accepted_labels
from sverka.ops.workflows.suggestions import apply_suggestions, build_accept

pytest.importorskip("sklearn")


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[tuple[int, int], str | None]]:
    return labeled_project(tmp_path_factory.mktemp("suggest"))


@pytest.fixture
def project(built: tuple[Path, dict[tuple[int, int], str | None]], tmp_path: Path) -> Iterator[Project]:
    copy = tmp_path / "copy.sverka"
    copy.write_bytes(built[0].read_bytes())
    opened = open_project(copy)
    yield opened
    opened.close()


@pytest.fixture
def truth(built: tuple[Path, dict[tuple[int, int], str | None]]) -> dict[tuple[int, int], str | None]:
    return built[1]


def _schema(project: Project) -> str:
    with project.sessions() as session:
        return choose_schema(session, None)


def _label(project: Project, sid: str, name: str, who: str, kind: str = "person") -> None:
    def build(session: history.Session) -> history.Command | None:
        person = ensure_annotator(session, who, kind)
        found = schemas.find_label(session, name, "News events")
        assert found is not None
        return tagging.build_add(session, sid, found.id, person)

    history.execute(project, build, None)


def test_the_model_learns_from_people_only(project: Project) -> None:
    ids = original_sentences(project)
    for sid in ids[20][:6]:  # a model's and the gold's labels are never examples
        _label(project, sid, "protest", "model-v0", "model")
        _label(project, sid, "protest", "gold", "gold")
    with project.sessions() as session:
        schema_id = choose_schema(session, None)
        units = training_units(session, schema_id)
        assert choose_schema(session, "News events") == schema_id
        with pytest.raises(SuggestError, match="no schema named 'nope'"):
            choose_schema(session, "nope")
    assert len(units) == 16 * 6  # every sentence of the 16 labeled articles (labels or reviewed marks)
    assert not any("protest" in u.labels for u in units)
    assert all(" ‖ " in u.text for u in units), "each unit carries its translation"
    model = trained_model(project, schema_id)
    assert model.model.labels == ["violence", "economic grievance"]
    assert model.model.readiness.positives["protest"] == 0


def test_suggestions_on_articles_nobody_labeled(project: Project, truth: dict[tuple[int, int], str | None]) -> None:
    schema_id = _schema(project)
    model = trained_model(project, schema_id)
    ids = original_sentences(project)
    with project.sessions() as session:
        queued = unlabeled_sentences(session, schema_id)
        assert set(queued) == {sid for a in range(16, 24) for sid in ids[a]}
        scored = {s.sentence_id: s for s in score_sentences(session, model, queued)}
    right = 0
    for a in range(16, 24):
        for s, sid in enumerate(ids[a]):
            found = [x.label for x in model.suggestions(scored[sid].confidences)]
            right += found == ([truth[(a, s)]] if truth[(a, s)] else [])
    assert right >= 0.9 * 8 * 6


def test_the_model_is_cached_until_the_labels_change(project: Project) -> None:
    schema_id = _schema(project)
    first = trained_model(project, schema_id)
    assert trained_model(project, schema_id) is first
    _label(project, original_sentences(project)[20][0], "arrest", "ana")
    second = trained_model(project, schema_id)
    assert second is not first and second.model.trained_on == first.model.trained_on + 1


def test_evaluation_by_article(project: Project) -> None:
    result = evaluate(project, _schema(project), folds=4)
    assert result.folds == 4 and set(result.scores) == {"violence", "economic grievance"}
    assert all(s.f1 is not None and s.f1 > 0.85 for s in result.scores.values())


def test_pre_labels_are_a_model_annotator_apart_from_people(project: Project) -> None:
    schema_id = _schema(project)
    model = trained_model(project, schema_id)
    applied = apply_suggestions(project, model, "model-v1", min_confidence=0.5)
    assert applied.sentences > 10 and applied.labels == applied.sentences and applied.event_id
    with project.sessions() as session:
        kind = session.scalar(select(Annotator.kind).where(Annotator.name == "model-v1"))
        everyone = resolve_labels(session, "all")
        machine = resolve_labels(session, "annotator:model-v1")
        # the pre-labeled sentences are still the model's to-do for people, and never teach it
        assert len(unlabeled_sentences(session, schema_id)) == 8 * 6
        assert len(training_units(session, schema_id)) == 16 * 6
    assert kind == "model"
    assert len(machine) == applied.sentences and not set(machine) & set(everyone)
    assert trained_model(project, schema_id) is model  # people's labels did not change
    history.undo(project, applied.event_id)  # one step takes every pre-label back
    with project.sessions() as session:
        assert resolve_labels(session, "annotator:model-v1") == {}
    with project.transaction() as session, pytest.raises(AnnotatorError, match="exists as a person"):
        ensure_annotator(session, "ana", "model")


def test_accepting_a_rows_suggestions_is_one_step_marked_in_the_export(project: Project) -> None:
    schema_id = _schema(project)
    model = trained_model(project, schema_id)
    ids = original_sentences(project)
    with project.sessions() as session:
        scored = score_sentences(session, model, ids[20])
        target = next(s for s in scored if model.suggestions(s.confidences))
        ana = schemas.annotator_id(session, "ana")
    suggestions = model.suggestions(target.confidences)
    done = history.execute(project, lambda session: build_accept(session, [target.sentence_id], suggestions, ana), ana)
    assert done is not None and done.description.startswith("accept suggestions: ")
    with project.sessions() as session:
        assert accepted_labels(session, [target.sentence_id]) == {target.sentence_id: [(suggestions[0].label, "ana")]}
        # accepting again adds nothing
        assert build_accept(session, [target.sentence_id], suggestions, ana) is None
    records = {r["sentence_id"]: r for r in iter_records(project, ExportOptions())}
    assert records[target.sentence_id]["accepted_suggestions"] == [{"label": suggestions[0].label, "annotator": "ana"}]
    assert records[ids[20][0] if ids[20][0] != target.sentence_id else ids[20][1]]["accepted_suggestions"] == []
    history.undo(project, done.event_id)
    with project.sessions() as session:
        assert accepted_labels(session, [target.sentence_id]) == {}
    history.redo(project, done.event_id)
    with project.sessions() as session:
        assert len(accepted_labels(session, [target.sentence_id])[target.sentence_id]) == 1


def test_a_session_queue_in_a_likely_labels_order(project: Project) -> None:
    from sverka.ops.annotation import sessions
    from sverka.ops.workflows.suggest_queue import next_by_model

    schema_id = _schema(project)
    model = trained_model(project, schema_id)
    violence = model.schema.label_ids["violence"]
    with project.transaction() as session:
        bob = schemas.annotator_id(session, "bob")
    flt = sessions.QueueFilter(order=f"label:{violence}")
    assert sessions.QueueFilter.from_json(flt.to_json()) == flt
    assert sessions.QueueFilter.from_json({"article_ids": []}).order == sessions.READING  # older sessions
    state = sessions.start_session(project, bob, flt)
    assert state.filter.order == f"label:{violence}"
    first = next_by_model(project, bob, state, model, None)
    with project.sessions() as session:
        pool = sessions.queued(project, bob, state, None, 1000)
        scores = {s.sentence_id: s.confidences["violence"] for s in score_sentences(session, model, pool)}
    assert first is not None and scores[first] == max(scores.values())
    assert next_by_model(project, bob, state, None, None) is None  # no model: reading order
    unready = sessions.QueueFilter(order=f"label:{model.schema.label_ids['arrest']}")
    assert next_by_model(project, bob, sessions.start_session(project, bob, unready), model, None) is None
