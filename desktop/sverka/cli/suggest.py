"""``sverka suggest PROJECT``: a model trained on the project's people's labels suggests labels
for the sentences nobody has labeled yet; ``--apply`` writes them as a model annotator,
``--evaluate`` says how far to trust it (cross-validated per label, split by article).

scikit-learn is the optional ``suggest`` extra; without it the command says in one line how to
get it. It is imported only when the command runs, so other commands start as fast as before.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from sverka.cli.common import CliError, add_project_arg, opened_project, print_json
from sverka.core.suggest.available import INSTALL_HINT, sklearn_available
from sverka.core.suggest.classifier import MIN_EXAMPLES

DEFAULT_MODEL_ANNOTATOR = "model-v1"


def _probability(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number between 0 and 1") from None
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text!r} is not between 0 and 1")
    return value


def _count(text: str) -> int:
    if not text.isdigit() or int(text) < 1:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number of at least 1")
    return int(text)


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser(
        "suggest",
        help="suggest labels for unlabeled sentences from a model trained on people's labels",
        description="Trains a light classifier (character n-grams, one logistic model per label) on "
        "the sentences people labeled in the schema, the original and its translation together, and "
        "prints suggestions for the sentences of original texts nobody has labeled in it. A label is "
        f"suggested once it has --min-examples sentences with it and as many without (default {MIN_EXAMPLES}). "
        "Needs the suggest extra: pip install 'sverka[suggest]'.",
    )
    add_project_arg(p)
    p.add_argument("--schema", metavar="NAME", help="the label schema (default: the one people labeled most)")
    p.add_argument("--label", metavar="L", help="only suggestions of this label")
    p.add_argument(
        "--min-confidence", metavar="P", type=_probability, default=0.5, help="least confidence shown (default 0.5)"
    )
    p.add_argument(
        "--min-examples",
        metavar="N",
        type=_count,
        default=MIN_EXAMPLES,
        help=f"sentences with and without a label before it is suggested (default {MIN_EXAMPLES})",
    )
    p.add_argument("--json", action="store_true", help="JSON: one object per line (--evaluate: one document)")
    what = p.add_mutually_exclusive_group()
    what.add_argument(
        "--apply",
        action="store_true",
        help="write the suggestions as labels of a model annotator (kind model; kept apart from people)",
    )
    what.add_argument(
        "--evaluate", action="store_true", help="cross-validated precision, recall and F1 per label (by article)"
    )
    p.add_argument(
        "--annotator",
        metavar="NAME",
        default=DEFAULT_MODEL_ANNOTATOR,
        help=f"with --apply: the model annotator (default {DEFAULT_MODEL_ANNOTATOR})",
    )
    p.add_argument("--folds", metavar="K", type=_count, default=5, help="with --evaluate: folds (default 5)")
    p.set_defaults(func=run)


def _readiness_line(model: Any) -> str:
    ready = model.model.readiness
    parts = [f"schema {model.schema.name!r}: trained on {model.model.trained_on} labeled sentences"]
    parts.append("suggests " + (", ".join(f"{n} ({ready.positives[n]})" for n in ready.ready) or "no label yet"))
    if ready.waiting:
        waiting = ", ".join(f"{n} {ready.positives[n]}/{ready.min_examples}" for n in ready.waiting)
        parts.append(f"waiting for {ready.min_examples} sentences with and without: {waiting}")
    return "; ".join(parts)


def run(args: argparse.Namespace) -> int:
    if not sklearn_available():
        raise CliError(INSTALL_HINT)
    from sverka.ops.suggest.model import score_sentences, trained_model, unlabeled_sentences
    from sverka.ops.suggest.training import SuggestError, choose_schema, schema_labels

    with opened_project(args.project) as project:
        try:
            with project.sessions() as session:
                schema_id = choose_schema(session, args.schema)
                if args.label and args.label not in schema_labels(session, schema_id).label_ids:
                    raise SuggestError(f"no label {args.label!r} in this schema")
        except SuggestError as exc:
            raise CliError(str(exc)) from exc
        if args.evaluate:
            return _evaluate(project, schema_id, args)
        model = trained_model(project, schema_id, min_examples=args.min_examples)
        sys.stderr.write(_readiness_line(model) + "\n")
        if args.label and args.label not in model.model.labels:
            raise CliError(f"label {args.label!r} has too few examples to be suggested yet")
        if args.apply:
            return _apply(project, model, args)
        with project.sessions() as session:
            from sverka.db.wording import wordings

            scored = score_sentences(session, model, unlabeled_sentences(session, schema_id))
            found = [(s.sentence_id, model.suggestions(s.confidences, args.min_confidence, args.label)) for s in scored]
            found = [(sid, sug) for sid, sug in found if sug]
            texts = {} if args.json else wordings(session, [sid for sid, _ in found])
        for sid, suggestions in found:
            if args.json:
                line = {"sentence_id": sid, "suggestions": [s.to_json() for s in suggestions]}
                sys.stdout.write(json.dumps(line, ensure_ascii=False) + "\n")
            else:
                shown = ", ".join(f"{s.label} {s.confidence:.2f}" for s in suggestions)
                sys.stdout.write(f"{sid}\t{shown}\t{texts.get(sid, '')[:80]}\n")
        sys.stderr.write(f"{len(found)} of {len(scored)} unlabeled sentences have a suggestion\n")
    return 0


def _apply(project: Any, model: Any, args: argparse.Namespace) -> int:
    from sverka.ops.teams.annotators import AnnotatorError
    from sverka.ops.workflows.suggestions import apply_suggestions

    try:
        applied = apply_suggestions(
            project, model, args.annotator, min_confidence=args.min_confidence, label=args.label
        )
    except AnnotatorError as exc:
        raise CliError(str(exc)) from exc
    summary = {
        "annotator": applied.annotator,
        "sentences": applied.sentences,
        "labels": applied.labels,
        "event_id": applied.event_id,
    }
    if args.json:
        print_json(summary)
    else:
        print(
            f"{applied.labels} labels on {applied.sentences} sentences as {applied.annotator} (kind model; "
            f"one undoable step{', event ' + applied.event_id if applied.event_id else ''})"
        )
    return 0


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _evaluate(project: Any, schema_id: str, args: argparse.Namespace) -> int:
    from sverka.ops.suggest.evaluate import evaluate

    result = evaluate(
        project, schema_id, folds=args.folds, min_examples=args.min_examples, threshold=args.min_confidence
    )
    if args.json:
        print_json(result.to_json())
        return 0
    if not result.scores:
        print(f"nothing to evaluate: no label has {args.min_examples} sentences with and without it in a fold")
        return 0
    print(f"{result.units} labeled sentences, {result.folds} folds by article, threshold {result.threshold}")
    print(f"{'label':<28} {'support':>7} {'precision':>9} {'recall':>7} {'F1':>6}")
    for name, s in result.scores.items():
        print(f"{name[:28]:<28} {s.support:>7} {_fmt(s.precision):>9} {_fmt(s.recall):>7} {_fmt(s.f1):>6}")
    return 0
