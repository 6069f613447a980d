"""Look-ups that used to scan a whole article per quote, pronoun or event (quadratic in its
length) now use an index; each answers exactly what the scan it replaced answered."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st
from spacy.tokens import Doc
from spacy.vocab import Vocab

from newsweave.extract.referents import (
    GROUP,
    ORG,
    PERSON,
    Referent,
    SpeakerResolver,
    _can_be_person,
)
from newsweave.link.claims import _SENTENCE_BREAK, ClaimInputs
from newsweave.link.entities import EntityIndex
from newsweave.model import ActorRef, Article, Mention

NAMES = ["Ana Ruiz", "the spokeswoman", "Mr. Novak", "the ministry", "the rebels", "Omar"]


def resolver(referents: list[Referent], sent_starts: list[int]) -> SpeakerResolver:
    """A resolver holding just the referents and sentence starts, over an empty doc: with no
    tokens, no referent opens a sentence as a plural noun tagged as a name
    (plural_noun_not_person, which the scan below does not model; its own test is in
    test_quotes_real_patterns), so the index order alone decides."""
    made = object.__new__(SpeakerResolver)
    made.doc = Doc(Vocab(), words=[])
    made.referents = sorted(referents, key=lambda r: r.pos)
    made.sent_starts = sent_starts
    made.genders = {}
    made.reports = []  # no reported clauses: the plain salience order
    return made


def scan_antecedent(res: SpeakerResolver, pos: int, kinds: tuple[str, ...],
                    gender: str | None) -> tuple[ActorRef, str, set[str]] | None:
    """The list-building scan `_antecedent` used before the index (the reference answer)."""
    sent = res.sentence_index(pos)
    other = {"female": "male", "male": "female"}.get(gender or "")
    # (he/she never means a thing a cue gave a voice: referents._can_be_person)
    before = [r for r in res.referents if r.pos < pos and r.kind in kinds and
              (other is None or res._gender_of(r) != other) and
              (kinds != (PERSON,) or _can_be_person(r))]
    recent = [r for r in before if res.sentence_index(r.pos) >= sent - 3]
    nearby = [r for r in before if res.sentence_index(r.pos) >= sent - 6]
    for pool in ([r for r in recent if r.salient], [r for r in nearby if r.salient],
                 recent, [r for r in before if r.salient]):
        if pool:
            r = pool[-1]
            return replace(r.actor), r.kind, set(r.roles)
    return None


referent = st.builds(
    lambda pos, name, kind, salient: Referent(pos=pos, actor=ActorRef(name=name), kind=kind,
                                              salient=salient),
    st.integers(0, 2000), st.sampled_from(NAMES), st.sampled_from([PERSON, ORG, GROUP]),
    st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(referent, max_size=40), st.integers(0, 2100),
       st.sampled_from([(PERSON,), (ORG, GROUP), (PERSON, ORG, GROUP)]),
       st.sampled_from([None, "female", "male"]),
       st.lists(st.integers(1, 2000), max_size=30))
def test_the_antecedent_is_the_one_the_scan_found(refs: list[Referent], pos: int,
                                                   kinds: tuple[str, ...], gender: str | None,
                                                   starts: list[int]) -> None:
    res = resolver(refs, sorted({0, *starts}))
    assert res._antecedent(pos, kinds, gender) == scan_antecedent(res, pos, kinds, gender)


def test_a_subject_a_few_sentences_back_beats_a_name_in_passing() -> None:
    res = resolver([Referent(10, ActorRef(name="Carlineo"), PERSON, salient=True),
                    Referent(250, ActorRef(name="Omar"), PERSON, salient=False)],
                   [0, 100, 200, 300, 400])
    found = res._antecedent(420, (PERSON,))
    assert found is not None and found[0].name == "Carlineo"
    # eight sentences on, a name in passing two sentences back beats the old subject
    far = resolver([*res.referents, Referent(650, ActorRef(name="Baker"), PERSON)],
                   [0, 100, 200, 300, 400, 500, 600, 700, 800])
    found = far._antecedent(820, (PERSON,))
    assert found is not None and found[0].name == "Baker"


def inputs_with(mentions: list[Mention], text: str = "") -> ClaimInputs:
    index = EntityIndex(entities=[], mention_entity={}, person_names={}, person_blocks={},
                        group_names={})
    return ClaimInputs(articles={"a": Article(article_id="a", source="a", text=text)},
                       order={"a": 0}, source_of={}, outlet_of={}, index=index,
                       mentions={"a": mentions})


@settings(deadline=None)
@given(st.lists(st.tuples(st.integers(0, 500), st.integers(1, 20)), max_size=60),
       st.integers(0, 520), st.integers(0, 60))
def test_mentions_from_gives_the_scan_in_text_order(spans: list[tuple[int, int]], lo: int,
                                                    width: int) -> None:
    mentions = [Mention(mention_id=f"m{i}", article_id="a", text="x", span=(a, a + n),
                        label="ORG", canonical="x", local_key="ORG:x")
                for i, (a, n) in enumerate(spans)]
    got = inputs_with(mentions).mentions_from("a", lo, lo + width)
    assert got == [m for m in sorted(mentions, key=lambda m: m.span)
                   if lo <= m.span[0] < lo + width]


@settings(deadline=None)
@given(st.text(alphabet="ab .!?\"”)\n", max_size=200), st.integers(0, 210))
def test_break_before_gives_the_last_break_the_scan_found(text: str, end: int) -> None:
    scanned = [m.end() for m in _SENTENCE_BREAK.finditer(text, 0, end)]
    assert inputs_with([], text).break_before("a", text, end) == \
        (scanned[-1] if scanned else None)
