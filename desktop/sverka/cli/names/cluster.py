"""``sverka names cluster [FILE]``: names one per line in, entities out (no project needed)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from sverka.cli.common import CliError, print_json
from sverka.cli.names.parsing import ActionParser


def _read_lines(path: str | None) -> Iterator[str]:
    if path in (None, "-"):
        stream: TextIO = sys.stdin
        for line in stream:
            yield line.rstrip("\r\n").lstrip("\ufeff")
        return
    p = Path(path)
    try:
        text = p.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise CliError(f"no such file: {path}") from exc
    except UnicodeDecodeError as exc:
        raise CliError(f"{path}: not UTF-8 text") from exc
    except OSError as exc:
        raise CliError(f"{path}: {exc.strerror}") from exc
    yield from text.splitlines()


def run(argv: list[str]) -> int:
    parser = ActionParser(
        prog="sverka names cluster",
        description="Read names one per line (stdin when no FILE) and print "
        "name<TAB>canonical<TAB>entity_id per input line. Known entities come "
        "from the bundled gazetteer (ids gaz:...); other names are clustered "
        "among themselves (ids adhoc:...). Blank lines stay blank.",
    )
    parser.add_argument("file", nargs="?", metavar="FILE", help="names, one per line (UTF-8)")
    parser.add_argument(
        "--lang", choices=["ru", "kk", "en"], help="language of the names (default: any; narrows case endings)"
    )
    parser.add_argument(
        "--canonical-lang",
        default="en",
        choices=["en", "ru", "kk", "kk_latn"],
        help="language of gazetteer canonical names (default: en)",
    )
    parser.add_argument("--json", action="store_true", help="JSON list with kind and how")
    ns = parser.parse_args(argv)

    from sverka.core.names.cluster import cluster_names  # heavy: only when used

    lines = [line.strip() for line in _read_lines(ns.file)]
    names = [line for line in lines if line]
    results = iter(cluster_names(names, lang=ns.lang, canonical_lang=ns.canonical_lang))
    if ns.json:
        print_json(
            [
                {
                    "name": r.name,
                    "canonical": r.canonical,
                    "entity_id": r.entity_id,
                    "kind": r.kind,
                    "how": r.how,
                    "alternatives": list(r.alternatives),
                }
                for r in results
            ]
        )
        return 0
    out = sys.stdout
    for line in lines:
        if not line:
            out.write("\t\t\n")
            continue
        r = next(results)
        out.write(f"{r.name}\t{r.canonical}\t{r.entity_id}\n")
    return 0
