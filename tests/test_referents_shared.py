"""The article's one resolver of speaker phrases, shared by the quote and the event layers
(extract.referents.ArticleResolvers): built once per article, each layer gets a copy as it
stood freshly built, so what one layer notes does not change what the other resolves."""

from __future__ import annotations

from typing import Any

from newsweave.extract import analyze_doc
from newsweave.extract.mentions import extract_mentions
from newsweave.extract.referents import PERSON, ArticleResolvers, SpeakerResolver
from newsweave.model import ActorRef, Article

TEXT = ("Mayor Lina Brandt opened the new bridge on Monday. The mayor said the work had "
        "cost less than planned. Later, police arrested two protesters near the bridge.")


def _article() -> Article:
    return Article(article_id="art_shared", source="shared.txt", text=TEXT,
                   published="2021-05-03")


def test_copies_do_not_share_what_they_note(nlp: Any) -> None:
    art = _article()
    doc = nlp(TEXT)
    shared = ArticleResolvers(doc, art, extract_mentions(doc, art))
    first, second = shared.fresh(), shared.fresh()
    assert first is not second
    before = [(r.pos, r.actor.name) for r in second.referents]
    first.note(ActorRef(name="Someone Else", type="PERSON"), 10, PERSON, {"witness"})
    first.note_channel(10, "statement", ActorRef(name="Someone Else"), PERSON, set())
    assert [(r.pos, r.actor.name) for r in second.referents] == before
    assert second.channels == [] and first.channels != []
    assert "Someone Else" not in (second._roles_by_name or {})
    assert [(r.pos, r.actor.name) for r in shared.fresh().referents] == before


def test_one_resolver_built_per_article(nlp: Any, monkeypatch: Any) -> None:
    built: list[object] = []
    original = SpeakerResolver.__init__

    def counting(self: SpeakerResolver, *args: Any) -> None:
        built.append(self)
        original(self, *args)

    monkeypatch.setattr(SpeakerResolver, "__init__", counting)
    art = _article()
    analysis = analyze_doc(art, nlp(TEXT))
    assert not analysis.problems
    assert len(built) == 1
