"""Short forms whose full stop ends no sentence (lexicons/abbreviations.json).

One list for the three places that need it: the sentence splitter run after spaCy's parser
(newsweave.nlp.models), the quote layer's statement splitter (newsweave.extract.quotes) and the
speaker resolver, which reads the role a title stands for ("Gov." -> governor). Where they
differ the difference is data: name suffixes ("Jr.") may end a sentence for the parser but
not for the statement splitter; month short forms and "No." are apart so ablation can switch
them off.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping
from dataclasses import dataclass

from newsweave.extract.lexicon import load_json


@dataclass(frozen=True)
class Abbreviations:
    titles: Mapping[str, str]  # "gov" -> "governor"
    honorifics: frozenset[str]  # "mr": before a name, no role
    name_suffixes: frozenset[str]  # "jr": ends a name
    other_short_forms: frozenset[str]  # "st": saint or street
    month_short_forms: frozenset[str]
    number_sign: frozenset[str]  # "no": "No. 10"

    @property
    def before_names(self) -> frozenset[str]:
        """Short forms that stand before a name: their stop never ends a sentence before a
        capitalised word ("Sgt. Ana Ruiz", "Mrs. Roe")."""
        return frozenset(self.titles) | self.honorifics

    @property
    def within_names(self) -> frozenset[str]:
        """Short forms in or around a name: before it, or ending it, or a saint's or street's."""
        return self.before_names | self.name_suffixes | self.other_short_forms


@functools.cache
def abbreviations() -> Abbreviations:
    data = load_json("abbreviations.json")
    return Abbreviations(
        titles=dict(data["titles"]),
        honorifics=frozenset(data["honorifics"]),
        name_suffixes=frozenset(data["name_suffixes"]),
        other_short_forms=frozenset(data["other_short_forms"]),
        month_short_forms=frozenset(data["month_short_forms"]),
        number_sign=frozenset(data["number_sign"]),
    )
