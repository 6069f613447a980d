"""What an article's words say about a person's gender, defined once for every resolver.

Pronoun resolution (event arguments in extract/actors.py, quote speakers in
extract/referents.py) uses it only to rule out contradictions: "she" is not a man named
before. The words and given names are data (data/lexicons/person_gender.json, schema-checked
on load); a name used for both genders is left out there, so unknown stays unknown.
"""

from __future__ import annotations

import functools

from newsweave.extract.lexicon import load_json

FEMALE = "F"
MALE = "M"

_PRONOUNS = {"she": FEMALE, "her": FEMALE, "hers": FEMALE, "herself": FEMALE,
             "he": MALE, "him": MALE, "his": MALE, "himself": MALE}


def pronoun_gender(word: str) -> str | None:
    """"F" for she/her/hers/herself, "M" for he/him/his/himself, else None."""
    return _PRONOUNS.get(word.lower())


def other_gender(gender: str | None) -> str | None:
    """The gender a person must not have to be meant by a pronoun of `gender`."""
    return {FEMALE: MALE, MALE: FEMALE}.get(gender or "")


@functools.lru_cache(maxsize=1)
def gender_words() -> tuple[dict[str, str], dict[str, str]]:
    """(title or role word -> gender, lower-case given name -> gender), from the lexicon."""
    data = load_json("person_gender.json")
    titles = {w: FEMALE for w in data["female_titles"]} | {w: MALE for w in data["male_titles"]}
    names = {n.lower(): FEMALE for n in data["female_given_names"]} | \
        {n.lower(): MALE for n in data["male_given_names"]}
    return titles, names


def title_gender(word: str) -> str | None:
    """The gender a title or role word in front of a name gives ("Mrs.", "King"), or None."""
    return gender_words()[0].get(word.lower().rstrip("."))


def given_name_gender(name: str) -> str | None:
    """The gender of a full name's given name when the lexicon lists it for one gender only
    ("Maria Lopez" -> "F"); None for a single word (a surname tells nothing) or an unlisted
    or shared given name."""
    words = name.split()
    if len(words) < 2:
        return None
    return gender_words()[1].get(words[0].lower())
