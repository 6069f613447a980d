"""Match reports are not wars: 'Uruguay beat Portugal 2-1', 'the champions attacked down the
left', 'they meet Spain in the final' use the verbs of force and diplomacy for play.

A trigger whose lemma is a contest verb or noun (lexicons/sports.json) is no PLOVER event when
its sentence is about sport (a sport word or a scoreline) or its article is a sports report
(enough sport words for its length). Only contest words are dropped, so an arrest, a charge or
a death reported on the sports pages keeps its event.
"""

from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from newsweave.extract.lexicon import load_json

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

logger = logging.getLogger(__name__)

# "3-1", "2 - 0", "13-3", "6-4, 6-2": a score, not a date or a ratio of votes ("52-48 vote")
_SCORE = re.compile(r"(?<![\d./:-])\d{1,3}\s?[-–]\s?\d{1,3}(?![\d./:-])(?!\s+(?:vote|votes|"
                    r"ruling|decision|majority|margin|split|year|years|month|months|day|days|"
                    r"percent|per cent))", re.I)
_NAMES = ("NOUN", "PROPN")


@dataclass(frozen=True)
class SportWords:
    contest_verbs: frozenset[str]
    contest_nouns: frozenset[str]
    words: frozenset[str]  # one-word sport nouns (lemmas or forms)
    phrases: tuple[re.Pattern[str], ...]  # "world cup", "super bowl"
    article_min_hits: int
    article_tokens_per_hit: int


@functools.lru_cache(maxsize=1)
def sport_words() -> SportWords:
    data = load_json("sports.json")
    single = [w for w in data["sport_words"] if " " not in w]
    multi = [w for w in data["sport_words"] if " " in w]
    return SportWords(
        contest_verbs=frozenset(data["contest_verbs"]),
        contest_nouns=frozenset(data["contest_nouns"]),
        words=frozenset(single),
        phrases=tuple(re.compile(r"\b" + re.escape(p) + r"\b", re.I) for p in multi),
        article_min_hits=int(data["article_min_hits"]),
        article_tokens_per_hit=int(data["article_tokens_per_hit"]),
    )


def _sport_token(tok: Token, words: frozenset[str]) -> bool:
    return tok.pos_ in _NAMES and (tok.lower_ in words or tok.lemma_.lower() in words)


def sport_hits(span: Span | Doc) -> int:
    """How many sport words and scorelines a sentence or a whole article has."""
    sw = sport_words()
    text = span.text
    hits = sum(1 for t in span if _sport_token(t, sw.words))
    hits += sum(len(p.findall(text)) for p in sw.phrases)
    hits += len(_SCORE.findall(text))
    return hits


def sports_report(doc: Doc) -> bool:
    """Whether the article is a sports report: enough sport words for its length."""
    sw = sport_words()
    hits = sport_hits(doc)
    return hits >= sw.article_min_hits and hits * sw.article_tokens_per_hit >= len(doc)


def contest_word(tok: Token) -> bool:
    """A word sport borrows from war and diplomacy ('beat', 'attack', 'meet', 'victory')."""
    sw = sport_words()
    if tok.pos_ == "VERB":
        return tok.lemma_.lower() in sw.contest_verbs
    return tok.lower_ in sw.contest_nouns or tok.lemma_.lower() in sw.contest_nouns


def played_not_fought(tok: Token, in_sports_report: bool) -> bool:
    """A contest word in a sentence about sport, or anywhere in a sports report: play, not an
    event ('Uruguay beat Portugal 2-1 in the group stage')."""
    if not contest_word(tok):
        return False
    return in_sports_report or sport_hits(tok.sent) > 0
