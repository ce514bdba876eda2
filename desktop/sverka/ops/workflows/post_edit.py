"""What happens after a post-edit (or its undo): the sentence's wording changed, so its name
mentions are found again in the new wording (names panel, highlights, exports, the style
check). The desktop app runs it after its post-edits; ``sverka review postedit`` does too."""

from __future__ import annotations

from sqlalchemy import select

from sverka.db.models import Sentence, Text
from sverka.db.project import Project


def after_postedit(project: Project, sentence_id: str) -> set[str]:
    """Find the mentions of the sentence's article again; the entities its sentence now names."""
    from sverka.ops.names.detect import detect_mentions  # loads the gazetteer: only when needed
    from sverka.ops.views.names import mention_spans

    with project.sessions() as session:
        article_id = session.scalar(
            select(Text.article_id).join(Sentence, Sentence.text_id == Text.id).where(Sentence.id == sentence_id)
        )
    if article_id is None:
        return set()
    detect_mentions(project, [article_id])
    with project.sessions() as session:
        return {span.entity_id for span in mention_spans(session, [sentence_id]).get(sentence_id, [])}
