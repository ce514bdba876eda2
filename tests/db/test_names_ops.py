"""Names in a project: detection, curation commands with undo, style check, export fields."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import func, select

from sverka.db.models import Entity, Mention, Variant
from sverka.db.project import Project
from sverka.ops import history
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.ingest.importer import Importer
from sverka.ops.names import commands as cmds
from sverka.ops.names.detect import detect_mentions
from sverka.ops.views.names import entity_variants, find_entity, follows_style, list_entities, style_issues


def _write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def names_project(project: Project, tmp_path: Path) -> Project:
    src = tmp_path / "src"
    src.mkdir()
    _write(
        src,
        "a.ru.txt",
        "Беспорядки в Алма-Ате продолжаются.\n\nПрезидент Токаев выступил с обращением.\n\n"
        "Жители Алма-Аты вышли на улицы. Ержан Бабакумаров заявил о начале операции.",
    )
    _write(
        src,
        "a.en.txt",
        "Riots continue in Alma-Ata.\n\nPresident Tokayev addressed the nation.\n\n"
        "Residents of Almaty took to the streets. Yerzhan Babakumarov announced an operation.",
    )
    report = Importer(project).import_paths([src])
    assert not report.errors
    detect_mentions(project)
    return project


def _entity(project: Project, ref: str) -> str:
    with project.sessions() as session:
        return find_entity(session, ref)


def _snapshot(project: Project) -> dict[str, Any]:
    with project.sessions() as session:
        return {
            "variants": sorted(
                session.execute(
                    select(Variant.id, Variant.entity_id, Variant.spelling, Variant.origin, Variant.not_a_name)
                ).all()
            ),
            "mentions": sorted(session.execute(select(Mention.id, Mention.variant_id)).all()),
            "entities": sorted(
                (e, c, n)
                for e, c, n, d in session.execute(select(Entity.id, Entity.canonical, Entity.not_a_name, Entity.data))
            ),
        }


def test_spellings_and_case_forms_become_one_entity(names_project: Project) -> None:
    with names_project.sessions() as session:
        rows = {e.canonical: e for e in list_entities(session)}
        almaty = rows["Almaty"]
        spellings = {v.spelling for v in entity_variants(session, almaty.id) if v.mentions}
    assert {"Alma-Ata", "Almaty", "Алма-Ате", "Алма-Аты"} <= spellings
    assert almaty.mentions == 4 and almaty.origin == "gazetteer"
    assert rows["Kassym-Jomart Tokayev"].mentions == 2


def test_offsets_point_into_the_stored_text(names_project: Project) -> None:
    from sverka.db.models import Text

    with names_project.sessions() as session:
        for start, end, surface, content in session.execute(
            select(Mention.start, Mention.end, Mention.surface, Text.content).join(Text, Text.id == Mention.text_id)
        ):
            assert content[start:end] == surface


def test_rerun_replaces_mentions_and_keeps_entities(names_project: Project) -> None:
    before = _snapshot(names_project)
    summary = detect_mentions(names_project)
    after = _snapshot(names_project)
    assert summary.entities_created == 0 and summary.variants_created == 0
    assert len(after["mentions"]) == len(before["mentions"]) and after["variants"] == before["variants"]


def test_merge_undo_restores_exactly_and_applies_to_later_imports(names_project: Project, tmp_path: Path) -> None:
    almaty, baba = _entity(names_project, "Almaty"), _entity(names_project, "Yerzhan Babakumarov")
    before = _snapshot(names_project)
    done = history.execute(names_project, lambda s: cmds.build_merge(s, almaty, baba), None)
    assert done is not None and "merge" in done.description
    with names_project.sessions() as session:
        assert {r.canonical for r in list_entities(session)} >= {"Almaty"}
        assert "Yerzhan Babakumarov" not in {r.canonical for r in list_entities(session)}
    # A later detection sends the merged entity's mentions to the target (redirect).
    detect_mentions(names_project)
    with names_project.sessions() as session:
        assert "Yerzhan Babakumarov" not in {r.canonical for r in list_entities(session)}
    history.undo(names_project, done.event_id)
    detect_mentions(names_project)
    after = _snapshot(names_project)
    assert after["entities"] == before["entities"]
    assert [v for v in after["variants"]] == before["variants"]


def test_merge_then_undo_without_redetection_is_exact(names_project: Project) -> None:
    a, b = _entity(names_project, "Almaty"), _entity(names_project, "Kassym-Jomart Tokayev")
    before = _snapshot(names_project)
    done = history.execute(names_project, lambda s: cmds.build_merge(s, a, b), None)
    assert done is not None
    history.undo(names_project, done.event_id)
    assert _snapshot(names_project) == before
    history.redo(names_project, done.event_id)
    assert _snapshot(names_project) != before


def test_split_rename_not_a_name_and_undo(names_project: Project) -> None:
    almaty = _entity(names_project, "Almaty")
    before = _snapshot(names_project)
    with names_project.sessions() as session:
        vid = next(v.id for v in entity_variants(session, almaty) if v.spelling == "Alma-Ata")
    split = history.execute(names_project, lambda s: cmds.build_split(s, vid), None)
    assert split is not None
    new = _entity(names_project, "Alma-Ata")
    assert new != almaty
    # The split applies to later detection: "Alma-Ata" stays with the new entity.
    detect_mentions(names_project)
    with names_project.sessions() as session:
        assert session.scalar(select(Variant.entity_id).where(Variant.id == vid)) == new
    renamed = history.execute(names_project, lambda s: cmds.build_rename(s, new, "Alma-Ata (old name)"), None)
    hidden = history.execute(names_project, lambda s: cmds.build_not_a_name(s, entity_id=new), None)
    assert renamed is not None and hidden is not None
    with names_project.sessions() as session:
        assert "Alma-Ata (old name)" not in {r.canonical for r in list_entities(session)}
    for step in (hidden, renamed, split):
        history.undo(names_project, step.event_id)
    detect_mentions(names_project)
    assert _snapshot(names_project)["variants"] == before["variants"]


def test_not_a_name_hides_mentions_from_export_and_undo_restores(names_project: Project) -> None:
    tok = _entity(names_project, "Tokayev")
    done = history.execute(names_project, lambda s: cmds.build_not_a_name(s, entity_id=tok), None)
    assert done is not None
    surfaces = [m["surface"] for r in iter_records(names_project) for m in r["mentions"] + r["translation_mentions"]]
    assert "Токаев" not in surfaces and "Tokayev" not in surfaces
    history.undo(names_project, done.event_id)
    surfaces = [m["surface"] for r in iter_records(names_project) for m in r["mentions"] + r["translation_mentions"]]
    assert "Токаев" in surfaces and "Tokayev" in surfaces


def test_style_check_lists_other_variants(names_project: Project) -> None:
    almaty = _entity(names_project, "Almaty")
    for lang, spelling in (("en", "Almaty"), ("ru", "Алматы")):
        history.execute(names_project, lambda s, lang=lang, sp=spelling: cmds.build_style(s, almaty, lang, sp), None)
    with names_project.sessions() as session:
        issues = style_issues(session)
        originals = style_issues(session, ("original", "translation"))
    assert [i.used for i in issues] == ["Alma-Ata"]  # the English translation; "Almaty" is fine
    assert {i.used for i in originals} == {"Alma-Ata", "Алма-Ате", "Алма-Аты"}


def test_follows_style_forgives_case_endings_not_spellings() -> None:
    assert follows_style("Токаева", "Токаев", "ru")
    assert follows_style("Тоқаевтың", "Тоқаев", "kk")
    assert not follows_style("Tokaev", "Tokayev", "en")
    assert not follows_style("Алма-Аты", "Алматы", "ru")


def test_export_mentions_and_normalized_text(names_project: Project) -> None:
    almaty = _entity(names_project, "Almaty")
    history.execute(names_project, lambda s: cmds.build_style(s, almaty, "ru", "Алматы"), None)
    records = list(iter_records(names_project, ExportOptions(normalized=True)))
    first = records[0]
    assert first["text"] == "Беспорядки в Алма-Ате продолжаются."
    m = first["mentions"][0]
    assert first["text"][m["start"] : m["end"]] == "Алма-Ате" and m["canonical"] == "Almaty"
    assert m["key"] == "gaz:almaty"
    assert first["text_normalized"] == "Беспорядки в Алматы продолжаются."
    assert first["translation_normalized"] == "Riots continue in Almaty."
    t = first["translation_mentions"][0]
    assert first["translation"][t["start"] : t["end"]] == "Alma-Ata"
    plain = next(iter_records(names_project))
    assert "text_normalized" not in plain
    json.dumps(records)  # the records stay JSON-serialisable


def test_detection_counts(names_project: Project) -> None:
    with names_project.sessions() as session:
        assert session.scalar(select(func.count(Mention.id))) == 8  # 4 Almaty, 2 Tokayev, 2 Babakumarov


def test_a_name_edited_away_is_forgotten_after_detection(project: Project, tmp_path: Path) -> None:
    """The next detection drops derived spellings nothing mentions any more and ad hoc
    entities left without any; the gazetteer's entities and spellings stay."""
    from sverka.db.models import Sentence, Text
    from sverka.ops.annotation.schemas import annotator_id
    from sverka.ops.review.postedit import build_postedit

    src = tmp_path / "src"
    src.mkdir()
    # The translator named the official the original leaves unnamed.
    _write(src, "b.ru.txt", "Выступление в Алматы.\n\nЧиновник заявил о начале операции. Токаев выступил.")
    _write(src, "b.en.txt", "A speech in Almaty.\n\nBekzat Ospankulov announced an operation. Tokayev spoke.")
    assert not Importer(project).import_paths([src]).errors
    detect_mentions(project)
    bekzat, tokayev = _entity(project, "Bekzat Ospankulov"), _entity(project, "Kassym-Jomart Tokayev")
    with project.transaction() as session:
        assert {v.spelling for v in entity_variants(session, bekzat)} == {"Bekzat Ospankulov"}
        who = annotator_id(session, "ana")
        wording = {
            content[start:end]: sid
            for sid, content, start, end in session.execute(
                select(Sentence.id, Text.content, Sentence.start, Sentence.end).join(Text)
            )
        }

    def edit(sentence: str, new: str) -> None:
        sid = wording[sentence]
        assert history.execute(project, lambda s: build_postedit(s, sid, new, who), who) is not None

    def spellings(entity_id: str) -> set[str]:
        with project.sessions() as session:
            return {v.spelling for v in entity_variants(session, entity_id)}

    edit("Tokayev spoke.", "The president spoke.")
    detect_mentions(project)
    assert "Tokayev" not in spellings(tokayev) and "Kassym-Jomart Tokayev" in spellings(tokayev)  # the gazetteer's
    assert "Токаев" in spellings(tokayev)  # still in the original
    edit("Bekzat Ospankulov announced an operation.", "An official announced an operation.")
    detect_mentions(project)
    with project.sessions() as session:
        everything = {e.canonical for e in list_entities(session, include_hidden=True)}
        assert session.get(Entity, bekzat) is None
    assert "Bekzat Ospankulov" not in everything and {"Almaty", "Kassym-Jomart Tokayev"} <= everything
