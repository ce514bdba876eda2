"""Reading TMX (1.1-1.4b) translation memories into aligned articles.

Why the standard library's expat and not translate-toolkit or lxml: translate-toolkit's
``tmxfile`` keeps two languages of a unit (the LISA kit's ImportTest1C has five) and pastes
the native codes of inline markup into the text (``The big <b>black</b> …``); lxml would add
a compiled dependency to the base install for what expat, already in every Python, does:
every encoding XML declares (the kit has UTF-8 with and without BOM, UTF-16 LE/BE,
us-ascii with character references), line numbers for messages, and no fetch of the DTD
every TMX names. Entity declarations are refused outright (no entity expansion attacks).

A translation unit stays one aligned pair: its segment in the unit's source language is one
sentence of the original, each other language's segment one sentence of that language's
translation, linked 1-1 as a manual row (a unit without some language gives a 1-0 row in
that translation), never re-segmented or re-aligned. Text is kept as written, whitespace
included; inline codes (``<bpt>``, ``<ept>``, ``<ph>``, ``<it>``, ``<ut>`` and the ``<sub>``
flows inside them) are formatting of the tool that wrote them and are left out, the text of
``<hi>`` is kept. Articles: units with the same ``<prop type="x-sverka-article">`` (or
``x-article-id``, ``x-article-title``: what Sverka's TMX export writes) and source
language form one article (its title from ``x-sverka-title``, else the article prop; its date
from ``x-sverka-date``);
without the prop, one article per file and source language.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.parsers import expat

from sverka.core.languages import canonical_code
from sverka.core.peer_drafts import LinkSpan, PeerArticle, joined_text
from sverka.core.readers import ArticleDraft, ReadError, read_file_bytes
from sverka.paths import storable

ARTICLE_PROP = "x-sverka-article"
TITLE_PROP = "x-sverka-title"
DATE_PROP = "x-sverka-date"
# The names Sverka's own TMX export writes (ops/export/writers/tmx.py), read the same way.
ARTICLE_PROPS = (ARTICLE_PROP, "x-article-id")
TITLE_PROPS = (TITLE_PROP, "x-article-title")
_XML_LANG = "http://www.w3.org/XML/1998/namespace lang"
# Native codes of the writing tool, not text (TMX 1.4b, section 3.6).
_CODE_TAGS = {"bpt", "ept", "ph", "it", "ut", "sub"}
_MAX_DEPTH = 200
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


@dataclass
class _Element:
    tag: str
    attrs: dict[str, str]
    line: int
    children: list[_Element] = field(default_factory=list)
    text: str = ""  # before the first child
    tail: str = ""  # after this element, inside its parent

    def find_all(self, tag: str) -> list[_Element]:
        return [c for c in self.children if c.tag == tag]


def _parse(path: Path, data: bytes) -> _Element:
    """The document as a small tree with line numbers; ReadError when it is not XML."""
    parser = expat.ParserCreate(namespace_separator=" ")
    stack: list[_Element] = []
    root: list[_Element] = []

    def start(tag: str, attrs: dict[str, str]) -> None:
        if len(stack) >= _MAX_DEPTH:
            raise ReadError(path, f"elements nested over {_MAX_DEPTH} deep", parser.CurrentLineNumber)
        element = _Element(tag, attrs, parser.CurrentLineNumber)
        if stack:
            stack[-1].children.append(element)
        else:
            root.append(element)
        stack.append(element)

    def end(_tag: str) -> None:
        stack.pop()

    def chars(text: str) -> None:
        if not stack:
            return
        top = stack[-1]
        if top.children:
            top.children[-1].tail += text
        else:
            top.text += text

    def entity_declared(name: str, *_rest: object) -> None:
        raise ReadError(
            path, f"declares the XML entity {name!r}; refusing (entity expansion)", parser.CurrentLineNumber
        )

    parser.StartElementHandler = start
    parser.EndElementHandler = end
    parser.CharacterDataHandler = chars
    parser.EntityDeclHandler = entity_declared
    parser.buffer_text = True
    # The DOCTYPE names tmx14.dtd, which is never read: no external entities, no network.
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    try:
        parser.Parse(data, True)
    except expat.ExpatError as exc:
        problem = expat.errors.messages.get(exc.code, str(exc)) if exc.code is not None else str(exc)
        raise ReadError(path, f"not well-formed XML ({problem})", exc.lineno) from exc
    except RecursionError as exc:
        raise ReadError(path, "not well-formed XML (nested too deeply)") from exc
    except ReadError:
        raise  # from a handler above: already the one line
    except (LookupError, ValueError) as exc:  # encoding="x-unknown", "rot13", "shift_jis" (multi-byte), "idna"
        raise ReadError(path, f"declares an encoding the XML reader cannot use ({exc})") from exc
    return root[0]


def _segment_text(element: _Element) -> str:
    """The text of a ``<seg>`` (or ``<hi>``) without the native codes inside it."""
    parts = [element.text]
    for child in element.children:
        if child.tag not in _CODE_TAGS:
            parts.append(_segment_text(child))
        parts.append(child.tail)
    return "".join(parts)


def _props(tu: _Element) -> dict[str, str]:
    return {p.attrs.get("type", ""): p.text.strip() for p in tu.find_all("prop")}


def _lang_of(path: Path, value: str, line: int | None = None) -> str:
    code = canonical_code(value)
    if code is None:
        raise ReadError(path, f"language {value!r} is not an ISO 639 code Sverka knows", line)
    return code


@dataclass
class _Group:
    """The units of one article: its source language and the segments by xml:lang."""

    key: str | None
    src: str  # the source's xml:lang, lower case ("en-us")
    title: str = ""
    date: str | None = None
    units: list[dict[str, str]] = field(default_factory=list)  # xml:lang (lower) -> segment


def _units(path: Path, root: _Element) -> list[_Group]:
    header = next(iter(root.find_all("header")), None)
    default_src = (header.attrs.get("srclang", "") if header is not None else "").strip().lower()
    bodies = root.find_all("body")
    if not bodies:
        raise ReadError(path, "no <body>: not a TMX translation memory", root.line)
    groups: dict[tuple[str | None, str], _Group] = {}
    for tu in bodies[0].find_all("tu"):
        segments: dict[str, str] = {}
        for tuv in tu.find_all("tuv"):
            raw = tuv.attrs.get(_XML_LANG) or tuv.attrs.get("lang")  # TMX 1.1 spelled it lang
            if not raw or not raw.strip():
                raise ReadError(path, "<tuv> without xml:lang", tuv.line)
            lang = raw.strip().lower()
            _lang_of(path, lang, tuv.line)
            segs = tuv.find_all("seg")
            if len(segs) != 1:
                raise ReadError(path, f"<tuv xml:lang={raw!r}> needs exactly one <seg>", tuv.line)
            if lang in segments:
                raise ReadError(path, f"two segments in {raw!r} in one unit", tuv.line)
            text = _segment_text(segs[0])
            if text.strip():  # an empty segment: that language has no sentence here
                segments[lang] = text
        if not segments:
            continue
        src = (tu.attrs.get("srclang") or default_src).strip().lower()
        if src in ("", "*all*"):  # any language may be the source: the first one is
            src = next(iter(segments))
        if src not in segments:
            raise ReadError(path, f"unit has no segment in its source language {src!r}", tu.line)
        props = _props(tu)
        key = next((props[name] for name in ARTICLE_PROPS if props.get(name)), None)
        group = groups.get((key, src))
        if group is None:
            title = next((props[name] for name in TITLE_PROPS if props.get(name)), "")
            group = groups[(key, src)] = _Group(key, src, title)
        if not group.date and _DATE_RE.match(props.get(DATE_PROP, "")):
            group.date = props[DATE_PROP]
        group.units.append(segments)
    if not groups:
        raise ReadError(path, "no translation units with text")
    return list(groups.values())


def _article(path: Path, group: _Group, title: str) -> PeerArticle:
    source = storable(path)
    where = f"{source}:{group.key}" if group.key else source
    langs: list[str] = []  # the translations' xml:langs in the order they first appear
    for unit in group.units:
        langs.extend(lang for lang in unit if lang != group.src and lang not in langs)
    original = joined_text([u[group.src] for u in group.units], _lang_of(path, group.src), where)
    draft = ArticleDraft(
        original=original,
        title=group.title or group.key or title,
        date=group.date,
        external_id=group.key,
        source=source,
    )
    article = PeerArticle(draft)
    for lang in langs:
        links: list[LinkSpan] = []
        segments: list[str] = []
        for index, unit in enumerate(group.units):
            if lang in unit:
                links.append((index, index + 1, len(segments), len(segments) + 1))
                segments.append(unit[lang])
            else:
                links.append((index, index + 1, len(segments), len(segments)))  # 1-0: not translated
        draft.translations.append(joined_text(segments, _lang_of(path, lang), where))
        article.links.append(links)
    return article


def read_tmx(path: Path) -> list[PeerArticle]:
    """Every article of a TMX file, or ReadError naming the file (and line)."""
    root = _parse(path, read_file_bytes(path))
    if root.tag != "tmx":
        raise ReadError(path, f"not a TMX file (the root element is <{root.tag}>, not <tmx>)", root.line)
    groups = _units(path, root)
    stem = " ".join(storable(path.stem).split())
    several = len({g.src for g in groups}) > 1
    return [_article(path, g, f"{stem} ({g.src})" if several else stem) for g in groups]
