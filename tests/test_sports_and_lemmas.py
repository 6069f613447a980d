"""Type and modality problems of issue #11 on sentences we made up: match reports that borrow
the words of war ('beat', 'attacked', 'meet in the final') are play, not events; the
lemmatizer's 'staged' -> 'stag' is repaired before triggers are read; and 'no matter how many
he killed' concedes a killing, it does not negate one."""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.extract import sports
from newsweave.extract.lemmas import repair_lemmas, repaired_lemma, verb_index
from newsweave.extract.lexicon import load_json
from newsweave.extract.lexicon_schema import LexiconError, validate


def _token(doc: Any, word: str) -> Any:
    return next(t for t in doc if t.text == word)


@pytest.mark.parametrize(("text", "word"), [
    ("Uruguay beat Portugal 2-1 in Montevideo on Sunday.", "beat"),
    ("Norway defeated Denmark in the handball semifinal.", "defeated"),
    ("The visitors attacked relentlessly after the referee's whistle.", "attacked"),
    ("Croatia will meet Japan in the World Cup quarter-final.", "meet"),
    ("The striker's fight for a place in the squad goes on.", "fight"),
    ("Okafor returned an interception 40 yards for a touchdown.", "returned"),
])
def test_contest_words_in_a_sentence_about_sport_are_play(nlp: Any, text: str,
                                                          word: str) -> None:
    doc = nlp(text)
    assert sports.played_not_fought(_token(doc, word), in_sports_report=False)


@pytest.mark.parametrize(("text", "word"), [
    ("Government troops attacked the rebel camp near Goma on Sunday.", "attacked"),
    ("The army defeated the insurgents after a week of fighting.", "defeated"),
    ("Police arrested the striker outside a nightclub.", "arrested"),  # not a contest verb
    ("The foreign ministers will meet in Geneva on Friday.", "meet"),
    ("The court upheld the 5-4 ruling that struck down the ban.", "struck"),
    ("Rebels launched a final assault on the town.", "assault"),  # 'final' is no match
])
def test_war_diplomacy_and_arrests_are_not_sport(nlp: Any, text: str, word: str) -> None:
    doc = nlp(text)
    assert not sports.played_not_fought(_token(doc, word), in_sports_report=False)


def test_a_sports_report_makes_every_contest_word_play(nlp: Any) -> None:
    report = nlp("The Hawks meet the Ravens on Sunday. Their coach said the league leaders "
                 "were beaten twice last season. The quarterback threw two touchdowns in "
                 "the playoff. The Ravens will attack from the start, he said.")
    assert sports.sports_report(report)
    attack = _token(report, "attack")
    assert sports.sport_hits(attack.sent) == 0  # the sentence alone says nothing of sport
    assert sports.played_not_fought(attack, in_sports_report=True)
    politics = nlp("The rebels will attack from the north, the general said. The talks "
                   "in Doha failed. A World Cup qualifier was postponed.")
    assert not sports.sports_report(politics)


def test_scorelines_are_not_votes_or_spans() -> None:
    assert sports._SCORE.search("won 3-1 at home")
    assert sports._SCORE.search("a 13 - 3 win")
    assert not sports._SCORE.search("the Senate voted 52-48 vote")
    assert not sports._SCORE.search("approved by a 5-4 majority")
    assert not sports._SCORE.search("on 2019-05-04")
    assert not sports._SCORE.search("a 3-5 years sentence")


def test_the_sports_lexicon_is_checked_on_load() -> None:
    data = load_json("sports.json")
    assert {"beat", "defeat", "attack"} <= set(data["contest_verbs"])
    with pytest.raises(LexiconError, match=r"sports\.json: article_min_hits"):
        validate("sports.json", {**data, "article_min_hits": 0})
    with pytest.raises(LexiconError, match="unknown key"):
        validate("sports.json", {**data, "contest_verb": []})


@pytest.mark.parametrize(("text", "word", "lemma"), [
    ("Opposition groups staged a sit-in outside the assembly.", "staged", "stage"),
    ("The militia has waged a campaign against the villagers.", "waged", "wage"),
    ("Fighting is raging in the eastern districts.", "raging", "rage"),
    ("Organisers are staging rallies in four cities.", "staging", "stage"),
    ("The envoy hoped for a breakthrough.", "hoped", "hope"),
])
def test_undoubled_verb_forms_get_their_e_lemma(nlp: Any, text: str, word: str,
                                                lemma: str) -> None:
    doc = nlp(text)
    repair_lemmas(doc)
    assert _token(doc, word).lemma_ == lemma


@pytest.mark.parametrize(("text", "word"), [
    ("The minister visited the border post.", "visited"),
    ("The army planned the offensive for months.", "planned"),
    ("Protesters showed their anger.", "showed"),
    ("The dog wagged its tail.", "wagged"),
    ("The rebels targeted a convoy.", "targeted"),
])
def test_other_verb_forms_keep_their_lemma(nlp: Any, text: str, word: str) -> None:
    doc = nlp(text)
    tok = _token(doc, word)
    assert repaired_lemma(tok, verb_index()) is None


@pytest.mark.parametrize(("text", "word", "modality"), [
    ("The gunman was spared the death penalty, no matter how many people he killed.",
     "killed", "asserted"),
    ("No matter what the rebels attacked, the army held the town.", "attacked", "asserted"),
    ("The army did not attack the town.", "attack", "negated"),
    ("No country attacked the convoy.", "attacked", "negated"),
])
def test_no_matter_is_a_concession_not_a_negation(nlp: Any, text: str, word: str,
                                                  modality: str) -> None:
    from newsweave.extract.modality import modality_of

    assert modality_of(_token(nlp(text), word))[0] == modality
