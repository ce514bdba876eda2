"""A project of small ru/en articles whose sentences are about violence, prices or the weather,
with one person's labels on the first articles: what the suggestion tests train on."""

from __future__ import annotations

import json
import random
from pathlib import Path

from sverka.db.project import Project, open_project
from sverka.ops import history
from sverka.ops.annotation import schemas, tagging

# (Russian original, English translation, label or None)
PHRASES = [
    ("Толпа подожгла здание акимата", "The crowd set fire to the akimat building", "violence"),
    ("Протестующие разбили витрины и подожгли машины", "Protesters smashed windows and set cars on fire", "violence"),
    ("В центре города шли столкновения и стрельба", "Clashes and shooting went on in the city centre", "violence"),
    ("Цены на газ выросли вдвое", "Gas prices doubled", "economic grievance"),
    (
        "Люди жалуются на низкие зарплаты и рост цен",
        "People complain about low wages and rising prices",
        "economic grievance",
    ),
    ("Безработица в регионе растёт", "Unemployment in the region is rising", "economic grievance"),
    ("Погода в выходные будет тёплой", "The weather at the weekend will be warm", None),
    ("В парке открылась новая выставка", "A new exhibition opened in the park", None),
    ("Футбольный матч закончился вничью", "The football match ended in a draw", None),
]
PLACES = [("в Алматы", "in Almaty"), ("в Жанаозене", "in Zhanaozen"), ("в Таразе", "in Taraz"), ("", "")]


def write_corpus(
    path: Path, articles: int = 24, per_article: int = 6, seed: int = 1
) -> dict[tuple[int, int], str | None]:
    """A JSONL file of ``articles`` originals with translations; returns (article, sentence) -> label."""
    rng = random.Random(seed)
    truth: dict[tuple[int, int], str | None] = {}
    lines = []
    for a in range(articles):
        ru, en = [], []
        for s in range(per_article):
            phrase_ru, phrase_en, label = rng.choice(PHRASES)
            place_ru, place_en = rng.choice(PLACES)
            ru.append(f"{phrase_ru} {place_ru}".strip() + f" ({a}.{s}).")
            en.append(f"{phrase_en} {place_en}".strip() + f" ({a}.{s}).")
            truth[(a, s)] = label
        lines.append({"id": f"a{a}", "title": f"Report {a}", "lang": "ru", "text": " ".join(ru)})
        lines.append({"id": f"a{a}-en", "lang": "en", "text": " ".join(en), "translation_of": f"a{a}"})
    path.write_text("".join(json.dumps(x, ensure_ascii=False) + "\n" for x in lines), encoding="utf-8")
    return truth


def original_sentences(project: Project) -> list[list[str]]:
    """The body sentence ids of each article's original, in article order."""
    from sqlalchemy import select

    from sverka.db.models import Article, Sentence, Text

    out: list[list[str]] = []
    with project.sessions() as session:
        for (article_id,) in session.execute(select(Article.id).order_by(Article.position)):
            out.append(
                list(
                    session.scalars(
                        select(Sentence.id)
                        .join(Text, Text.id == Sentence.text_id)
                        .where(Text.article_id == article_id, Text.role == "original", Sentence.kind == "body")
                        .order_by(Sentence.idx)
                    )
                )
            )
    return out


def label_articles(
    project: Project, truth: dict[tuple[int, int], str | None], articles: range, who: str = "ana"
) -> int:
    """Label the original sentences of ``articles`` as person ``who`` by the truth (a sentence
    without a label is marked reviewed); returns how many labels were put."""
    ids = original_sentences(project)
    put = 0
    for a in articles:
        for s, sid in enumerate(ids[a]):
            label = truth[(a, s)]

            def build(session: history.Session, sid: str = sid, label: str | None = label) -> history.Command | None:
                person = schemas.annotator_id(session, who)
                if label is None:
                    return tagging.build_reviewed(session, sid, person, True)
                found = schemas.find_label(session, label, "News events")
                assert found is not None
                return tagging.build_add(session, sid, found.id, person)

            history.execute(project, build, None)
            put += label is not None
    return put


def labeled_project(tmp_path: Path, labeled_articles: int = 16) -> tuple[Path, dict[tuple[int, int], str | None]]:
    """A project file with the corpus imported and the first ``labeled_articles`` labeled by ana."""
    from sverka.ops.ingest.importer import Importer
    from sverka.ops.workflows.post_import import after_import
    from sverka.ops.workflows.project import initialise

    corpus = tmp_path / "corpus.jsonl"
    truth = write_corpus(corpus)
    path = tmp_path / "suggest.sverka"
    project = open_project(path, create=True)
    try:
        initialise(project)
        report = Importer(project).import_paths([corpus])
        after_import(project, report)
        label_articles(project, truth, range(labeled_articles))
    finally:
        project.close()
    return path, truth
