"""Name normalisation and comparison for corpus entity resolution.

People are compared token by token: the surname decides the blocking key (a phonetic code, so
"Muzhda" spellings meet), first names must agree exactly, by initial, or by sound and spelling
("Wahid" / "Waheed"). Organisations and places are compared by their normalised name.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

from newsweave.extract.lexicon import load_json, load_lines

# entries of a link cache whose keys grow with the corpus (names, pairs of name tokens, quote
# texts): a least-recently-used cache smaller than what one link asks for gets no hits on
# the next link, which asks in the same order (at 10,000 synthetic articles tokens_match
# was asked 88,000 pairs of its 65,536 places, doubt_cue 23,000 texts: 100,000 articles
# pass every former size). Sized for a few hundred thousand articles (~150 bytes an entry).
CORPUS_CACHE = 1 << 21

_APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "‐": "-", "–": "-", "—": "-"})
_POSSESSIVE = re.compile(r"'s?$")
_NON_WORD = re.compile(r"[^\w\s'-]+")


@functools.lru_cache(maxsize=1)
def _name_parts() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    data = load_json("link_name_parts.json")
    return (frozenset(data["suffixes"]), frozenset(data["particles"]),
            frozenset(data["group_articles"]))


@functools.lru_cache(maxsize=1)
def _titles() -> frozenset[str]:
    return frozenset(t.lower() for t in load_lines("person_titles.txt"))


def fold(text: str) -> str:
    """Lower case without accents, typographic quotes or dashes; white space folded."""
    text = unicodedata.normalize("NFKD", text.translate(_APOSTROPHES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return re.sub(r"\s+", " ", text).strip().lower()


@functools.lru_cache(maxsize=CORPUS_CACHE)
def group_key(name: str) -> str:
    """Normalised name of an organisation, place or group: 'the U.S.' -> 'us'."""
    _, _, articles = _name_parts()
    text = fold(name)
    text = _POSSESSIVE.sub("", text)
    text = text.replace(".", "")
    text = _NON_WORD.sub(" ", text).replace("-", " ")
    words = text.split()
    while len(words) > 1 and words[0] in articles:
        words = words[1:]
    return " ".join(words)


@functools.lru_cache(maxsize=CORPUS_CACHE)
def person_tokens(name: str) -> tuple[str, ...]:
    """Name tokens of a person without titles, suffixes or punctuation; particles joined."""
    suffixes, particles, _ = _name_parts()
    titles = _titles()
    text = _POSSESSIVE.sub("", fold(name))
    text = _NON_WORD.sub(" ", text.replace(".", ". "))
    words = [w.strip("'-") for w in text.replace("-", " - ").split()]
    words = [w for w in words if w and w != "-"]
    while len(words) > 1 and words[0].rstrip(".") in titles:
        words = words[1:]
    while len(words) > 1 and words[-1].rstrip(".") in suffixes:
        words = words[:-1]
    out: list[str] = []
    carry = ""
    for i, w in enumerate(words):
        w = w.rstrip(".") if len(w) > 2 else w
        if w in particles and i < len(words) - 1:
            carry += w
            continue
        out.append(carry + w)
        carry = ""
    return tuple(out)


@functools.lru_cache(maxsize=CORPUS_CACHE)
def phonetic(token: str) -> str:
    """A phonetic key (metaphone) that groups spelling variants of one name."""
    import jellyfish

    key = jellyfish.metaphone(token.rstrip("."))
    return key or token


def is_initial(token: str) -> bool:
    return len(token.rstrip(".")) == 1


@functools.lru_cache(maxsize=CORPUS_CACHE)
def tokens_match(a: str, b: str) -> bool:
    """Two name tokens are the same name: equal, same sound and close spelling, or very close."""
    from rapidfuzz import fuzz

    a, b = a.rstrip("."), b.rstrip(".")
    if a == b:
        return True
    if len(a) < 3 or len(b) < 3:
        return False
    ratio = fuzz.ratio(a, b)
    if phonetic(a) == phonetic(b) and ratio >= 60:
        return True
    return ratio >= 88


def first_names_compatible(a: str, b: str) -> bool:
    """First names agree, or one is the initial of the other."""
    if is_initial(a) or is_initial(b):
        return a[0] == b[0]
    return tokens_match(a, b)


@dataclass(frozen=True)
class PersonName:
    """A person's name split into tokens; `full` when it has a first name and a surname."""

    tokens: tuple[str, ...]

    @property
    def full(self) -> bool:
        return len(self.tokens) >= 2

    @property
    def surname(self) -> str:
        return self.tokens[-1] if self.tokens else ""

    @property
    def first(self) -> str:
        return self.tokens[0] if self.tokens else ""

    # worked out once per name (the frozen record's own dict holds them): entity grouping
    # asks for them for every cluster on every link of a growing corpus

    @functools.cached_property
    def only_initials(self) -> bool:
        """'J. Ahmad': the first name is an initial, so it cannot pick among namesakes."""
        return self.full and all(is_initial(t) for t in self.tokens[:-1])

    def block_keys(self) -> frozenset[str]:
        """Phonetic keys of the tokens that can be a surname (all but a full name's first)."""
        return self._block_keys

    @functools.cached_property
    def _block_keys(self) -> frozenset[str]:
        candidates = self.tokens[1:] if self.full else self.tokens
        return frozenset(phonetic(t) for t in candidates if not is_initial(t))


@functools.lru_cache(maxsize=CORPUS_CACHE)
def person_name(tokens: tuple[str, ...]) -> PersonName:
    """The PersonName of these tokens, one record per name (with its keys worked out)."""
    return PersonName(tokens)


def same_person(a: PersonName, b: PersonName) -> bool:
    """Full names that can be one person: first names agree and the shorter name's other
    tokens appear, in order, in the longer ('Ashraf Ghani' ~ 'Ashraf Ghani Ahmadzai')."""
    if not (a.full and b.full):
        return False
    if not first_names_compatible(a.first, b.first):
        return False
    short, long_ = (a, b) if len(a.tokens) <= len(b.tokens) else (b, a)
    pos = 1
    for tok in short.tokens[1:]:
        while pos < len(long_.tokens) and not tokens_match(tok, long_.tokens[pos]):
            pos += 1
        if pos >= len(long_.tokens):
            return False
        pos += 1
    return True


def surname_fits(surname: str, full: PersonName) -> bool:
    """A lone surname can refer to this full name (it matches the full name's last token)."""
    return full.full and tokens_match(surname, full.surname)


def partial_fits(partial: PersonName, full: PersonName) -> bool:
    """A lone surname or an initialled name ('J. Ahmad') fits this full name."""
    if not partial.full:
        return surname_fits(partial.surname, full)
    return (full.full and not full.only_initials and tokens_match(partial.surname, full.surname)
            and first_names_compatible(partial.first, full.first))
