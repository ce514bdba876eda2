"""Project-level steps that span features: setting a new project up, showing one article."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sverka.db.models import Article
from sverka.db.project import Project
from sverka.ops.annotation.schemas import install_default_schemas, install_schema
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.records import iter_records
from sverka.ops.settings import write_project_languages
from sverka.ops.views.progress import article_progress
from sverka.ops.views.refs import resolve_article


def initialise(
    project: Project, languages: Sequence[str] | None = None, schema_docs: Sequence[dict[str, Any]] = ()
) -> None:
    """Fill a new project with label schemas — these schema documents, or the defaults when
    none is given — and its languages (None: every one)."""
    with project.transaction() as session:
        if schema_docs:
            for doc in schema_docs:
                install_schema(session, doc)
        else:
            install_default_schemas(session)
        write_project_languages(session, languages)


def show_article(project: Project, ref: str) -> dict[str, Any]:
    """One article (named as :func:`resolve_article` allows) with its texts and its sentence
    records, as the dataset export writes them."""
    article_id = resolve_article(project, ref)
    with project.sessions() as session:
        article = session.get(Article, article_id)
        assert article is not None
        texts = [
            {"id": t.id, "lang": t.lang_override or t.lang, "role": t.role, "origin": t.origin, "model_id": t.model_id}
            for t in article.texts
        ]
        head = {
            "id": article.id,
            "title": article.title,
            "date": article.date,
            "url": article.url,
            "status": article_progress(session, [article.id])[article.id].status,
        }
    sentences = list(iter_records(project, ExportOptions(article_ids=[article_id])))
    return {**head, "texts": texts, "sentences": sentences}
