"""``sverka models …`` (install, list and remove Argos models) and ``sverka translate``.

Both only touch the models folder and the project: translation runs offline on installed
models; only ``models install --from/--to`` goes to the network, and says so when it cannot.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from sverka.cli.common import CliError, add_project_arg, opened_project, print_json
from sverka.core.mt import packages
from sverka.progress import StderrProgress


def register(sub: Any) -> None:
    """Add ``models`` with its own subcommands to the main parser's subparsers."""
    models = sub.add_parser(
        "models",
        help="install, list and remove translation models",
        description="Manage Argos translation models in Sverka's data folder.",
    )
    models.set_defaults(func=lambda args: _usage(models))
    msub = models.add_subparsers(dest="models_command", metavar="ACTION", parser_class=type(models))

    install = msub.add_parser(
        "install",
        help="install a .argosmodel file (offline) or fetch one from the Argos index",
        description="Install FILE, or with --from/--to download from the Argos package index.",
    )
    install.add_argument("file", nargs="?", metavar="FILE", help="a .argosmodel file")
    install.add_argument("--from", dest="from_code", metavar="LANG", help="source language (online)")
    install.add_argument("--to", dest="to_code", metavar="LANG", help="target language (online)")
    install.add_argument("--replace", action="store_true", help="replace an installed model of that name")
    install.set_defaults(func=_install, parser=install)

    listing = msub.add_parser("list", help="list installed models")
    listing.add_argument("--json", action="store_true", help="print JSON")
    listing.set_defaults(func=_list)

    remove = msub.add_parser("remove", help="remove an installed model")
    remove.add_argument("name", metavar="NAME", help="model name as `sverka models list` shows it")
    remove.set_defaults(func=_remove)

    translate = sub.add_parser(
        "translate",
        help="machine-translate originals that lack a translation (offline, installed models)",
        description="Translate every original without a translation in the target language, sentence by "
        "sentence, with the installed Argos models (pivoting, e.g. kk→ru→en, when no direct model exists). "
        "Results are cached per sentence: a re-run or an interrupted run only does what is missing.",
    )
    add_project_arg(translate)
    translate.add_argument(
        "--article", action="append", metavar="ID", help="only this article (id, id prefix or list number); repeatable"
    )
    translate.add_argument("--to", dest="to_lang", default="en", metavar="LANG", help="target language (default: en)")
    translate.add_argument("--beam", type=int, metavar="N", help="beam size (default: 2; 1 is fastest)")
    translate.add_argument(
        "--model", metavar="ID", help="use this installed package (e.g. argos/translate-ru_en@1.0), not the best route"
    )
    translate.add_argument("--json", action="store_true", help="print the summary as JSON")
    translate.set_defaults(func=_translate, parser=translate)


def _usage(parser: argparse.ArgumentParser) -> int:
    parser.print_help(sys.stderr)
    return 2


def _install(args: argparse.Namespace) -> int:
    online = args.from_code or args.to_code
    if args.file and online:
        args.parser.error("give either FILE or --from/--to, not both")
    if not args.file and not (args.from_code and args.to_code):
        args.parser.error("give FILE, or both --from and --to")
    try:
        packages.clean_leftovers()
        if args.file:
            model = packages.install_file(Path(args.file), replace=args.replace)
        else:
            model = packages.install_from_index(
                args.from_code, args.to_code, replace=args.replace, progress=StderrProgress()
            )
    except packages.ModelError as exc:
        raise CliError(str(exc)) from exc
    print(f"installed {model.name} ({model.from_code}→{model.to_code}, version {model.version})")
    return 0


def _list(args: argparse.Namespace) -> int:
    models = packages.installed_models()
    if args.json:
        print_json([model.to_json() for model in models])
        return 0
    if not models:
        print("no models installed; add one with `sverka models install FILE`", file=sys.stderr)
        return 0
    width = max(len(model.name) for model in models)
    for model in models:
        pair = f"{model.from_code}→{model.to_code}"
        print(f"{model.name:<{width}}  {pair:<8}  {model.version:<8}  {model.path}")
    return 0


def _remove(args: argparse.Namespace) -> int:
    try:
        model = packages.remove_model(args.name)
    except packages.ModelError as exc:
        raise CliError(str(exc)) from exc
    print(f"removed {model.name}")
    return 0


def _translate(args: argparse.Namespace) -> int:
    from sverka.core.mt.translator import MtOptions
    from sverka.ops.views.refs import resolve_article
    from sverka.ops.workflows.resume import translate

    if args.beam is not None and args.beam < 1:
        args.parser.error("--beam must be 1 or more")
    options = MtOptions(beam_size=args.beam) if args.beam else MtOptions()
    with opened_project(args.project) as project:
        try:
            ids = [resolve_article(project, ref) for ref in args.article] if args.article else None
        except LookupError as exc:
            raise CliError(str(exc)) from exc
        # Then their name mentions, like imported texts; a kill before that is finished by the next run.
        summary = translate(
            project,
            to_lang=args.to_lang,
            article_ids=ids,
            options=options,
            model=args.model,
            progress=StderrProgress(),
        )
    for line in summary.skipped:
        sys.stderr.write(f"sverka: skipped {line}\n")
    for line in summary.missing:
        sys.stderr.write(f"sverka: {line}\n")
    if args.json:
        print_json(summary.to_json())
    else:
        rate = summary.translated / summary.seconds if summary.seconds and summary.translated else 0.0
        print(
            f"translated {summary.articles} articles into {args.to_lang}: {summary.sentences} sentences "
            f"({summary.translated} through the model, {summary.cached} from the cache"
            + (f", {rate:.1f} sentences/s" if rate else "")
            + ")"
            + (f" with {', '.join(summary.models)}" if summary.models else "")
        )
    return 0 if summary.ok else 1
