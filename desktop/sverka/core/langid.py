"""Language identification for texts and sentences: script rules first, langdetect second.

langdetect has no Kazakh profile, is random unless seeded, and is slow with its 55 profiles
loaded. So the alphabet decides wherever it can: Cyrillic with Kazakh-only letters is Kazakh,
other Cyrillic is Russian when Russian is the only remaining Cyrillic candidate, Latin is
English when English is the only Latin candidate. Only when a script leaves two or more
candidates with a langdetect profile (say English and German) does langdetect run, seeded, with
just those profiles loaded into a private factory (never the module-global one).

A short sentence carries too little evidence, so it takes its text's language, unless its
script rules that language out (a Cyrillic sentence inside an English text).
"""

from __future__ import annotations

import contextlib
import json
import re
import threading
from collections.abc import Sequence
from importlib import resources
from typing import Any

from sverka.core.scripts import KAZAKH_LETTERS, Letters, letters, script_of, script_of_language

__all__ = ["KAZAKH_LETTERS", "LanguageDetector", "script_of", "script_of_language"]

_CYRILLIC_WORD_RE = re.compile("[\u0400-\u04ff]+")
_KAZAKH_RE = re.compile("[" + "".join(sorted(KAZAKH_LETTERS)) + "]")
# "і" is also Ukrainian and Belarusian; when those are candidates only the other letters count.
_KAZAKH_STRICT_RE = re.compile("[әғқңөұүһӘҒҚҢӨҰҮҺ]")

# Kazakh-only letters are 5-28 % of the letters of a Kazakh sentence (FLORES-200: 1st
# percentile 5 %) and 0 % of Russian; a Russian text quoting a Kazakh name stays far below 3 %.
KAZAKH_RATIO = 0.03
KAZAKH_MIN_WORDS = 3
KAZAKH_WORD_SHARE = 0.2
# A text's language is judged on its beginning: some thousand letters settle it.
TEXT_SAMPLE = 4000
SHORT_WORDS = 4
SHORT_LETTERS = 25


def _kazakh_words(text: str, pattern: re.Pattern[str]) -> bool:
    """True when Kazakh-only letters are spread over the sentence, not one quoted name.

    A Russian sentence that names "Қасым-Жомарт Тоқаев" has them in two words; in Kazakh
    sentences they occur in 27-100 % of the words (FLORES-200, 1st percentile up).
    """
    words = _CYRILLIC_WORD_RE.findall(text)
    n_kk = sum(1 for w in words if pattern.search(w))
    return n_kk >= KAZAKH_MIN_WORDS and n_kk >= KAZAKH_WORD_SHARE * len(words)


def _is_short(sentence: str, counts: Letters) -> bool:
    """Fewer than SHORT_WORDS words or SHORT_LETTERS letters: too little for any detector."""
    if counts.latin + counts.cyrillic < SHORT_LETTERS:
        return True
    return len(sentence.split(None, SHORT_WORDS - 1)) < SHORT_WORDS


class LanguageDetector:
    """Deterministic, thread-safe language detection over a fixed set of candidate languages.

    ``languages`` are ISO 639-1 codes (langdetect spells Chinese "zh-cn"/"zh-tw"); the first is
    the answer of last resort for a text without letters. ``seed`` seeds langdetect's sampler,
    so the same input always gives the same answer. Profiles are loaded lazily, once, and only
    for candidates that share a script with another candidate: with the default en/ru/kk the
    alphabet decides everything and langdetect is never loaded.
    """

    def __init__(self, languages: Sequence[str] = ("en", "ru", "kk"), seed: int = 0) -> None:
        if not languages:
            raise ValueError("LanguageDetector needs at least one language")
        self.languages: tuple[str, ...] = tuple(dict.fromkeys(languages))
        self.seed = seed
        by_script: dict[str, list[str]] = {"latin": [], "cyrillic": [], "other": []}
        for lang in self.languages:
            by_script[script_of_language(lang)].append(lang)
        self._by_script = {k: tuple(v) for k, v in by_script.items()}
        # Kazakh letters are decisive unless a language sharing "і" is also a candidate.
        self._ukrainian_i = bool({"uk", "be"} & set(self.languages))
        self._kk_re = _KAZAKH_STRICT_RE if self._ukrainian_i else _KAZAKH_RE
        self._kk = "kk" in self.languages
        self._lock = threading.Lock()
        self._factory: Any = None  # langdetect.DetectorFactory, built on first need

    # -- public API -------------------------------------------------------------------------

    def detect_text(self, text: str) -> str:
        """The language of a whole text (an ISO 639-1 code from ``languages``)."""
        counts = letters(text[:TEXT_SAMPLE], ukrainian_i=self._ukrainian_i)
        script = counts.script
        kazakh = script == "cyrillic" and counts.kazakh >= KAZAKH_RATIO * counts.cyrillic
        return self._by_rules(text, script, kazakh=kazakh, default=self.languages[0])

    def detect_sentence(self, sentence: str, text_lang: str) -> str:
        """The language of one sentence of a text in ``text_lang``.

        Short sentences (fewer than 4 words or 25 letters) take ``text_lang`` unless their
        script rules it out. Inside a Kazakh text, any Kazakh-only letter makes a sentence
        Kazakh; elsewhere they must be spread over several words, as in Kazakh, and not just
        in a name quoted in Kazakh spelling.
        """
        counts = letters(sentence, ukrainian_i=self._ukrainian_i)
        script = counts.script
        if script == "other" and not self._by_script["other"]:
            return text_lang
        if _is_short(sentence, counts) and script_of_language(text_lang) == script:
            return text_lang
        kazakh = False
        if script == "cyrillic" and counts.kazakh and self._kk:
            kazakh = text_lang == "kk" or _kazakh_words(sentence, self._kk_re)
        return self._by_rules(sentence, script, kazakh=kazakh, default=text_lang)

    def detect_spans(
        self, text: str, spans: Sequence[tuple[int, int] | tuple[int, int, str]], text_lang: str
    ) -> list[str]:
        """``detect_sentence`` for every ``text[span[0]:span[1]]``, with one shortcut.

        When the whole text offers no evidence against ``text_lang`` (one script, no
        Kazakh-only letters, ``text_lang`` the only candidate of that script), every sentence
        would get ``text_lang``; one count over the text then replaces one per sentence.
        Built for bulk import with ``segment_spans`` output.
        """
        if self._uniform(text, text_lang):
            return [text_lang] * len(spans)
        return [self.detect_sentence(text[sp[0] : sp[1]], text_lang) for sp in spans]

    def _uniform(self, text: str, text_lang: str) -> bool:
        """True when detect_sentence would answer ``text_lang`` for any part of ``text``."""
        script = script_of_language(text_lang)
        if self._by_script["other"]:  # a letterless sentence might then not be text_lang
            return False
        if [c for c in self._by_script[script] if c != "kk"] != [text_lang]:
            return False
        counts = letters(text, ukrainian_i=self._ukrainian_i)
        if script == "latin":
            return not counts.cyrillic
        return script == "cyrillic" and not counts.latin and not (self._kk and counts.kazakh)

    def detect_ngram(self, text: str, candidates: Sequence[str] | None = None) -> str:
        """langdetect alone (seeded, loaded profiles only), best of ``candidates``.

        Used when the script leaves a choice, and by the benchmark to measure langdetect.
        Raises ValueError when none of the candidates has a langdetect profile.
        """
        factory = self._ensure_factory()
        cands = [c for c in (candidates or self.languages) if c in factory.get_lang_list()]
        if not cands:
            raise ValueError(f"no langdetect profile for any of {candidates or self.languages}")
        from langdetect.lang_detect_exception import LangDetectException

        detector = factory.create()
        detector.append(text)
        try:
            probs = detector.get_probabilities()
        except LangDetectException:  # no usable n-grams (digits, punctuation)
            return cands[0]
        for p in probs:
            if p.lang in cands:
                return str(p.lang)
        return cands[0]

    # -- internals --------------------------------------------------------------------------

    def _by_rules(self, text: str, script: str, *, kazakh: bool, default: str) -> str:
        """Script rules, then langdetect among what the script leaves, else ``default``."""
        cands = self._by_script[script]
        if kazakh and "kk" in cands:
            return "kk"
        rest = tuple(c for c in cands if c != "kk") or cands
        if len(rest) == 1:
            return rest[0]
        if not rest:
            # No candidate writes in this script (digits only, or Latin text in a
            # Russian/Kazakh project): nothing to learn from an n-gram model either.
            return default
        try:
            return self.detect_ngram(text, rest)
        except ValueError:  # e.g. two "other"-script candidates without profiles
            return rest[0]

    def _ensure_factory(self) -> Any:
        """Build the private langdetect factory with only our profiles, once, under a lock."""
        factory = self._factory
        if factory is not None:
            return factory
        with self._lock:
            if self._factory is None:
                self._factory = _build_factory(self.languages, self.seed)
            return self._factory


def _build_factory(languages: Sequence[str], seed: int) -> Any:
    """A langdetect DetectorFactory holding only the profiles of ``languages`` that exist."""
    from langdetect.detector_factory import DetectorFactory
    from langdetect.utils.lang_profile import LangProfile

    profiles_dir = resources.files("langdetect") / "profiles"
    profiles = []
    for lang in languages:
        path = profiles_dir / lang
        if path.is_file():
            profiles.append(LangProfile(**json.loads(path.read_text(encoding="utf-8"))))
    factory = DetectorFactory()
    factory.seed = seed  # an instance attribute: the class-level seed stays untouched
    for index, profile in enumerate(profiles):
        factory.add_profile(profile, index, len(profiles))
    if profiles:
        # Warm up langdetect's lazily built module globals (messages, n-gram tables) here,
        # under the caller's lock, so worker threads never race to build them.
        from langdetect.lang_detect_exception import LangDetectException

        detector = factory.create()
        detector.append("warm up")
        with contextlib.suppress(LangDetectException):
            detector.get_probabilities()
    return factory
