"""``sverka review PROJECT …``: post-edit translated sentences and record MQM errors.

Subcommands: ``postedit``, ``issue``, ``remove-issue``, ``issues`` and ``history``. Every
change is one undoable command in the project's event log (the GUI's Ctrl+Z reaches it).
Sentence and issue ids may be shortened to a unique prefix of at least 6 characters.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from typing import Any

from sverka.cli.common import CliError, add_project_arg, opened_project, print_json
from sverka.db.project import Project
from sverka.ops.annotation.schemas import annotator_id
from sverka.ops.history import Command, Session, execute
from sverka.ops.review import mqm, postedit
from sverka.ops.views import refs
from sverka.ops.views import review as scores
from sverka.ops.workflows.post_edit import after_postedit


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "review",
        help="post-edit translations and mark MQM errors",
        description="Post-edit translated sentences and record MQM errors (category + severity on a span); "
        "list issues with MQM scores (minor 1, major 5, critical 10; per 100 words) and a sentence's revisions.",
    )
    add_project_arg(p)
    actions = p.add_subparsers(dest="review_command", metavar="ACTION", parser_class=type(p))
    actions.required = True

    edit = actions.add_parser("postedit", help="give a translated sentence new wording")
    edit.add_argument("sentence", metavar="SENTENCE_ID")
    edit.add_argument("text", metavar="TEXT", help="the new wording")
    edit.add_argument("--annotator", required=True, metavar="NAME")
    edit.set_defaults(func=run_postedit)

    issue = actions.add_parser(
        "issue",
        help="record an MQM error on a span of a translated sentence",
        description="Categories: " + ", ".join(mqm.CATEGORIES) + ". Severities: minor, major, critical (or 1/2/3). "
        "The span is START:END in characters of the sentence's current wording (see `history`).",
    )
    issue.add_argument("sentence", metavar="SENTENCE_ID")
    issue.add_argument("--span", required=True, metavar="START:END", help="character span, e.g. 0:12 (END exclusive)")
    issue.add_argument("--category", required=True, metavar="C")
    issue.add_argument("--severity", required=True, metavar="S")
    issue.add_argument("--note", default="", metavar="TEXT")
    issue.add_argument("--annotator", required=True, metavar="NAME")
    issue.set_defaults(func=run_issue)

    remove = actions.add_parser("remove-issue", help="delete an MQM issue (undoable)")
    remove.add_argument("issue", metavar="ISSUE_ID")
    remove.add_argument("--annotator", required=True, metavar="NAME")
    remove.set_defaults(func=run_remove)

    listing = actions.add_parser("issues", help="list MQM issues with per-sentence and per-article scores")
    listing.add_argument("--article", action="append", metavar="ID", help="only these articles (repeatable)")
    listing.add_argument("--json", action="store_true", help="machine-readable output")
    listing.set_defaults(func=run_issues)

    hist = actions.add_parser("history", help="a sentence's revisions and its diff against the machine output")
    hist.add_argument("sentence", metavar="SENTENCE_ID")
    hist.add_argument("--json", action="store_true", help="machine-readable output")
    hist.set_defaults(func=run_history)


# --- helpers ------------------------------------------------------------------------------------


def _resolve(project: Project, resolve: Callable[[Session, str], str], ref: str) -> str:
    """The id a user's reference names (see :mod:`sverka.ops.views.refs`)."""
    with project.sessions() as session:
        try:
            return resolve(session, ref)
        except LookupError as exc:
            raise CliError(str(exc)) from exc


def _span(value: str) -> tuple[int, int]:
    try:
        start, end = (int(part) for part in value.split(":"))
    except ValueError:
        raise CliError(f"--span must be START:END in characters, e.g. 0:12 (got {value!r})", 2) from None
    return start, end


def _run(project: Project, build: Any, who: str) -> Any:
    def wrapped(session: Session) -> Command | None:
        command: Command | None = build(session)
        if command is not None:
            command.actor = annotator_id(session, who)
        return command

    try:
        return execute(project, wrapped, None)
    except LookupError as exc:  # PostEditError and MqmError are LookupErrors
        raise CliError(str(exc).strip("'\"")) from exc


def _who(name: str) -> str:
    if not name.strip():
        raise CliError("--annotator must name someone", 2)
    return name.strip()


# --- actions ------------------------------------------------------------------------------------


def run_postedit(args: argparse.Namespace) -> int:
    who = _who(args.annotator)
    with opened_project(args.project) as project:
        sid = _resolve(project, refs.resolve_sentence, args.sentence)

        def build(session: Session) -> Command | None:
            return postedit.build_postedit(session, sid, args.text, annotator_id(session, who))

        done = _run(project, build, who)
        if done:
            after_postedit(project, sid)  # the new wording's name mentions
        with project.sessions() as session:
            diff = postedit.diff_text(postedit.sentence_history(session, sid).diff)
    sys.stdout.write(("post-edited " if done else "unchanged ") + sid + "\n" + diff + "\n")
    return 0


def run_issue(args: argparse.Namespace) -> int:
    who = _who(args.annotator)
    start, end = _span(args.span)
    with opened_project(args.project) as project:
        sid = _resolve(project, refs.resolve_sentence, args.sentence)
        holder: dict[str, str] = {}

        def build(session: Session) -> Command | None:
            command = mqm.build_add_issue(
                session, sid, start, end, args.category, args.severity, args.note, annotator_id(session, who)
            )
            holder["id"] = getattr(command, "row", {}).get("id", "")
            return command

        _run(project, build, who)
        with project.sessions() as session:
            row = scores.list_issues(session, sentence_ids=[sid])
    issue = next(r for r in row if r.id == holder["id"])
    sys.stdout.write(f"{issue.id}\t{issue.severity}\t{issue.category}\t«{issue.span}»\n")
    return 0


def run_remove(args: argparse.Namespace) -> int:
    who = _who(args.annotator)
    with opened_project(args.project) as project:
        iid = _resolve(project, refs.resolve_issue, args.issue)
        _run(project, lambda session: mqm.build_remove_issue(session, iid), who)
    sys.stdout.write(f"removed {iid}\n")
    return 0


def run_issues(args: argparse.Namespace) -> int:
    with opened_project(args.project) as project, project.sessions() as session:
        issues = scores.list_issues(session, article_ids=args.article)
        articles = scores.translation_scores(session, args.article)
        per_sentence = scores.sentence_scores(session, {i.sentence_id for i in issues})
    if args.json:
        print_json(
            {
                "issues": [{**i.as_dict(), "sentence_score": per_sentence.get(i.sentence_id, 0.0)} for i in issues],
                "articles": [s.as_dict() for s in articles],
            }
        )
        return 0
    out = sys.stdout
    by_article: dict[str, list[scores.IssueRow]] = {}
    for issue in issues:
        by_article.setdefault(issue.article_id, []).append(issue)
    for score in articles:
        if not score.issues and args.article is None:
            continue  # a long project lists only what was reviewed unless asked for articles
        out.write(
            f"{score.title or score.article_id}: MQM {score.penalty:g} ({score.issues} issues, "
            f"{score.per_100_words:.2f} per 100 words)\n"
        )
        for i in by_article.get(score.article_id, []):
            stale = " [stale span]" if i.stale else ""
            note = f" — {i.note}" if i.note else ""
            out.write(
                f"  #{i.sentence_idx + 1} {i.sentence_id[:8]} {i.severity:<8} {i.category:<27} «{i.span}»{note}"
                f"{stale} ({i.annotator}; sentence {per_sentence.get(i.sentence_id, 0):g}) {i.id[:8]}\n"
            )
    if not issues:
        out.write("no MQM issues\n")
    return 0


def run_history(args: argparse.Namespace) -> int:
    with opened_project(args.project) as project, project.sessions() as session:
        sid = _resolve(project, refs.resolve_sentence, args.sentence)
        try:
            hist = postedit.sentence_history(session, sid)
        except postedit.PostEditError as exc:
            raise CliError(str(exc)) from exc
        issues = scores.list_issues(session, sentence_ids=[sid])
    if args.json:
        print_json(
            {
                "sentence_id": sid,
                "baseline": hist.baseline,
                "baseline_origin": hist.baseline_origin,
                "current": hist.current,
                "edited": hist.edited,
                "revisions": [
                    {
                        "id": r.id,
                        "body": r.body,
                        "origin": r.origin,
                        "annotator": r.annotator,
                        "model_id": r.model_id,
                        "created_at": r.created_at.isoformat() if r.created_at else None,
                    }
                    for r in hist.revisions
                ],
                "diff": [{"op": p.op, "text": p.text} for p in hist.diff],
                "issues": [i.as_dict() for i in issues],
            }
        )
        return 0
    out = sys.stdout
    out.write(f"{hist.baseline_origin}: {hist.baseline}\ncurrent:  {hist.current}\n")
    out.write(f"diff:     {postedit.diff_text(hist.diff)}\n")
    for r in hist.revisions:
        when = r.created_at.strftime("%Y-%m-%d %H:%M") if r.created_at else "?"
        who = r.annotator or r.model_id or "-"
        out.write(f"  {when}  {r.origin:<11} {who:<20} {r.body}\n")
    for i in issues:
        out.write(f"  issue {i.id[:8]} {i.start}:{i.end} {i.severity} {i.category} «{i.span}»\n")
    return 0
