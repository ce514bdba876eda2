"""The sentences where people disagree, for the adjudication review: who chose what, side
by side with the sentence, its translation and any gold decision already made."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from sverka.db.models import Annotation, Annotator, Article, Label, Link, Sentence, Text
from sverka.ops.teams.resolve import decisions_by_sentence, label_order, majority_of


@dataclass(frozen=True)
class Disagreement:
    sentence_id: str
    article_id: str
    article_title: str
    idx: int
    text: str
    translation: str | None
    choices: dict[str, list[str]]  # annotator name -> labels (in schema order), people only
    majority: list[str]
    gold: list[str] | None  # None: not adjudicated yet


def _body(content: str, sentence: Sentence) -> str:
    return sentence.edited if sentence.edited is not None else content[sentence.start : sentence.end]


def _translation(session: Session, text: Text, sentence: Sentence) -> str | None:
    """The wording of the translation sentences linked to an original sentence (first
    translation of the article), or None when it has none."""
    row = session.execute(
        select(Link, Text)
        .join(Text, Text.id == Link.translation_id)
        .where(
            Text.article_id == text.article_id,
            Text.role == "translation",
            Link.src_from <= sentence.idx,
            Link.src_to > sentence.idx,
        )
        .order_by(Text.position)
    ).first()
    if row is None:
        return None
    link, translation = row
    parts = session.scalars(
        select(Sentence)
        .where(Sentence.text_id == translation.id, Sentence.idx >= link.tgt_from, Sentence.idx < link.tgt_to)
        .order_by(Sentence.idx)
    )
    return " ".join(_body(translation.content, s) for s in parts) or None


def disagreement_ids(session: Session, label: str | None = None, article_id: str | None = None) -> list[str]:
    """Sentences that two or more people labeled differently (on ``label``, if given), in
    reading order; ``article_id`` keeps one article's."""
    team = decisions_by_sentence(session, Annotator.kind == "person")
    found = []
    for sentence_id, by in team.items():
        if len(by) < 2:
            continue
        sets = [frozenset(labels) if label is None else label in labels for labels in by.values()]
        if len(set(sets)) > 1:
            found.append(sentence_id)
    if not found:
        return []
    order = (
        select(Sentence.id)
        .join(Text, Text.id == Sentence.text_id)
        .join(Article, Article.id == Text.article_id)
        .order_by(Article.position, Article.id, Text.position, Sentence.idx)
    )
    if article_id is not None:
        order = order.where(Article.id == article_id)
    wanted = set(found)
    return [sid for sid in session.scalars(order) if sid in wanted]


def list_disagreements(
    session: Session, label: str | None = None, article_id: str | None = None, offset: int = 0, limit: int = 200
) -> list[Disagreement]:
    """One page of :func:`disagreement_ids`, with texts and everyone's choices."""
    page = disagreement_ids(session, label, article_id)[offset : offset + limit]
    order = label_order(session)
    names = {r[0]: r[1] for r in session.execute(select(Annotator.id, Annotator.name))}

    def ordered(labels: set[str]) -> list[str]:
        return sorted(labels, key=lambda n: (order.get(n, len(order)), n))

    rows = []
    for sentence_id in page:
        sentence = session.get(Sentence, sentence_id)
        assert sentence is not None
        text = session.get(Text, sentence.text_id)
        assert text is not None
        article = session.get(Article, text.article_id)
        assert article is not None
        team = decisions_by_sentence(session, Annotator.kind == "person", Annotation.sentence_id == sentence_id)[
            sentence_id
        ]
        gold = decisions_by_sentence(session, Annotator.kind == "gold", Annotation.sentence_id == sentence_id).get(
            sentence_id
        )
        rows.append(
            Disagreement(
                sentence_id=sentence_id,
                article_id=article.id,
                article_title=article.title,
                idx=sentence.idx,
                text=_body(text.content, sentence),
                translation=_translation(session, text, sentence),
                choices={names[a]: ordered(labels) for a, labels in sorted(team.items(), key=lambda i: names[i[0]])},
                majority=ordered(majority_of(team)),
                gold=ordered(set().union(*gold.values())) if gold else None,
            )
        )
    return rows


def label_names(session: Session) -> list[str]:
    return list(session.scalars(select(Label.name).order_by(Label.position, Label.name)))
