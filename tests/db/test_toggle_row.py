"""Tagging decides a row's toggle itself (on/off, every sentence of a multi-sentence row), and
every command says what it changed through explicit Changes flags."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from support.pair import write_pair
from sverka.db.models import Annotation, Entity, Link, Sentence, Text
from sverka.db.project import Project
from sverka.ops import history
from sverka.ops.alignment import edits
from sverka.ops.alignment.run import align_article
from sverka.ops.annotation import schema_edit, tagging
from sverka.ops.annotation.schemas import annotator_id, find_label
from sverka.ops.ingest.importer import Importer
from sverka.ops.names import commands as names
from sverka.ops.names.detect import detect_mentions
from sverka.ops.review import mqm, postedit

Perform = Callable[[tagging.Build], history.Executed | None]


@pytest.fixture
def pair(project: Project, tmp_path: Path) -> tuple[Project, str, list[str], list[str]]:
    """The 2-1 pair, aligned: its article id, original and translation sentence ids in order."""
    report = Importer(project).import_paths(write_pair(tmp_path / "in"))
    article = report.article_ids[0]
    align_article(project, article)
    with project.sessions() as session:
        ids = {
            role: list(
                session.scalars(
                    select(Sentence.id)
                    .join(Text, Text.id == Sentence.text_id)
                    .where(Text.article_id == article, Text.role == role)
                    .order_by(Sentence.idx)
                )
            )
            for role in ("original", "translation")
        }
    return project, article, ids["original"], ids["translation"]


def _who(project: Project) -> str:
    with project.transaction() as session:
        return annotator_id(session, "ana")


def _label(project: Project, name: str) -> str:
    with project.sessions() as session:
        label = find_label(session, name)
        assert label is not None
        return label.id


def _tagged(project: Project, sentence_ids: list[str], label_id: str) -> list[bool]:
    with project.sessions() as session:
        on = set(
            session.scalars(
                select(Annotation.sentence_id).where(
                    Annotation.sentence_id.in_(sentence_ids), Annotation.label_id == label_id
                )
            )
        )
    return [sid in on for sid in sentence_ids]


def _perform(project: Project, who: str) -> Perform:
    return lambda build: history.execute(project, build, who)


def test_toggle_one_sentence_on_then_off(pair: tuple[Project, str, list[str], list[str]]) -> None:
    project, article, src, _tgt = pair
    who, violence = _who(project), _label(project, "violence")
    on = tagging.toggle_row(_perform(project, who), [src[0]], violence, who)
    assert on.on and on.executed is not None and isinstance(on.command, tagging.AddAnnotation)
    assert on.changes.labels and on.changes.sentences == {src[0]} and on.changes.articles == {article}
    assert not (on.changes.schema or on.changes.names or on.changes.alignment or on.changes.text)
    assert _tagged(project, [src[0]], violence) == [True]
    off = tagging.toggle_row(_perform(project, who), [src[0]], violence, who)
    assert not off.on and isinstance(off.command, tagging.RemoveAnnotation) and off.changes.labels
    assert _tagged(project, [src[0]], violence) == [False]


def test_a_row_follows_its_first_sentence(pair: tuple[Project, str, list[str], list[str]]) -> None:
    project, _article, src, _tgt = pair
    who, violence = _who(project), _label(project, "violence")
    row = [src[1], src[2]]  # the two Russian sentences of the 2-1 row
    history.execute(project, lambda s: tagging.build_add(s, src[2], violence, who), who)
    # The first sentence lacks the label: it goes on the whole row, the second keeps its tag.
    on = tagging.toggle_row(_perform(project, who), row, violence, who)
    assert on.on and _tagged(project, row, violence) == [True, True]
    assert on.changes.sentences == {src[1]}  # only the sentence that changed
    # Now the first carries it: it comes off every sentence of the row, as one undo step.
    off = tagging.toggle_row(_perform(project, who), row, violence, who)
    assert not off.on and _tagged(project, row, violence) == [False, False]
    assert isinstance(off.command, history.Macro) and off.changes.sentences == set(row)
    assert off.executed is not None
    history.undo(project, off.executed.event_id)
    assert _tagged(project, row, violence) == [True, True]
    # Off on the first, on the second: the first decides, so the label goes on.
    history.execute(project, lambda s: tagging.build_remove(s, src[1], violence, who), who)
    again = tagging.toggle_row(_perform(project, who), row, violence, who)
    assert again.on and _tagged(project, row, violence) == [True, True]


def test_single_choice_toggle_is_on_though_it_removes_a_sibling(
    pair: tuple[Project, str, list[str], list[str]],
) -> None:
    project, _article, src, _tgt = pair
    who = _who(project)
    relevant, irrelevant = _label(project, "relevant"), _label(project, "not relevant")
    tagging.toggle_row(_perform(project, who), [src[0]], relevant, who)
    outcome = tagging.toggle_row(_perform(project, who), [src[0]], irrelevant, who)
    assert outcome.on and isinstance(outcome.command, history.Macro)
    assert outcome.command.describe() == "label not relevant"  # starts with "remove" nowhere
    assert _tagged(project, [src[0]], relevant) == [False] and _tagged(project, [src[0]], irrelevant) == [True]


def test_nothing_to_toggle(pair: tuple[Project, str, list[str], list[str]]) -> None:
    project, _article, src, _tgt = pair
    who, violence = _who(project), _label(project, "violence")
    with project.sessions() as session:
        empty = tagging.plan_toggle_row(session, [], violence, who)
    assert not empty.on and empty.command is None
    # A runner that builds nothing (the GUI with no project open) leaves an empty outcome.
    idle = tagging.toggle_row(lambda build: None, [src[0]], violence, who)
    assert not idle.on and idle.command is None and idle.executed is None and not idle.changes.anything
    assert _tagged(project, [src[0]], violence) == [False]


def _changes(project: Project, build: Callable[[Session], history.Command | None]) -> history.Changes:
    done = history.execute(project, build, None)
    assert done is not None
    return done.changes


def test_every_kind_of_command_names_what_it_changed(pair: tuple[Project, str, list[str], list[str]]) -> None:
    project, article, src, tgt = pair
    who = _who(project)
    violence = _label(project, "violence")
    detect_mentions(project, [article])
    with project.sessions() as session:
        link = session.scalar(select(Link.id).order_by(Link.src_from))
        entity = session.scalar(select(Entity.id).where(Entity.canonical == "Almaty"))
    assert link is not None and entity is not None
    kinds = ("labels", "schema", "names", "alignment", "text", "review")

    def flags(changes: history.Changes) -> set[str]:
        return {kind for kind in kinds if getattr(changes, kind)}

    schema = _changes(project, lambda s: schema_edit.build_update_label(s, violence, name="violent"))
    assert flags(schema) == {"schema"} and not schema.sentences
    assert flags(_changes(project, lambda s: tagging.build_note(s, src[0], who, "why"))) == {"labels"}
    assert flags(_changes(project, lambda s: tagging.build_reviewed(s, src[0], who))) == {"labels"}
    merged = _changes(project, lambda s: edits.build_merge(s, link))
    assert flags(merged) == {"alignment"} and merged.articles == {article} and merged.links
    issue = _changes(project, lambda s: mqm.build_add_issue(s, tgt[0], 0, 8, "style", "minor", "", who))
    assert flags(issue) == {"review"} and issue.sentences == {tgt[0]}
    edited = _changes(project, lambda s: postedit.build_postedit(s, tgt[0], "Mass protests in Almaty", who))
    assert flags(edited) == {"text", "review"}  # the issue's span moves with the wording
    plain = _changes(project, lambda s: postedit.build_postedit(s, tgt[1], "Police held 120 people.", who))
    assert flags(plain) == {"text"} and plain.sentences == {tgt[1]} and plain.articles == {article}
    renamed = _changes(project, lambda s: names.build_rename(s, entity, "Renamed"))
    assert flags(renamed) == {"names"} and renamed.entities == {entity}
    done = history.execute(project, lambda s: tagging.build_add(s, src[0], violence, who), who)
    assert done is not None
    assert history.undo(project, done.event_id).labels
    assert not history.undo(project, done.event_id).anything  # already undone: nothing changed


def test_macro_changes_join_their_steps() -> None:
    joined = history.Changes(sentences={"a"}, labels=True).update(history.Changes(entities={"e"}, names=True))
    assert joined.sentences == {"a"} and joined.entities == {"e"} and joined.labels and joined.names
    assert not joined.schema and joined.anything
    assert not history.Changes().anything
    assert not history.Changes(sentences={"a"}).anything  # ids alone are no kind of change


def test_removing_a_label_from_a_sentence_that_does_not_exist_is_nothing_to_do(
    pair: tuple[Project, str, list[str], list[str]],
) -> None:
    project, _article, src, _tgt = pair
    who = _who(project)
    violence = _label(project, "violence")
    with project.sessions() as session:
        assert tagging.build_remove(session, "no-such-sentence", violence, who) is None
        assert tagging.build_remove(session, src[0], "no-such-label", who) is None
        assert tagging.build_remove(session, src[0], violence, who) is None  # not on it: nothing either
