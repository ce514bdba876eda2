"""Guessing the kind of a name the gazetteer does not know, and words that are no names.

Guesses are cheap cues (a Russian surname ending, "область", "Ministry"); an annotator
corrects them in the names panel. Unknown stays "other" rather than a wrong guess.
"""

from __future__ import annotations

import re

from sverka.core.names.keys import words

_PLACE_WORDS = {
    "region",
    "oblast",
    "province",
    "district",
    "city",
    "river",
    "lake",
    "square",
    "street",
    "область",
    "области",
    "район",
    "город",
    "река",
    "площадь",
    "улица",
    "облысы",
    "ауданы",
    "қаласы",
    "өзені",
    "алаңы",
    "көшесі",
}
_ORG_WORDS = {
    "ministry",
    "committee",
    "agency",
    "party",
    "bank",
    "council",
    "service",
    "company",
    "university",
    "news",
    "union",
    "organization",
    "organisation",
    "court",
    "office",
    "министерство",
    "комитет",
    "агентство",
    "партия",
    "банк",
    "совет",
    "служба",
    "компания",
    "университет",
    "союз",
    "организация",
    "суд",
    "ао",
    "тоо",
    "министрлігі",
    "комитеті",
    "агенттігі",
    "партиясы",
    "кеңесі",
    "қызметі",
    "компаниясы",
    "соты",
}
_PERSON_ENDING = re.compile(
    r"(ов|ев|ёв|ин|ова|ева|ина|ский|ская|ұлы|қызы|ovich|ovna|evich|evna|ov|ev|ova|eva|yev|"
    r"yeva|uly|kyzy|qyzy|sky|skaya|enko|enka|yan|ian)$",
    re.IGNORECASE,
)
_ACRONYM = re.compile(r"^[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}$")

# Capitalized words that open sentences or precede names but are not names themselves.
_STOPWORD_TEXT = """
    the a an in on at by for from to of and but or as with after before during this that these
    those it he she they we i his her their its our mr mrs ms dr president prime minister
    general colonel akim chairman head deputy spokesman says said according however meanwhile
    monday tuesday wednesday thursday friday saturday sunday january february march april may
    june july august september october november december
    all some many most no not there here what who which while since throughout addressing also
    tv gmt utc internet
    kazakh kazakhstani russian soviet american chinese european western
    project ранее об лишь позже затем теперь поэтому вице
    в во на по как это он она они также при после для из с к о и а но однако кроме сегодня
    вчера когда где что там тут уже ещё еще все всё его ее её их глава президент премьер
    министр аким председатель генерал чп чс сми
    бұл ол олар сондай-ақ және бірақ мен сол осы президент премьер-министр министр әкім
    төраға қаңтар
"""
STOPWORDS = frozenset(_STOPWORD_TEXT.split())

# Nationality adjectives: "German" alone is no name, and "North Korean government" makes
# "North" an adjective's half, not a place.
_DEMONYM_TEXT = """
    german french british english ukrainian belarusian polish turkish korean japanese indian
    italian spanish georgian armenian uzbek kyrgyz tajik turkmen iranian israeli arab syrian
    afghan mongolian azerbaijani african asian dutch swedish finnish canadian australian
"""
DEMONYMS = frozenset(_DEMONYM_TEXT.split())
STOPWORDS = STOPWORDS | DEMONYMS


def is_stopword(word: str) -> bool:
    """True for function words and titles that are capitalized but name nothing."""
    return word.lower() in STOPWORDS


def guess_kind(name: str) -> str:
    """ "place", "person", "organisation" or "other" for a name outside the gazetteer."""
    ws = words(name)
    lowered = {w.lower() for w in ws}
    if lowered & _ORG_WORDS or (len(ws) == 1 and _ACRONYM.match(ws[0])):
        return "organisation"
    if lowered & _PLACE_WORDS:
        return "place"
    if 2 <= len(ws) <= 4 and _PERSON_ENDING.search(ws[-1]):
        return "person"
    if len(ws) == 1 and len(ws[0]) > 5 and _PERSON_ENDING.search(ws[0]):
        return "person"
    return "other"
