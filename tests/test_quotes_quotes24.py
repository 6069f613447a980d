"""Quote rules of session 24 (quotes24, issue 13, general forms of the development sets'
misses), each on made-up text and each switched off once: a judging verb in the clause of a
noun that sums up what came before ('..., a move he described as "a betrayal."') reports its
quoted "as" phrase, a fragment (mixed), said by that clause's own subject."""

from __future__ import annotations

from typing import Any

import pytest

from quote_helpers import quotes_in, speakers_of

pytestmark = pytest.mark.slow

# ------------------------------------------------------------- summing_judgement_quoted

_UNDER_CUE = ('Dana Marsh said the depot would close in May, a move she described as '
              '"a betrayal of the town."\n')
_APPOSED = ('The club was fined twice, a decision its owner, Tom Reyes, described as '
            '"a scandal."\n')


def test_summing_judgement_under_another_cue(nlp: Any) -> None:
    found = quotes_in(nlp, _UNDER_CUE)
    hit = next(q for q in found if "betrayal" in q.text)
    assert hit.kind == "mixed"
    assert hit.speaker is not None and hit.speaker.name == "Dana Marsh"
    assert "summing_judgement_quoted" in hit.rules
    # (what was said before the summing noun stays its own quote, without the judgement)
    assert speakers_of(found, "the depot would close") == ["Dana Marsh"]
    assert not any("depot" in q.text and "betrayal" in q.text for q in found)


def test_summing_judgement_read_as_participle(nlp: Any) -> None:
    # (the parser hangs 'described' on the noun as a participle with a subject of its own)
    found = quotes_in(nlp, _APPOSED)
    assert speakers_of(found, "a scandal") == ["Tom Reyes"]


def test_summing_judgement_off(nlp: Any, ablated: Any) -> None:
    ablated("summing_judgement_quoted")
    found = quotes_in(nlp, _UNDER_CUE)
    # (without it the quoted fragment is read as a whole statement of the cue before)
    assert not any(q.kind == "mixed" and "betrayal" in q.text for q in found)
    assert not any("summing_judgement_quoted" in q.rules for q in found)
    assert not any("scandal" in q.text for q in quotes_in(nlp, _APPOSED))


def test_no_summing_noun_no_judgement(nlp: Any) -> None:
    # a relative clause on a noun that sums nothing up (no comma, no 'a') inside what another
    # cue reports: the quoted words are that cue's report, not a judgement of their own
    text = ('Dana Marsh said the plan the council described as "a bold step" would cost '
            'more.\n')
    found = quotes_in(nlp, text)
    assert not any("summing_judgement_quoted" in q.rules for q in found)


def test_unquoted_summing_judgement_is_no_quote(nlp: Any) -> None:
    # an "as" phrase without quotation marks is the writer's wording of it: nothing quoted
    text = "The club was fined twice, a decision its owner, Tom Reyes, described as unfair.\n"
    found = quotes_in(nlp, text)
    assert not any("unfair" in q.text for q in found)


def test_summing_judgement_subject_read_as_apposition(nlp: Any) -> None:
    # ('its treasurer, Dana Holt, described': the parser hangs the verb on the summing noun
    # or on its subject, read as an apposition of that noun)
    text = ('The county reported a surplus of $4 million, a figure its treasurer, Dana Holt, '
            'described as "a welcome surprise."\n')
    found = quotes_in(nlp, text)
    assert speakers_of(found, "a welcome surprise") == ["Dana Holt"]


# --------------------------------------------------------------- as_judgement_on_object

_ON_OBJECT = ('Ann Reyes spoke on Monday. She dismissed the survey\'s spread as "static" and '
              'said the mayor would hold three rallies.\n')


def test_as_judgement_hung_on_the_object(nlp: Any) -> None:
    found = quotes_in(nlp, _ON_OBJECT)
    hit = next(q for q in found if "static" in q.text)
    assert hit.kind == "mixed"
    assert hit.speaker is not None and hit.speaker.name == "Ann Reyes"
    assert "as_judgement_on_object" in hit.rules
    assert speakers_of(found, "the mayor would hold three rallies") == ["Ann Reyes"]


def test_as_judgement_on_object_off(nlp: Any, ablated: Any) -> None:
    ablated("as_judgement_on_object")
    assert not any("static" in q.text for q in quotes_in(nlp, _ON_OBJECT))


def test_unquoted_as_phrase_on_object_is_no_quote(nlp: Any) -> None:
    text = ("Ann Reyes spoke on Monday. She dismissed the survey's spread as static and said "
            "the mayor would hold three rallies.\n")
    assert not any("static" in q.text for q in quotes_in(nlp, text))


# ------------------------------------------------------------ surname_before_apposition

_SURNAME = ("Senator Tom Pike voted no. Pike, a Republican, has argued that the program "
            "wastes money.\n")


def test_surname_before_apposition(nlp: Any) -> None:
    # (the tagger misses the surname opening the sentence; the apposition becomes the subject)
    found = quotes_in(nlp, _SURNAME)
    hit = next(q for q in found if "wastes money" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "Tom Pike"
    assert "surname_before_apposition" in hit.speaker.rules


def test_surname_before_apposition_off(nlp: Any, ablated: Any) -> None:
    ablated("surname_before_apposition")
    assert speakers_of(quotes_in(nlp, _SURNAME), "wastes money") != ["Tom Pike"]


def test_opening_adverb_is_no_surname(nlp: Any) -> None:
    # an adverb opening the sentence is no one's surname: the apposed name speaks
    text = ("Senator Tom Pike voted no. Still, a Republican, Ann Gold, said the plan was "
            "sound.\n")
    assert speakers_of(quotes_in(nlp, text), "the plan was sound") == ["Ann Gold"]
    text = "Today, a spokesman for the city said the road would reopen.\n"
    assert speakers_of(quotes_in(nlp, text), "the road would reopen") == [
        "spokesman for the city"]


# ------------------------------------------------------------- clause_read_without_verb

_NO_VERB = "Officials said the storm would last days.\n"


def test_clause_read_without_verb(nlp: Any) -> None:
    # (the tagger reads "last" as a modifier of "days": the parser makes no clause of it)
    found = quotes_in(nlp, _NO_VERB)
    hit = next(q for q in found if "storm" in q.text)
    assert hit.text == "the storm would last days"
    assert hit.speaker is not None and hit.speaker.name == "Officials"
    assert "clause_read_without_verb" in hit.rules


def test_clause_read_without_verb_off(nlp: Any, ablated: Any) -> None:
    ablated("clause_read_without_verb")
    assert not any("storm" in q.text for q in quotes_in(nlp, _NO_VERB))


def test_noun_object_of_say_is_no_clause(nlp: Any) -> None:
    # no subject with a modal after the cue: 'said goodbye', 'said a prayer' report nothing
    for text in ("Ann Vale said goodbye to the staff on Friday.\n",
                 "Ann Vale said a prayer for the victims.\n"):
        assert quotes_in(nlp, text) == []


# ------------------------------------------------------------ title_apposition_no_name

_TITLED = "A police spokeswoman, Sgt. Ann Roe, said the driver was 34.\n"


def test_title_apposition_is_no_name(nlp: Any) -> None:
    # (the parser sets "Sgt." apart as an apposition of its own before the name)
    found = quotes_in(nlp, _TITLED)
    hit = next(q for q in found if "driver" in q.text)
    assert hit.speaker is not None and hit.speaker.name == "Ann Roe"
    assert "title_apposition_no_name" in hit.speaker.rules


def test_title_apposition_off(nlp: Any, ablated: Any) -> None:
    ablated("title_apposition_no_name")
    assert speakers_of(quotes_in(nlp, _TITLED), "the driver was 34") != ["Ann Roe"]


# --------------------------------------------------------------- short_words_not_title

_SHORT = ('Coach Tom Hale was blunt after the loss. "We were not ready," Hale said. '
          '"That is on me."\n')


def test_short_sentence_goes_on(nlp: Any) -> None:
    # ("That" is the one long word: sentence case, not a title's)
    found = quotes_in(nlp, _SHORT)
    hit = next(q for q in found if "not ready" in q.text)
    assert hit.text == "We were not ready. That is on me."
    assert hit.speaker is not None and hit.speaker.name == "Tom Hale"
    assert "short_words_not_title" in hit.rules


def test_short_words_not_title_off(nlp: Any, ablated: Any) -> None:
    ablated("short_words_not_title")
    assert not any("on me" in q.text for q in quotes_in(nlp, _SHORT))


def test_show_title_still_no_quote(nlp: Any) -> None:
    text = ('Ann Vale spoke on Sunday. "We will win," she said. "Meet the Voters" aired '
            'the interview.\n')
    assert not any("Meet the Voters" in q.text for q in quotes_in(nlp, text))


# ------------------------------------------------------------------- another_after_one

_ANOTHER = ('"It is a mess," said one official. Another added: "Nobody knows who is in '
            'charge."\n')


def test_another_after_one(nlp: Any) -> None:
    found = quotes_in(nlp, _ANOTHER)
    assert speakers_of(found, "Nobody knows who is in charge") == ["another official"]
    hit = next(q for q in found if "Nobody knows" in q.text)
    assert hit.speaker is not None and "another_after_one" in hit.speaker.rules
    assert speakers_of(found, "It is a mess") == ["one official"]


def test_another_after_one_off(nlp: Any, ablated: Any) -> None:
    ablated("another_after_one")
    assert speakers_of(quotes_in(nlp, _ANOTHER), "Nobody knows who is in charge") != [
        "another official"]


def test_another_after_plural_is_one_of_them(nlp: Any) -> None:
    # (a plural named before still gives "another of the ...": the rule only fills the gap)
    text = ('Residents gathered outside the hall. "We are tired," one said. Another said: '
            '"Nobody listens to us."\n')
    assert speakers_of(quotes_in(nlp, text), "Nobody listens to us") == [
        "another of the residents"]


# ------------------------------ relative_short_predicate, aside_before_misparsed_main

_ASIDE = "The bill, which critics say is unconstitutional, passed on Monday.\n"


def test_short_predicate_of_an_aside(nlp: Any) -> None:
    # (the parser makes "bill" the root and "passed" a clause on it; the aside is still
    # closed by its comma, and "is unconstitutional" states something of the bill)
    found = quotes_in(nlp, _ASIDE)
    hit = next(q for q in found if "unconstitutional" in q.text)
    assert hit.kind == "indirect" and hit.text == "is unconstitutional"
    assert hit.speaker is not None and hit.speaker.name == "critics"
    assert {"relative_short_predicate", "aside_before_misparsed_main"} <= set(hit.rules)


def test_short_predicate_off(nlp: Any, ablated: Any) -> None:
    ablated("relative_short_predicate")
    assert not any("unconstitutional" in q.text for q in quotes_in(nlp, _ASIDE))


def test_aside_before_misparsed_main_off(nlp: Any, ablated: Any) -> None:
    ablated("aside_before_misparsed_main")
    assert not any("unconstitutional" in q.text for q in quotes_in(nlp, _ASIDE))


# ----------------------------------------------------------------- possessed_words_cue

_WORDS = ('Ann Vale spoke for an hour. The plan, in her words, was "a slow-motion '
          'disaster."\n')


def test_in_her_words(nlp: Any) -> None:
    found = quotes_in(nlp, _WORDS)
    hit = next(q for q in found if "slow-motion" in q.text)
    assert hit.kind == "mixed"
    assert hit.speaker is not None and hit.speaker.name == "Ann Vale"
    assert "possessed_words_cue" in hit.rules


def test_in_her_words_off(nlp: Any, ablated: Any) -> None:
    ablated("possessed_words_cue")
    assert not any("slow-motion" in q.text for q in quotes_in(nlp, _WORDS))


def test_in_her_words_without_quotation_is_no_quote(nlp: Any) -> None:
    # (no quoted words: the writer's paraphrase, and 'in her view' is an opinion told)
    for text in ("Ann Vale spoke for an hour. The plan, in her words, was a disaster.\n",
                 'Ann Vale spoke for an hour. The plan, in her view, was "a disaster."\n'):
        assert not any("possessed_words_cue" in q.rules for q in quotes_in(nlp, text))
