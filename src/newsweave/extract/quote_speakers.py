"""Who a cue's subject is: a named mention, a pronoun, a description or an anonymous source.

There is no coreference model in the environment, so this is a small salience-based resolver:
named people and organizations become referents as they appear (outside quotation marks), and
every resolved speaker is noted again where it speaks. A pronoun takes the most recent salient
referent of a fitting kind; a definite description ("the envoy", "the expert") takes a recent
referent whose roles fit (roles come from appositions and titles: data/lexicons/
quote_speakers.json groups role nouns that may refer to one person); an indefinite one
("an official at the foreign ministry in Vienna, who spoke on condition of anonymity")
becomes an anonymous speaker that keeps its description.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from newsweave.extract.lexicon import load_json
from newsweave.model import ActorRef, Article, Mention

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

PERSON = "person"
GROUP = "group"
ORG = "org"
_ORG_LABELS = {"ORG", "NORP", "GPE", "FAC", "LOC"}
_CLAUSE_DEPS = {"relcl", "acl", "advcl", "appos", "punct", "cc", "conj"}


@functools.lru_cache(maxsize=1)
def speaker_lexicon() -> dict[str, Any]:
    return load_json("quote_speakers.json")  # type: ignore[no-any-return]


@functools.lru_cache(maxsize=1)
def role_classes() -> dict[str, set[str]]:
    """role noun -> the class names it belongs to."""
    out: dict[str, set[str]] = {}
    for cls, nouns in speaker_lexicon()["role_classes"].items():
        for noun in nouns:
            out.setdefault(noun, set()).add(cls)
    return out


@dataclass
class Referent:
    pos: int  # character offset where it was seen
    actor: ActorRef
    kind: str  # person | group | org
    roles: set[str] = field(default_factory=set)
    salient: bool = False  # a speaker or a subject


def _words(text: str | None) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z][A-Za-z-]+", text or "")}


class SpeakerResolver:
    """Resolves speaker phrases in text order; remembers who has spoken."""

    def __init__(self, doc: Doc, article: Article, mentions: list[Mention],
                 quote_ranges: list[tuple[int, int]]) -> None:
        self.doc = doc
        self.article = article
        self.quote_ranges = quote_ranges
        self.sent_starts = [s.start_char for s in doc.sents]
        self.referents: list[Referent] = []
        self.by_token: dict[int, Mention] = {}
        self.person_mentions = [m for m in mentions if m.label == "PERSON"]
        roles_by_key: dict[str, set[str]] = {}
        for m in mentions:
            span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                self.by_token[t.i] = m
            if m.label == "PERSON":
                roles_by_key.setdefault(m.local_key, set()).update(
                    self._mention_roles(m, span.root))
        for m in mentions:
            if self._in_quote(m.span[0]):
                continue
            span = doc.char_span(m.span[0], m.span[1], alignment_mode="expand")
            if span is None:
                continue
            root = span.root
            salient = root.dep_ in ("nsubj", "nsubjpass") or (
                root.dep_ in ("appos", "compound") and root.head.dep_ in ("nsubj", "nsubjpass"))
            if m.label not in _ORG_LABELS and m.label != "PERSON":
                continue
            kind = PERSON if m.label == "PERSON" else ORG
            roles = set(roles_by_key.get(m.local_key, set()))
            if kind == ORG:
                roles |= _words(m.canonical)
            self.referents.append(Referent(pos=m.span[0], actor=self._mention_actor(m),
                                           kind=kind, roles=roles, salient=salient))
        # a surname the tagger missed in one place ("Envoy Novak, however, went on ...")
        for tok in doc:
            if tok.pos_ == "PROPN" and tok.dep_ in ("nsubj", "nsubjpass") and \
                    not self._in_quote(tok.idx):
                owner = self._by_surname(tok)
                if owner is not None:
                    self.referents.append(Referent(
                        pos=tok.idx, actor=self._mention_actor(owner), kind=PERSON,
                        roles=set(roles_by_key.get(owner.local_key, set())), salient=True))
        self.referents.sort(key=lambda r: r.pos)

    # ------------------------------------------------------------------ helpers

    def _in_quote(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quote_ranges)

    def sentence_index(self, pos: int) -> int:
        return max(bisect.bisect_right(self.sent_starts, pos) - 1, 0)

    def _mention_roles(self, m: Mention, root: Token) -> set[str]:
        roles = _words(m.description)
        for t in root.subtree:
            if t.dep_ in ("compound", "amod", "appos", "nmod") and t.pos_ == "NOUN":
                roles.add(t.lemma_.lower())
            if t.dep_ == "appos":
                roles |= {x.lemma_.lower() for x in t.subtree if x.pos_ == "NOUN"}
        if root.dep_ == "appos" and root.head.pos_ == "NOUN":
            roles |= {x.lemma_.lower() for x in root.head.subtree
                      if x.pos_ == "NOUN" and x.i < root.i}
        # pre-modifiers: "Berlin-based energy analyst Jana Hofer"
        i = root.left_edge.i - 1
        while i >= root.sent.start and self.doc[i].pos_ in ("NOUN", "ADJ", "PROPN") and \
                self.doc[i].i not in self.by_token:
            if self.doc[i].pos_ == "NOUN":
                roles.add(self.doc[i].lemma_.lower())
            i -= 1
        return roles

    def _mention_actor(self, m: Mention) -> ActorRef:
        name = m.canonical
        if m.label == "PERSON" and len(name.split()) == 1:
            full = self._surname_owner(name)  # "Hofer" -> "Jana Hofer"
            if full is not None:
                name = full.canonical
        return ActorRef(name=name, entity_id=m.entity_id, country=m.country,
                        sector=m.sector, type=m.label, description=m.description,
                        span=m.span, mention_id=m.mention_id)

    def note(self, actor: ActorRef, pos: int, kind: str, roles: set[str] | None = None
             ) -> None:
        """Remember a resolved speaker where it speaks (it becomes the most salient)."""
        known = set(roles or set())
        for r in self.referents:
            if r.actor.name == actor.name:
                known |= r.roles
        ref = Referent(pos=pos, actor=actor, kind=kind, roles=known, salient=True)
        idx = bisect.bisect_right([r.pos for r in self.referents], pos)
        self.referents.insert(idx, ref)

    # ------------------------------------------------------------------ resolution

    def resolve(self, head: Token | None) -> tuple[ActorRef, str, set[str]] | None:
        """(actor, kind, roles) for the speaker phrase headed by `head`, or None."""
        if head is None:
            return None
        lex = speaker_lexicon()
        lower = head.lower_
        pos = head.idx
        if lower in lex["person_pronouns"]:
            return self._antecedent(pos, (PERSON,))
        if lower in lex["group_pronouns"]:
            return self._antecedent(pos, (GROUP, ORG))
        if lower in lex["thing_pronouns"]:
            if head.dep_ == "expl":
                return None
            return self._antecedent(pos, (ORG, GROUP))
        if lower in lex["non_speakers"] or head.pos_ in ("PRON", "DET", "NUM"):
            return None
        mention = self.by_token.get(head.i)
        if mention is not None:
            if mention.label != "PERSON" and len(mention.text.split()) == 1:
                # a surname the tagger labelled ORG here ("said Novak")
                person = self._surname_owner(mention.text)
                if person is not None:
                    return self._from_mention(person)
            return self._from_mention(mention)
        # "the commander, Brig Gen X", "the minister's special envoy to Geneva, Ana Ruiz"
        for t in head.subtree:
            if t.dep_ == "appos" and t.i > head.i and not any(
                    a.dep_ in ("relcl", "acl", "poss") for a in t.ancestors if a.i != head.i
                    and head in a.ancestors):
                m = self.by_token.get(t.i)
                if m is not None and m.label == "PERSON":
                    return self._from_mention(m, description=self._core_text(head))
        lemma = head.lemma_.lower()
        if head.pos_ == "PROPN":
            named = self._by_surname(head)
            if named is not None:
                return self._from_mention(named)
        if lemma in lex["document_nouns"]:
            # "Pakistan's English-language newspaper The Nation reported"
            for child in head.children:
                if child.dep_ == "appos" and child.pos_ == "PROPN":
                    name = self._core_text(child)
                    return ActorRef(name=name, type="ORG", description=self._core_text(head),
                                    span=(child.idx, child.idx + len(child.text))), ORG, set()
            inner = self._mention_inside(head)
            if inner is not None:
                return self._from_mention(inner)
            # "a statement from the company", "the group's statement": whose document it is
            for child in head.children:
                owner = child if child.dep_ == "poss" else None
                if child.dep_ == "prep" and child.lower_ in ("from", "by", "of"):
                    owner = next((g for g in child.children if g.dep_ == "pobj"), None)
                if owner is not None and owner.lemma_.lower() not in lex["document_nouns"]:
                    found = self.resolve(owner)
                    if found is not None:
                        return found
        return self._described(head)

    def _from_mention(self, m: Mention, description: str | None = None
                      ) -> tuple[ActorRef, str, set[str]]:
        actor = self._mention_actor(m)
        if description and not actor.description:
            actor.description = description
        kind = PERSON if m.label == "PERSON" else ORG
        roles: set[str] = set()
        for r in self.referents:
            if r.actor.name == actor.name:
                roles |= r.roles
        return actor, kind, roles

    def _by_surname(self, tok: Token) -> Mention | None:
        """A person mention the tagger missed here but found elsewhere ("Envoy Novak")."""
        if tok.i in self.by_token:
            return None
        return self._surname_owner(tok.text)

    def _surname_owner(self, word: str) -> Mention | None:
        """The person (full name preferred) whose surname is `word`, if any."""
        word = word.lower()
        owners = [m for m in self.person_mentions if m.canonical.split()[-1].lower() == word
                  and len(m.canonical.split()) > 1]
        if owners:
            return max(owners, key=lambda m: len(m.canonical))
        return None

    def _mention_inside(self, head: Token) -> Mention | None:
        """The organization or person a document noun belongs to ("a UN report")."""
        best: Mention | None = None
        for t in head.subtree:
            if t.dep_ in ("relcl", "acl"):
                continue
            m = self.by_token.get(t.i)
            if m is not None and m.label in ("ORG", "PERSON") and best is None:
                best = m
        return best

    def _core_tokens(self, head: Token) -> list[Token]:
        """The phrase up to the first comma or clause after its head, without determiners."""
        clauses = {x.i for c in head.children if c.dep_ in ("relcl", "acl") and c.i > head.i
                   for x in c.subtree}
        toks = []
        for t in head.subtree:
            if t.i > head.i and (t.text in (",", "(", ";", "—", "–") or t.i in clauses):
                break
            toks.append(t)
        # "the", "his" go; a named possessor stays ("the Kremlin's point man")
        while toks and toks[0].i < head.i and (
                toks[0].dep_ in ("det", "predet", "punct", "case") or
                (toks[0].dep_ == "poss" and toks[0].pos_ == "PRON")):
            toks = toks[1:]
        return toks

    def _core_text(self, head: Token) -> str:
        toks = self._core_tokens(head)
        if not toks:
            return head.text
        return self.doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)]

    def _full_text(self, head: Token) -> str:
        toks = [t for t in head.subtree]
        while toks and (toks[0].dep_ in ("det", "predet") or toks[0].is_punct):
            toks = toks[1:]
        while toks and toks[-1].is_punct:
            toks = toks[:-1]
        if not toks:
            return head.text
        return re.sub(r"\s+", " ", self.doc.text[toks[0].idx: toks[-1].idx + len(toks[-1].text)])

    def _described(self, head: Token) -> tuple[ActorRef, str, set[str]] | None:
        """A speaker given by a description: resolve definite ones, keep new ones anonymous."""
        lex = speaker_lexicon()
        lemma = head.lemma_.lower()
        if head.pos_ not in ("NOUN", "PROPN"):
            return None
        plural = head.tag_ in ("NNS", "NNPS")
        core = self._core_tokens(head)
        roles = {t.lemma_.lower() for t in core if t.pos_ == "NOUN"}
        roles.add(lemma)
        org_noun = lemma in lex["organization_nouns"] or head.lower_ in lex["organization_nouns"]
        kind = GROUP if plural and not org_noun else (ORG if org_noun else PERSON)
        definite = any(t.dep_ == "poss" or (t.dep_ == "det" and t.lower_ in
                                             ("the", "this", "that"))
                       for t in head.children)
        if definite and not plural:
            modifiers = roles - {lemma}
            named = any(t.i in self.by_token and t.i > head.i for t in core)
            found = self._by_role(head.idx, lemma, kind, modifiers, recent_only=named)
            if found is not None:
                return found
        name = self._core_text(head)
        full = self._full_text(head)
        actor = ActorRef(name=name, type="ORG" if kind == ORG else (
            "PERSON" if kind == PERSON else None),
            description=full if full != name else None,
            span=(core[0].idx, core[-1].idx + len(core[-1].text)) if core else None)
        inner = next((self.by_token[t.i] for t in core if t.i in self.by_token and
                      self.by_token[t.i].label in ("NORP", "GPE")), None)
        if inner is not None and inner.country:
            actor.country = inner.country
        return actor, kind, roles

    def _by_role(self, pos: int, lemma: str, kind: str, modifiers: set[str],
                 recent_only: bool = False) -> tuple[ActorRef, str, set[str]] | None:
        """An earlier referent that "the <modifiers> <lemma>" can refer to."""
        classes = role_classes().get(lemma, set())
        sent = self.sentence_index(pos)

        def fits(r: Referent, exact_only: bool) -> bool:
            if not modifiers <= r.roles:
                return False
            if lemma in r.roles:
                return True
            if exact_only:
                return False
            return any(classes & role_classes().get(role, set()) for role in r.roles)

        before = [r for r in self.referents if r.pos < pos and
                  (r.kind == kind or (kind == PERSON and r.kind == PERSON))]
        # (a) a salient referent in this or the two previous sentences whose roles fit
        for r in reversed(before):
            if self.sentence_index(r.pos) < sent - 2:
                break
            if r.salient and fits(r, exact_only=recent_only):
                return replace(r.actor), r.kind, set(r.roles)
        if recent_only:  # "the spokesman for X" names someone new
            return None
        # (b) any earlier referent with exactly this role
        for r in reversed(before):
            if fits(r, exact_only=True):
                return replace(r.actor), r.kind, set(r.roles)
        # (c) a recent referent whose role class fits
        for r in reversed(before):
            if self.sentence_index(r.pos) < sent - 6:
                break
            if fits(r, exact_only=False):
                return replace(r.actor), r.kind, set(r.roles)
        # "the company", "the group": the organization just named
        if kind == ORG and lemma in speaker_lexicon()["generic_org_nouns"]:
            for r in reversed(before):
                if self.sentence_index(r.pos) < sent - 2:
                    break
                if r.actor.type == "ORG" and r.kind == ORG:
                    return replace(r.actor), r.kind, set(r.roles)
        return None

    def _antecedent(self, pos: int, kinds: tuple[str, ...]
                    ) -> tuple[ActorRef, str, set[str]] | None:
        sent = self.sentence_index(pos)
        before = [r for r in self.referents if r.pos < pos and r.kind in kinds]
        recent = [r for r in before if self.sentence_index(r.pos) >= sent - 3]
        for pool in ([r for r in recent if r.salient], recent,
                     [r for r in before if r.salient]):
            if pool:
                r = pool[-1]
                return replace(r.actor), r.kind, set(r.roles)
        return None
