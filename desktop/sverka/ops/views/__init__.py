"""Read-only, Qt-free queries behind the desktop views.

Everything here returns plain frozen rows keyed by ids, never live ORM objects, so the UI
can cache them and refresh just the rows a command changed. Lists are id lists first
(sorted and filtered in SQL) and row details are fetched per page, which keeps a project of
10,000 articles / 300,000 sentences responsive.

- :mod:`.article_list`: the article list (filter, sort, page rows, languages);
- :mod:`.side_by_side`: one article's texts, alignment rows and sentence cells;
- :mod:`.schema`: a label schema for the schema editor;
- :mod:`.qa`: the QA checks' findings on a project's aligned translations.
"""

from sverka.ops.views.article_list import (
    ARTICLE_SORTS,
    STATUSES,
    ArticleFilter,
    ArticleRow,
    article_ids,
    article_rows,
    derive_status,
    project_languages,
)
from sverka.ops.views.schema import GroupRow, SchemaDetail, SchemaLabelRow, schema_detail
from sverka.ops.views.side_by_side import (
    REVIEW_BELOW,
    AlignRow,
    ArticleView,
    Box,
    SentenceCell,
    TextSide,
    alignment_rows,
    article_of_sentence,
    article_view,
    last_article,
    sentence_cells,
    span_box,
    untranslated_box,
)

__all__ = [
    "ARTICLE_SORTS",
    "REVIEW_BELOW",
    "STATUSES",
    "AlignRow",
    "ArticleFilter",
    "ArticleRow",
    "ArticleView",
    "Box",
    "GroupRow",
    "SchemaDetail",
    "SchemaLabelRow",
    "SentenceCell",
    "TextSide",
    "alignment_rows",
    "article_ids",
    "article_of_sentence",
    "article_rows",
    "article_view",
    "derive_status",
    "last_article",
    "project_languages",
    "schema_detail",
    "sentence_cells",
    "span_box",
    "untranslated_box",
]
