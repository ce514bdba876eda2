"""Read-only views of a whole project for the CLI: the article list and the counts."""

from __future__ import annotations

from typing import Any

from sqlalchemy import distinct, func, select

from sverka.db.models import Annotation, Annotator, Article, Label, Sentence, Text
from sverka.db.project import Project
from sverka.ops.views.progress import article_progress


def list_articles(project: Project) -> list[dict[str, Any]]:
    with project.sessions() as session:
        langs: dict[str, list[str]] = {}
        for article_id, lang in session.execute(
            select(Text.article_id, func.coalesce(Text.lang_override, Text.lang)).order_by(Text.position)
        ):
            langs.setdefault(article_id, []).append(lang)  # the original comes first
        articles = session.execute(
            select(Article.id, Article.title, Article.date, Article.url).order_by(Article.position, Article.created_at)
        ).all()
        progress = article_progress(session, [a.id for a in articles])
        return [
            {
                "id": a.id,
                "title": a.title,
                "date": a.date,
                "url": a.url,
                "status": progress[a.id].status,
                "languages": langs.get(a.id, []),
                "sentences": progress[a.id].sentences,
                "labeled": progress[a.id].labeled,
            }
            for a in articles
        ]


def project_stats(project: Project) -> dict[str, Any]:
    with project.sessions() as session:

        def grouped(column: Any, *where: Any) -> dict[str, int]:
            query = select(column, func.count()).group_by(column).order_by(func.count().desc())
            for clause in where:
                query = query.where(clause)
            return {str(k): int(v) for k, v in session.execute(query)}

        sentence_lang = func.coalesce(Sentence.lang_override, Sentence.lang)
        people, person = Annotator.__table__, Annotator.kind == "person"
        return {
            "articles": session.scalar(select(func.count(Article.id))) or 0,
            "texts": session.scalar(select(func.count(Text.id))) or 0,
            "texts_by_lang": grouped(func.coalesce(Text.lang_override, Text.lang)),
            "texts_by_origin": grouped(Text.origin),
            # An article is counted in the language of its original text.
            "articles_by_lang": grouped(func.coalesce(Text.lang_override, Text.lang), Text.role == "original"),
            "sentences": session.scalar(select(func.count(Sentence.id))) or 0,
            "sentences_by_lang": {
                k: v
                for k, v in session.execute(
                    select(sentence_lang, func.count()).group_by(sentence_lang).order_by(func.count().desc())
                )
            },
            # People's labels only: the gold (adjudicated) and a model's suggestions are not
            # the team's work (their own counts are below).
            "annotations": session.scalar(select(func.count(Annotation.id)).join(people).where(person)) or 0,
            "labeled_sentences": session.scalar(
                select(func.count(distinct(Annotation.sentence_id))).join(people).where(person)
            )
            or 0,
            "labels": {
                name: int(n)
                for name, n in session.execute(
                    select(Label.name, func.count(Annotation.id))
                    .join(Annotation, Annotation.label_id == Label.id)
                    .join(people)
                    .where(person)
                    .group_by(Label.name)
                    .order_by(func.count(Annotation.id).desc())
                )
            },
            "annotators": list(session.scalars(select(Annotator.name).where(person).order_by(Annotator.name))),
            "annotations_by_kind": {
                kind: int(n)
                for kind, n in session.execute(
                    select(Annotator.kind, func.count(Annotation.id)).join(people).group_by(Annotator.kind)
                )
            },
        }
