"""TMX 1.4b: one translation unit per aligned sentence pair (the current wording: post-edits
where edited), ``xml:lang`` on every ``<tuv>``, the article's id and title in ``<prop>``s.

Streamed out with the standard library's XML escaping (no dependency); translate-toolkit's
TMX reader reads it back in the tests. Characters XML 1.0 forbids are dropped.
"""

from __future__ import annotations

import re
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from sverka import __version__
from sverka.db.project import Project
from sverka.ops.export.options import ExportOptions
from sverka.ops.export.writers.base import Writer
from sverka.ops.export.writers.parallel import pairs
from sverka.progress import Progress

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(value: str) -> str:
    return escape(_NOT_XML.sub("", value))


def _attr(value: str) -> str:
    return quoteattr(_NOT_XML.sub("", value))


def write(project: Project, out: IO[str], options: ExportOptions, progress: Progress) -> int:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n')
    out.write(
        f'  <header creationtool="Sverka" creationtoolversion={_attr(__version__)} datatype="plaintext" '
        'segtype="sentence" adminlang="en" srclang="*all*" o-tmf="Sverka"/>\n  <body>\n'
    )
    count = 0
    for record, lang, src, tgt in pairs(project, options, progress):
        out.write(f"    <tu tuid={_attr(record['sentence_id'])}>\n")
        out.write(f'      <prop type="x-article-id">{_text(record["article_id"])}</prop>\n')
        if record.get("title"):
            out.write(f'      <prop type="x-article-title">{_text(" ".join(record["title"].split()))}</prop>\n')
        out.write(f"      <tuv xml:lang={_attr(lang)}><seg>{_text(src)}</seg></tuv>\n")
        out.write(f"      <tuv xml:lang={_attr(record['translation_lang'])}><seg>{_text(tgt)}</seg></tuv>\n")
        out.write("    </tu>\n")
        count += 1
    out.write("  </body>\n</tmx>\n")
    return count


WRITER = Writer("tmx", write, suffix=".tmx", description="TMX 1.4b: aligned sentence pairs for translation memories")
