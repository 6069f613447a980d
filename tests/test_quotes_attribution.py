"""Attribution patterns of issue 13, on sentences written here (not from any corpus).

Split and continued quotations, inverted cues, described and "one" speakers, short clauses,
"asked" constructions, denials and claims of a noun phrase, statements issued as documents,
statement nouns; and what is no quotation: titles, pull-quote credits, author footers,
related-headline lines, accusations.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsweave.model import Article, Quote, stable_id
from quote_helpers import quotes_in

pytestmark = pytest.mark.slow



def described(found: list[Quote]) -> list[tuple[str, str | None, str]]:
    return [(q.kind, q.speaker.name if q.speaker else None, q.text) for q in found]


def find(found: list[Quote], words: str) -> Quote:
    hits = [q for q in found if words in q.text]
    assert hits, described(found)
    return hits[0]


@pytest.mark.parametrize(("text", "words", "speaker", "kind"), [
    # a question with the speaker after the cue and a title before the name
    ('"Why now, after ten years of waiting?" asked campaign manager Jane Roe.',
     "after ten years of waiting", "Jane Roe", "direct"),
    # a document as the speaker, after the clause
    ("The dam is unsafe and must be closed by March, says the report.",
     "must be closed by March", "report", "indirect"),
    # a description as the speaker
    ('"The government has lost its way," the influential daily wrote in an editorial.',
     "lost its way", "daily", "direct"),
    ('"We will review the decision carefully," a spokesman added.',
     "review the decision", "spokesman", "direct"),
    # an opinion inside a quotation is still a quotation
    ('"I think we are going to win this race," said Anna Berg.', "I think we are going",
     "Anna Berg", "direct"),
    ('"We believe the vote was fair and clean," the party said.', "We believe the vote",
     "party", "direct"),
    # a short clause before the cue keeps its subject
    ("It will soon, analysts say.", "It will soon", "analysts", "indirect"),
    # the one asked answers; the question is no statement of the one asked
    ("Olsen, asked whether he would accept the result, said he would wait and see.",
     "he would wait and see", "Olsen", "indirect"),
    ('When asked if the plan would work, the minister replied, "It is too early to tell."',
     "too early to tell", "minister", "direct"),
    # requests: the addressee and the infinitive
    ("Senator Olsen asked the council to convene an emergency session.",
     "the council to convene an emergency session", "Olsen", "indirect"),
    ("The union urged lawmakers to reject the bill.", "lawmakers to reject the bill", "union",
     "indirect"),
    ("Mayor Ruiz called on the board to resign.", "the board to resign", "Ruiz", "indirect"),
    # a denial or claim of a noun phrase
    ("The ministry denied any connection to the attack.", "any connection to the attack",
     "ministry", "indirect"),
    ("A rebel group claimed responsibility for the bombing.",
     "responsibility for the bombing", "rebel group", "indirect"),
    # a statement issued as a document, or given in one
    ("The ministry issued a statement saying the talks had collapsed.",
     "the talks had collapsed", "ministry", "indirect"),
    ("In a statement, the ministry said the talks had collapsed.", "the talks had collapsed",
     "ministry", "indirect"),
    ("Olsen wrote in a letter to the board that the merger was a mistake.",
     "the merger was a mistake", "Olsen", "indirect"),
    # a statement noun with its clause
    ("Olsen's claim that the vote was rigged drew criticism.", "the vote was rigged",
     "Olsen", "indirect"),
    ("Olsen expressed hope that the talks would resume next week.",
     "the talks would resume next week", "Olsen", "indirect"),
    # a finding with a finite clause of its own
    ("The study found that prices fell sharply last year.", "prices fell sharply", "study",
     "indirect"),
    # a named possessor is the speaker, without its "'s"
    ("Senator Olsen's assertion that the vote was rigged drew criticism.", "the vote was rigged",
     "Olsen", "indirect"),
    # a condition opening the reported clause stays in it
    ("Anna Berg said if the mayor can get his message out, he will win.",
     "if the mayor can get his message out", "Anna Berg", "indirect"),
])
def test_attribution_pattern(nlp: Any, text: str, words: str, speaker: str, kind: str
                             ) -> None:
    q = find(quotes_in(nlp, text), words)
    assert q.speaker is not None and speaker in q.speaker.name, described([q])
    assert q.kind == kind


def test_split_quote_is_one_statement_of_one_speaker(nlp: Any) -> None:
    text = ('Anna Berg spoke to voters on Monday. "If you leave now," she said, "you lose '
            'everything you built here."')
    found = quotes_in(nlp, text)
    assert described(found) == [
        ("direct", "Anna Berg", "If you leave now, you lose everything you built here.")]
    q = found[0]
    assert text[q.span[0]:q.span[1]].startswith("If you leave now")
    assert text[q.span[0]:q.span[1]].endswith("built here.")


def test_quote_continued_after_its_cue_extends_it(nlp: Any) -> None:
    text = ('"We will win this fight," Anna Berg said. "We have the votes. And we will not '
            'stop until the law is changed."')
    found = quotes_in(nlp, text)
    assert len(found) == 1, described(found)
    assert found[0].text.startswith("We will win this fight. We have the votes.")


def test_a_short_sentence_continues_the_quote(nlp: Any) -> None:
    text = '"I have not seen the report," Anna Berg said when asked about it. "Nobody has."'
    found = quotes_in(nlp, text)
    assert any("Nobody has." in q.text and q.speaker is not None and
               q.speaker.name == "Anna Berg" for q in found), described(found)


def test_quotes_of_two_speakers_stay_apart(nlp: Any) -> None:
    text = ('"We will win this fight," Anna Berg said. "They will lose," said Tom Becker, '
            "her rival.")
    found = quotes_in(nlp, text)
    assert [(q.speaker.name if q.speaker else None) for q in found] == ["Anna Berg",
                                                                       "Tom Becker"]


def test_one_of_a_group_named_before(nlp: Any) -> None:
    text = ('Residents gathered outside the town hall on Monday. "We are not going anywhere," '
            "one said. Another said the council had ignored them for years.")
    found = quotes_in(nlp, text)
    first = find(found, "not going anywhere")
    second = find(found, "ignored them for years")
    for q in (first, second):
        assert q.speaker is not None and "residents" in q.speaker.name
    assert first.speaker is not None and first.speaker.description == "a resident"
    one_of = find(quotes_in(nlp, '"Nobody wants this plan," one of the workers said.'),
                  "Nobody wants")
    assert one_of.speaker is not None and one_of.speaker.name == "one of the workers"


def test_according_to_a_possessed_reading_is_the_possessors(nlp: Any) -> None:
    text = ("Tom Becker spoke on Monday. Becker said that according to his reading, the rules "
            "require a permit for every new house.")
    found = quotes_in(nlp, text)
    assert found and all(q.speaker is not None and q.speaker.name == "Tom Becker"
                         for q in found), described(found)


def test_finding_a_thing_does_not_take_the_quotation_before_it(nlp: Any) -> None:
    text = ('"The talks will not succeed," said Anna Berg, an expert at Nordbank. "The two '
            'sides want different things." But experts say Russia has found an unusual partner.')
    q = find(quotes_in(nlp, text), "want different things")
    assert q.speaker is not None and q.speaker.name == "Anna Berg"


def test_one_is_one_of_people_not_of_anything_plural(nlp: Any) -> None:
    text = 'The media gathered outside the court. "It is over for him now," one said.'
    assert not quotes_in(nlp, text)


def test_person_named_by_age_alone_is_the_one_just_named(nlp: Any) -> None:
    text = ("The club hired Anna Berg as its coach on Monday. The 56-year-old said at her "
            'first news conference: "Few clubs can match the history of this one."')
    q = find(quotes_in(nlp, text), "Few clubs can match the history")
    assert q.speaker is not None and q.speaker.name == "Anna Berg"


def test_quotation_broken_over_lines_takes_the_cue_after_its_last_line(nlp: Any) -> None:
    # one sentence per line, as sentence-split corpora print articles
    text = ("The council voted on Monday.\n"
            '"The bridge is closed for good.\n'
            "Nobody will cross it again.\n"
            'We will build a new one," Mayor Tom Becker told reporters.\n')
    found = quotes_in(nlp, text)
    q = find(found, "The bridge is closed for good")
    assert q.speaker is not None and q.speaker.name == "Tom Becker", described(found)
    assert "We will build a new one" in q.text and q.kind == "direct"


def test_a_surname_that_is_also_a_title_does_not_give_a_gender(nlp: Any) -> None:
    text = ("Maria King, a nurse, watched the crash from the window.\n"
            '"I ran down the stairs as fast as I could," she said.')
    q = find(quotes_in(nlp, text), "ran down the stairs")
    assert q.speaker is not None and q.speaker.name == "Maria King"


def test_a_single_name_spoken_of_as_she_is_a_person(nlp: Any) -> None:
    # whatever label the tagger gives the bare name, "she" takes it up
    text = ("In the village, 25-year-old Zarina said she had voted early.\n"
            '"I voted for our neighbour," she said.')
    q = find(quotes_in(nlp, text), "voted for our neighbour")
    assert q.speaker is not None and q.speaker.name == "Zarina", described(quotes_in(nlp, text))


def test_a_generic_noun_takes_up_the_person_just_named(nlp: Any) -> None:
    text = ("16-year-old Dario Lenz is charged with the shooting.\n"
            "The teenager told police he had been afraid of the other group.")
    q = find(quotes_in(nlp, text), "afraid of the other group")
    assert q.speaker is not None and q.speaker.name == "Dario Lenz"


def test_a_surname_opening_a_sentence_is_the_person(nlp: Any) -> None:
    text = ("Lawyers for Mark Timmons spoke on Monday.\n"
            "Timmons told police he fired first.")
    q = find(quotes_in(nlp, text), "he fired first")
    assert q.speaker is not None and q.speaker.name == "Mark Timmons"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    # a clause the parser hung on the addressee as a relative clause
    ("Clerk Dana Wells tells the paper that she argued with the robber for a minute.",
     "she argued with the robber", "Dana Wells"),
    # a long clause the parser did not link to the cue closing the sentence
    ("The only reliable way that the two agencies count such seizures is by weight, not by "
     "street value, an agency spokesman told us.", "count such seizures is by weight",
     "spokesman"),
    # what is denied follows the verb; the clause before the dash is the writer's
    ("The Northern Front militia is active in the hills - it denies claims that it is paid by "
     "the capital.", "it is paid by the capital", "Northern Front"),
    # the one made to speak is the object of the verb above
    ("The new poster prompted several parents to argue that the ad frightened children.",
     "the ad frightened children", "parents"),
    # a subject the parser hung on a preposition before the cue
    ("The driver was stopped a mile away after workers at a gas station said he had "
     "driven off without paying.", "driven off without paying", "workers"),
    # "as X noted": the main clause is what X noted
    ("As the city's chief engineer Dr. Rosa Lind noted at the time, the bridge needed new "
     "cables within five years.", "the bridge needed new cables", "Rosa Lind"),
    # a demand with a clause
    ("The union has demanded that the mine be closed until the inquiry ends.",
     "the mine be closed", "union"),
])
def test_reported_clause_the_parser_misplaces(nlp: Any, text: str, words: str, speaker: str
                                              ) -> None:
    found = quotes_in(nlp, text)
    q = find(found, words)
    assert q.speaker is not None and speaker in q.speaker.name, described(found)


def test_a_decimal_point_stays_with_its_number(nlp: Any) -> None:
    text = "Officer Ray Dunn said the man had a .38-caliber revolver in his coat."
    q = find(quotes_in(nlp, text), "revolver")
    assert "a .38-caliber revolver" in q.text


def test_the_clause_before_the_cue_is_no_clause_of_a_time_phrase(nlp: Any) -> None:
    assert not quotes_in(nlp, "In the spring of that year, the company said.")


def test_a_title_for_the_person_just_quoted(nlp: Any) -> None:
    text = ('John Kasich told reporters that he would stay in the race. "I am not going '
            'anywhere," the Ohio governor said.')
    q = find(quotes_in(nlp, text), "not going anywhere")
    assert q.speaker is not None and q.speaker.name == "John Kasich"


@pytest.mark.parametrize(("text", "words", "speaker"), [
    ('Senator Dana Wells called for new border checks on Tuesday.\n\n"Our towns cannot wait '
     'any longer," the Republican front-runner said in a statement.', "cannot wait",
     "Dana Wells"),
    ('Maria Olsen campaigned in Ohio on Monday.\n\n"We have to bring the country together," '
     "the former secretary of state told supporters.", "bring the country together",
     "Maria Olsen"),
])
def test_a_description_for_the_candidate_just_named(nlp: Any, text: str, words: str,
                                                    speaker: str) -> None:
    q = find(quotes_in(nlp, text), words)
    assert q.speaker is not None and q.speaker.name == speaker, described([q])


def test_a_title_is_not_someone_with_another_role(nlp: Any) -> None:
    text = ('Spokesman John Early said the rally would go ahead. "It will be huge," the '
            'governor said.')
    q = find(quotes_in(nlp, text), "It will be huge")
    assert q.speaker is not None and q.speaker.name == "governor"


def test_the_one_asked_answers_when_the_parser_makes_asked_the_verb(nlp: Any) -> None:
    text = "The senator, asked whether he would run again, said he had not decided."
    q = find(quotes_in(nlp, text), "he had not decided")
    assert q.speaker is not None and q.speaker.name == "senator"


def test_a_show_named_after_its_network_is_no_continuation(nlp: Any) -> None:
    text = ('"We have no idea if they are authentic," John Podesta told CNN\'s "State of the '
            'Union."')
    found = quotes_in(nlp, text)
    assert [q.text for q in found] == ["We have no idea if they are authentic"]


def test_a_document_is_not_of_the_one_who_obtained_it(nlp: Any) -> None:
    text = "The memo, obtained by the Daily Planet, says the agency will cut 200 jobs."
    q = find(quotes_in(nlp, text), "cut 200 jobs")
    assert q.speaker is not None and q.speaker.name == "memo"


def test_statement_named_by_the_document_its_issuer_put_out(nlp: Any) -> None:
    text = ("The mayor's office released a statement on Monday. \"The bridge will reopen in "
            'May," the statement said.')
    q = find(quotes_in(nlp, text), "reopen in May")
    assert q.speaker is not None and "mayor" in q.speaker.name


def test_title_after_a_bare_title_word_names_the_person(nlp: Any) -> None:
    text = ("The council met on Tuesday. Councilwoman Ana Ruiz opposed the plan.\n"
            '"It is a reckless plan," she said.')
    q = find(quotes_in(nlp, text), "reckless plan")
    assert q.speaker is not None and q.speaker.name == "Ana Ruiz"


@pytest.mark.parametrize(("text", "not_quoted"), [
    # a show after "said on", a book after "author of"
    ('Jane Roe said on "Face the Nation" that the bill was dead.', "Face the Nation"),
    ('Jane Roe, the author of "The Long Road Home," said the town had changed.',
     "The Long Road Home"),
    # a service one can call
    ('Players who have been drinking can call "Safe Ride Solutions" for a free ride home.',
     "Safe Ride Solutions"),
    # an accusation is an event, not a statement
    ("The senator accused the company of hiding its losses.", "hiding its losses"),
    # asking not to be named is no statement
    ('"It is a disaster," said one resident, who asked not to be named.', "not to be named"),
    # refusals and losses are no denials or claims
    ("The judge denied bail.", "bail"),
    ("The fire claimed three lives.", "three lives"),
    # declining to say is saying nothing
    ("The headteacher, Owen Pryce, declined to say whether the school had been sent any "
     "warnings.", "been sent any warnings"),
    # a relative clause is no reported clause
    ("Becker called it something that he said was impossible.", "was impossible"),
    # finding someone somewhere is no finding that something is so
    ("Police found her buried in the garden.", "buried in the garden"),
    # quoted words modifying the noun after them name a thing
    ('"Save Our Harbor" signs lined the road where the mayor said the port would close.',
     "Save Our Harbor"),
    ('"Keep Our Port Open" hats were sold outside the hall, where the mayor said the vote was '
     "fair.", "Keep Our Port Open"),
    # a nickname in quotation marks is no quotation of the one it names
    ('"Sleepy Joe," as his rival calls him, answered on Twitter.', "Sleepy Joe"),
    # a thing cannot confirm or deny
    ("The new installation confirms the poetic approach of the designer.", "poetic approach"),
])
def test_no_quote(nlp: Any, text: str, not_quoted: str) -> None:
    assert not [q for q in quotes_in(nlp, text) if not_quoted in q.text]


def test_related_headline_line_reports_nothing_and_names_no_one(nlp: Any) -> None:
    text = ("Mayor Tom Becker spoke on Monday.\nRuiz Says Tariffs Will Stay\n"
            '"We will rebuild the bridge," he said.')
    found = quotes_in(nlp, text)
    assert described(found) == [("direct", "Tom Becker", "We will rebuild the bridge")]


def test_pull_quote_with_credit_line_is_not_the_last_speakers(nlp: Any) -> None:
    text = ('"We have to act this year," Mayor Tom Becker said.\n'
            '"Every child deserves a safe school."\n'
            "Jane Roe, director of the Eastport Safe Streets Project.")
    found = quotes_in(nlp, text)
    assert not [q for q in found if "safe school" in q.text], described(found)


def test_author_footer_is_no_statement(nlp: Any) -> None:
    text = ('"We will rebuild the bridge," Mayor Tom Becker said.\n'
            "Jane Roe reports for the Eastport Herald.")
    found = quotes_in(nlp, text)
    assert all(q.speaker is not None and q.speaker.name == "Tom Becker" for q in found)
    assert len(found) == 1


def test_quotes_survive_a_failing_event_stage(nlp: Any, monkeypatch: pytest.MonkeyPatch
                                              ) -> None:
    from newsweave.extract import analyze_doc, events

    def broken(*_args: Any, **_kwargs: Any) -> Any:
        raise RecursionError("maximum recursion depth exceeded")

    monkeypatch.setattr(events, "extract_events", broken)
    text = '"We will rebuild the bridge by May," Mayor Tom Becker said on Monday.'
    article = Article(article_id=stable_id("art", text), source="test.txt", text=text)
    analysis = analyze_doc(article, nlp(text))
    assert [q.text for q in analysis.quotes] == ["We will rebuild the bridge by May"]
    assert analysis.events == []
