"""Machine translation into the project: machine texts, cache, cancel, pivot, missing models."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from sqlalchemy import delete, func, select

from support.tiny_argos import TinyPackages, corpus_lines
from sverka.core.mt import packages
from sverka.core.mt.translator import MtOptions
from sverka.db.models import Link, MtCache, Revision, Sentence, Text
from sverka.db.project import Project
from sverka.db.search import search_sentences
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.ingest.importer import Importer
from sverka.ops.mt.assemble import assemble
from sverka.ops.mt.translate import pending_originals, translate_project
from sverka.paths import resource_path
from sverka.progress import CancelToken

SMALL = MtOptions(batch_sentences=4, max_batch_size=2, max_decoding_length=48)
RU_EN = "argos/translate-ru_en@1.0"
LIVE_RU = (
    "date 2022-01-06 Хроника событий\n"
    "05:41 GMT 06.01.2022\n"
    "Миротворцы ОДКБ прибывают в Казахстан\n"
    "Первые подразделения приземлились в аэропорту. Их встретили представители армии.\n\n"
    "06:10 GMT 06.01.2022\n"
    "Интернет отключен\n"
    "Связь в Алматы по-прежнему отсутствует.\n"
)


def write_article(folder: Path, name: str, lang: str, text: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.{lang}.txt"
    path.write_text(text, encoding="utf-8")
    return path


def flores_article(lang: str, start: int, count: int, day: int) -> str:
    lines = corpus_lines(lang)[start : start + count]
    half = count // 2
    return f"date 2022-02-{day:02d} " + lines[0] + "\n" + " ".join(lines[1:half]) + "\n\n" + " ".join(lines[half:])


def imported(project: Project, *paths: Path) -> list[str]:
    report = Importer(project).import_paths(list(paths))
    assert not report.errors
    return report.article_ids


def machine_texts(project: Project) -> list[Text]:
    with project.sessions() as session:
        return list(session.scalars(select(Text).where(Text.origin == "machine")))


def count(project: Project, model: type) -> int:
    with project.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


@pytest.fixture
def ru_en(tiny_argos: TinyPackages) -> TinyPackages:
    packages.install_file(tiny_argos.ru_en)
    return tiny_argos


def test_assemble_keeps_paragraph_breaks() -> None:
    class Row:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    source = "A b.\n\nC d. E f.\nG."
    rows = [Row(0, 4), Row(6, 10), Row(11, 15), Row(16, 18)]
    content, spans = assemble(source, rows, ["one", "two", "three", "four"])
    assert content == "one\n\ntwo three\nfour"
    assert [content[a:b] for a, b in spans] == ["one", "two", "three", "four"]


def test_missing_model_names_the_pair_and_how_to_install(project: Project, tmp_path: Path) -> None:
    imported(project, write_article(tmp_path / "in", "live", "ru", LIVE_RU))
    summary = translate_project(project, options=SMALL)
    assert summary.articles == 0 and not summary.ok
    [line] = summary.missing
    assert "1 article in ru not translated" in line and "ru→en" in line
    assert "sverka models install FILE" in line
    assert machine_texts(project) == []


@pytest.mark.slow
def test_russian_only_article_gets_a_machine_translation(ru_en: TinyPackages, project: Project, tmp_path: Path) -> None:
    demo = tmp_path / "demo"
    shutil.copytree(resource_path("demo"), demo)
    imported(project, demo)
    with project.sessions() as session:
        before = int(session.scalar(select(func.count()).select_from(Text).where(Text.role == "translation")) or 0)
    summary = translate_project(project, options=SMALL)
    # Only the Russian article without a translation; the Kazakh one has its English already.
    assert summary.ok and summary.articles == 1 and summary.models == [RU_EN]
    assert summary.translated == summary.sentences > 5 and summary.cached == 0
    [text] = machine_texts(project)
    assert (text.lang, text.role, text.model_id) == ("en", "translation", RU_EN)
    with project.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Text).where(Text.role == "translation")) == before + 1
        original = session.scalars(
            select(Text).where(Text.article_id == text.article_id, Text.role == "original")
        ).one()
        src = list(session.scalars(select(Sentence).where(Sentence.text_id == original.id).order_by(Sentence.idx)))
        tgt = list(session.scalars(select(Sentence).where(Sentence.text_id == text.id).order_by(Sentence.idx)))
        revisions = {r.sentence_id: r for r in session.scalars(select(Revision))}
        links = list(session.scalars(select(Link).where(Link.translation_id == text.id).order_by(Link.src_from)))
    assert [s.kind for s in tgt] == [s.kind for s in src] and tgt[0].kind == "title"
    assert all(s.lang == "en" and s.edited is None for s in tgt)
    for sentence in tgt:
        body = text.content[sentence.start : sentence.end]
        assert body and body == body.strip()
        assert (revisions[sentence.id].body, revisions[sentence.id].origin) == (body, "machine")
        assert revisions[sentence.id].model_id == RU_EN
    assert [(k.src_from, k.src_to, k.tgt_from, k.tgt_to, k.origin) for k in links] == [
        (i, i + 1, i, i + 1, "auto") for i in range(len(src))
    ]
    # Paragraph breaks follow the original (title line, then paragraphs split by blank lines).
    assert text.content.count("\n\n") == original.content.strip().count("\n\n")
    # The export pairs every original sentence with its machine translation and says so.
    records = list(iter_records(project, ExportOptions(article_ids=[text.article_id])))
    assert len(records) == len(src)
    assert {r["translation_origin"] for r in records} == {"machine"}
    assert {r["translation_model"] for r in records} == {RU_EN}
    assert all(r["translation"] and r["link"] == "1-1" for r in records)
    # The full-text index covers the new sentences (bulk indexed).
    word = next(w for w in text.content[tgt[-1].start : tgt[-1].end].split() if w.isalpha() and len(w) > 3)
    with project.sessions() as session:
        assert {s.id for s in tgt} & set(search_sentences(session, word))

    again = translate_project(project, options=SMALL)
    assert (again.articles, again.translated, again.cached) == (0, 0, 0) and again.ok
    assert len(machine_texts(project)) == 1


@pytest.mark.slow
def test_rerun_uses_the_cache_and_timestamps_copy_through(
    ru_en: TinyPackages, project: Project, tmp_path: Path
) -> None:
    [article] = imported(project, write_article(tmp_path / "in", "live", "ru", LIVE_RU))
    first = translate_project(project, options=SMALL)
    assert first.articles == 1 and first.translated == 6  # 8 sentences, 2 timestamps copied
    [text] = machine_texts(project)
    with project.sessions() as session:
        kinds = list(
            session.execute(
                select(Sentence.kind, Sentence.start, Sentence.end)
                .where(Sentence.text_id == text.id)
                .order_by(Sentence.idx)
            )
        )
    stamps = [text.content[a:b] for kind, a, b in kinds if kind == "timestamp"]
    assert stamps == ["05:41 GMT 06.01.2022", "06:10 GMT 06.01.2022"]
    assert "headline" in {kind for kind, _, _ in kinds}
    with project.transaction() as session:
        session.execute(delete(Text).where(Text.id == text.id))
    assert count(project, Link) == 0 and count(project, Revision) == 0
    again = translate_project(project, article_ids=[article], options=SMALL)
    assert (again.articles, again.translated, again.cached) == (1, 0, 6)
    [redone] = machine_texts(project)
    assert redone.content == text.content
    # A different beam size is a different output: it does not reuse the cache.
    with project.transaction() as session:
        session.execute(delete(Text).where(Text.id == redone.id))
    beam = translate_project(project, options=MtOptions(beam_size=1, batch_sentences=4, max_decoding_length=48))
    assert beam.translated == 6 and beam.cached == 0


@pytest.mark.slow
def test_cancel_keeps_finished_batches_and_articles(ru_en: TinyPackages, project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    paths = [write_article(folder, f"a{i}", "ru", flores_article("ru", i * 10, 10, i + 1)) for i in range(3)]
    imported(project, *paths)
    with project.sessions() as session:
        sizes = [p.size for p in pending_originals(session, "en")]  # in the order they are translated
    all_sentences = sum(sizes)

    # Cancel as soon as the first model batch is done: it stays cached, no article is half-written.
    token = CancelToken()

    def cancel_after_first_batch(done: int, total: int, message: str = "") -> None:
        if done > 0:
            token.cancel()

    first = translate_project(project, options=SMALL, progress=cancel_after_first_batch, cancel=token)
    assert first.cancelled and not first.ok and first.articles == 0
    assert first.translated == SMALL.batch_sentences == count(project, MtCache)
    assert machine_texts(project) == []

    # Cancel after the first chunk of articles is saved: those stay, complete.
    token = CancelToken()
    chunk = 0
    for size in sizes:  # the chunking rule: articles until 4 batches' worth of sentences
        chunk += size
        if chunk >= SMALL.batch_sentences * 4:
            break

    def cancel_in_second_chunk(done: int, total: int, message: str = "") -> None:
        if done > chunk:
            token.cancel()

    second = translate_project(project, options=SMALL, progress=cancel_in_second_chunk, cancel=token)
    assert second.cancelled and 0 < second.articles < 3
    assert second.cached == SMALL.batch_sentences
    saved = machine_texts(project)
    assert len(saved) == second.articles
    with project.sessions() as session:
        for text in saved:
            n = session.scalar(select(func.count()).select_from(Sentence).where(Sentence.text_id == text.id))
            links = session.scalar(select(func.count()).select_from(Link).where(Link.translation_id == text.id))
            assert n == links and (n or 0) > 0

    third = translate_project(project, options=SMALL)
    assert third.ok and third.articles == 3 - second.articles
    assert third.cached > 0 and first.translated + second.translated + third.translated == all_sentences
    assert len(machine_texts(project)) == 3


@pytest.mark.slow
def test_pivot_kk_ru_en_and_partial_coverage(tiny_argos: TinyPackages, project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    kk = write_article(folder, "kk", "kk", flores_article("kk", 0, 6, 1))
    ru = write_article(folder, "ru", "ru", flores_article("ru", 0, 6, 2))
    kk_id, ru_id = imported(project, kk, ru)
    packages.install_file(tiny_argos.kk_ru)
    partial = translate_project(project, options=SMALL)
    # kk→ru alone covers no pair into English: both languages are reported, nothing written.
    assert partial.articles == 0 and len(partial.missing) == 2
    assert any("kk→en" in line for line in partial.missing)

    packages.install_file(tiny_argos.ru_en)
    summary = translate_project(project, options=SMALL)
    assert summary.ok and summary.articles == 2
    models = {t.article_id: t.model_id for t in machine_texts(project)}
    assert models == {kk_id: "argos/translate-kk_ru@1.0 > argos/translate-ru_en@1.0", ru_id: RU_EN}
    # Russian is a target too: the Kazakh article gets a Russian machine text through kk→ru.
    to_ru = translate_project(project, to_lang="ru", options=SMALL)
    assert to_ru.articles == 1 and to_ru.article_ids == [kk_id]


@pytest.mark.slow
def test_named_articles_and_human_translations_are_respected(
    ru_en: TinyPackages, project: Project, tmp_path: Path
) -> None:
    demo = tmp_path / "demo"
    shutil.copytree(resource_path("demo"), demo)
    ids = imported(project, demo)
    with project.sessions() as session:
        human = set(session.scalars(select(Text.article_id).where(Text.role == "translation")))
    named = next(a for a in ids if a in human)
    summary = translate_project(project, article_ids=[named], options=SMALL)
    assert summary.articles == 0 and summary.ok
    assert summary.skipped == [f"article {named[:8]}: already has a translation in en"]
    assert machine_texts(project) == []


def test_chosen_model_replaces_the_route(tiny_argos: TinyPackages, project: Project, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    kk = write_article(folder, "kk", "kk", flores_article("kk", 0, 6, 1))
    ru = write_article(folder, "ru", "ru", flores_article("ru", 0, 6, 2))
    kk_id, ru_id = imported(project, kk, ru)
    packages.install_file(tiny_argos.kk_ru)
    packages.install_file(tiny_argos.ru_en)
    absent = translate_project(project, options=SMALL, model="argos/translate-de_en@1.0")
    assert absent.articles == 0 and all("translate-de_en@1.0 is not installed" in line for line in absent.missing)
    # The one package chosen: the Russian article uses it; the Kazakh one gets no pivot and is reported.
    chosen = translate_project(project, options=SMALL, model=RU_EN)
    assert chosen.article_ids == [ru_id] and chosen.models == [RU_EN]
    assert len(chosen.missing) == 1 and "1 article in kk" in chosen.missing[0] and "ru→en" in chosen.missing[0]
    assert {t.article_id for t in machine_texts(project)} == {ru_id}
    assert translate_project(project, options=SMALL).article_ids == [kk_id]  # the best route pivots
