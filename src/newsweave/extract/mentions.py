"""Entity mentions in one article, clustered within the article.

spaCy's NER finds the names; we trim them ("the", possessives, titles), cluster the mentions of
one person ("Kabulov" -> "Zamir Kabulov"), and keep the description that the text gives in an
apposition or a pre-modifier ("Zamir Kabulov, Russia's special envoy for Afghanistan";
"Kabul-based security expert Javed Kohistani").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from newsweave.extract.dateline import dateline_end
from newsweave.extract.gazetteer import build_gazetteer, describe, describe_person
from newsweave.extract.lexicon import load_json, load_lines
from newsweave.extract.roles import is_office_holder
from newsweave.model import Article, Mention, stable_id
from newsweave.nlp.doctext import doc_text

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

KEPT_LABELS = {"PERSON", "ORG", "GPE", "NORP", "LOC", "FAC"}
__all__ = ["KEPT_LABELS", "clean_name", "dateline_end", "extract_mentions"]  # dateline_end:
# re-exported from newsweave.extract.dateline for older callers
_POSSESSIVE = re.compile(r"(?:'s|’s|'|’)$")
_LEADING = re.compile(r"^(?:the|a|an)\s+", re.I)


def _titles() -> set[str]:
    return {t.lower() for t in load_lines("person_titles.txt")}


def clean_name(text: str, label: str) -> str:
    """Strip articles, possessives, stray punctuation and (for people) honorific titles."""
    name = re.sub(r"\s+", " ", text).strip(" \t\n,.;:\"'“”‘’()[]-–—")
    name = _POSSESSIVE.sub("", name)
    name = _LEADING.sub("", name)
    if label == "PERSON":
        titles = _titles()
        words = name.split()
        while len(words) > 1 and words[0].lower().rstrip(".") in titles:
            words = words[1:]
        name = " ".join(words)
    return name.strip()


def _name_edges() -> dict[str, frozenset[str]]:
    data = load_json("person_name_edges.json")
    return {k: frozenset(w.lower() for w in data[k])
            for k in ("leading_words", "adverb_endings", "suffixes")}


def _hyphen_piece(doc: Doc, i: int) -> bool:
    """Rule hyphen_word_whole: token `i` is the end of a hyphenated word ("Kwan-jin",
    "Eui-seok"), whose lower-case piece is the name's, not a word glued to it."""
    from newsweave.extract.ablation import enabled

    return i >= 2 and doc[i - 1].text == "-" and not doc[i - 2].whitespace_ and \
        not doc[i - 1].whitespace_ and enabled("hyphen_word_whole")


def trim_person(ent: Span) -> Span:
    """A person's name without the words the tagger glued to its edges: a sentence opener
    ("But Adams"), a sentence adverb ("Reportedly Adams") or the verb after it ("Adams Jr
    told"). The name keeps one word at least; other labels are returned as they are."""
    if ent.label_ != "PERSON":
        return ent
    edges = _name_edges()
    start, end = ent.start, ent.end
    doc = ent.doc
    while end - start > 1 and doc[end - 1].text[:1].islower() and doc[end - 1].is_alpha and \
            not _hyphen_piece(doc, end - 1):
        end -= 1  # "Adams told": a name never ends in a lower-case word
    while end - start > 1:
        first = doc[start]
        low = first.text.lower()
        if low in edges["leading_words"] or (
                first.is_sent_start and first.text[:1].isupper() and len(low) > 6
                and any(low.endswith(e) for e in edges["adverb_endings"])):
            start += 1
        else:
            break
    if (start, end) == (ent.start, ent.end):
        return ent
    trimmed = doc[start:end]
    trimmed.label_ = ent.label_
    return trimmed


def surname_of(name: str) -> str:
    """The last word of a person's name that is not a suffix ("Flynn" of "Herbert Flynn Jr")."""
    suffixes = _name_edges()["suffixes"]
    words = name.split()
    while len(words) > 1 and words[-1].lower().rstrip(".") in suffixes:
        words = words[:-1]
    return words[-1] if words else name


def _description(ent: Span) -> str | None:
    """An apposition after the name, or the descriptive words just before it."""
    doc = ent.doc
    root = ent.root
    for child in root.children:
        if child.dep_ == "appos" and child.i >= ent.end:
            return _phrase(child, stop_at=ent.sent.end)
    if root.dep_ == "appos" and root.head.i < ent.start and root.head.ent_type_ == "" and \
            root.head.idx >= dateline_end(doc_text(doc)):
        head = root.head
        return _phrase(head, stop_at=ent.start)
    place = root.head
    if root.dep_ == "appos" and place.i < ent.start and place.dep_ == "pobj" and \
            place.head.lower_ == "of" and place.head.head.pos_ == "NOUN" and \
            place.head.head.ent_type_ == "" and place.head.head.idx >= dateline_end(doc_text(doc)) \
            and _office_head(place.head.head):
        # rule `office_place_appos` (evargs25): "the governor of Ohio, Jane Roe,": the
        # parser hangs the name on the office's place; the office is the description
        return _phrase(place.head.head, stop_at=ent.start)
    # pre-modifiers: "Kabul-based security expert Javed Kohistani", "analyst Muzhda"
    words: list[Token] = []
    i = ent.start - 1
    while i >= ent.sent.start:
        tok = doc[i]
        if tok.dep_ in ("compound", "amod", "nmod", "poss", "punct", "case") and \
                tok.head.i >= ent.start - 1 and tok.text not in (",", "(", '"', "“"):
            words.insert(0, tok)
            i -= 1
            continue
        if tok.pos_ in ("NOUN", "ADJ", "PROPN") and tok.head.i in range(i, ent.end) and \
                tok.ent_type_ != "PERSON":
            words.insert(0, tok)
            i -= 1
            continue
        break
    from newsweave.extract.ablation import enabled

    titles = _titles()
    if not words:
        # "by US Secretary of State Mike Pompeo": a modifier with its own prepositional phrase
        for left in root.lefts:
            if left.dep_ in ("compound", "amod", "nmod") and left.i < ent.start and \
                    left.ent_type_ != "PERSON" and left.idx >= dateline_end(doc_text(doc)):
                words = [t for t in left.subtree if t.i < ent.start]
                break
    # the dateline ("WASHINGTON (AP) — ") is no part of a description
    words = [t for t in words if t.idx >= dateline_end(doc_text(doc)) and t.text not in "—–-"]
    # ('Sen.', 'Gov.': a title's short form counts as the title, rule title_abbreviation)
    nouns = [t for t in words if t.pos_ == "NOUN" or t.lower_ in titles or (
        t.lower_.endswith(".") and t.lower_.rstrip(".") in titles and
        enabled("title_abbreviation"))]
    if nouns:
        start = words[0].idx
        end = words[-1].idx + len(words[-1].text)
        text = doc_text(doc)[start:end].strip(" ,—–-")
        if text.lower() not in _titles():
            return text
    return None


def _office_head(tok: Token) -> bool:
    """An office noun of the gazetteer's roles ('governor', 'mayor', 'speaker')."""
    from newsweave.extract.ablation import enabled

    return enabled("office_place_appos") and \
        tok.lemma_.lower() in build_gazetteer().role_nouns


def _phrase(head: Token, stop_at: int) -> str | None:
    toks = [t for t in head.subtree if t.i < stop_at]
    # stop at the first comma that closes the apposition
    out: list[Token] = []
    for t in toks:
        if t.i > head.i and t.text in (",", ";", "(", ")") and t.head.i != head.i:
            break
        if t.text in (",", ";") and t.i > head.i and out and t.i > out[-1].i and \
                any(c.dep_ == "relcl" for c in head.children if c.i > t.i):
            break
        out.append(t)
    if not out:
        return None
    text = doc_text(head.doc)[out[0].idx: out[-1].idx + len(out[-1].text)].strip(" ,;")
    return text or None


def split_conjoined_people(ent: Span, people: frozenset[str] = frozenset()) -> list[Span]:
    """Rule conjoined_people: 'Lopez and Carrasquillo were targeting ...': the tagger may take
    two people joined by 'and' (or '&') for one name, or for an organisation when every word
    is a name a person of the article bears (`people`); each side that is a capitalised name
    is its own person. Other names ('Procter & Gamble', 'Bosnia and Herzegovina') and a side
    that is no name stay as they are."""
    from newsweave.extract.ablation import disabled_rules

    if ent.label_ not in ("PERSON", "ORG") or "conjoined_people" in disabled_rules():
        return [ent]
    if ent.label_ == "ORG" and not (people and all(
            t.text in people for t in ent if t.lower_ not in ("and", "&"))):
        return [ent]  # an organisation's name, unless every word is a person's name here
    joins = [t for t in ent if t.lower_ in ("and", "&") and ent.start < t.i < ent.end - 1]
    if len(joins) != 1:
        return [ent]
    cut = joins[0].i
    parts = [ent.doc[ent.start:cut], ent.doc[cut + 1:ent.end]]
    if not all(len(part) and all(t.text[:1].isupper() and (t.is_alpha or t.text.endswith("."))
                                 for t in part) for part in parts):
        return [ent]
    if parts[0].text == parts[1].text or (ent.label_ == "ORG" and joins[0].lower_ != "and"):
        return [ent]  # "Johnson & Johnson", "Marks & Spencer": a firm's name
    for part in parts:
        part.label_ = "PERSON"
    return parts


def extract_mentions(doc: Doc, article: Article) -> list[Mention]:
    """All named mentions of kept types, clustered per real thing within the article."""
    raw: list[tuple[Span, str, str]] = []
    people = frozenset(t.text for e in doc.ents if e.label_ == "PERSON" for t in e
                       if t.text[:1].isupper() and t.lower_ not in ("and", "&"))
    for whole in doc.ents:
        if whole.label_ not in KEPT_LABELS:
            continue
        for ent in split_conjoined_people(trim_person(whole), people):
            name = clean_name(ent.text, ent.label_)
            if not name or not any(c.isalpha() for c in name):
                continue
            raw.append((ent, ent.label_, name))

    # people: full names first, then surnames and partial names link to them
    full_names: list[str] = []
    for _ent, label, name in raw:
        if label == "PERSON" and len(name.split()) >= 2 and name not in full_names:
            full_names.append(name)

    def person_canonical(name: str) -> str:
        """A partial name's full name; a surname two people of the article share (different
        first names: "Kimani Gray", "Mahnefah Gray") stays as written: unknown beats wrong."""
        if len(name.split()) >= 2 and name in full_names:
            return name
        parts = name.split()
        last = surname_of(name).lower()
        candidates = [f for f in full_names if surname_of(f).lower() == last
                      or (len(parts) == 1 and parts[0].lower() in
                          [p.lower() for p in f.split()])]
        if len(parts) == 1 and len({f.split()[0].lower() for f in candidates}) > 1:
            return name
        if len(candidates) >= 1:
            return max(candidates, key=len)
        return name

    surnames = {surname_of(f) for f in full_names}
    mentions: list[Mention] = []
    descriptions: dict[str, str] = {}
    for ent, label, name in raw:
        if label in ("ORG", "NORP", "GPE") and name in surnames and " " not in name:
            label = "PERSON"  # "Assange" tagged ORG after "Julian Assange"
        elif label in ("ORG", "GPE", "NORP") and is_office_holder(name):
            label = "PERSON"  # "Lavrov" tagged ORG is a known office holder (roles table)
        canonical = person_canonical(name) if label == "PERSON" else name
        key = f"{label}:{canonical.lower()}"
        desc = _description(ent) if label == "PERSON" else None
        if desc and key not in descriptions:
            descriptions[key] = desc
        start = ent.start_char + ent.text.find(name) if name in ent.text else ent.start_char
        end = start + len(name) if name in ent.text else ent.end_char
        mentions.append(Mention(
            mention_id=stable_id("men", article.article_id, start, end),
            article_id=article.article_id,
            text=doc_text(doc)[start:end],
            span=(start, end),
            label=label,
            canonical=canonical,
            local_key=key,
            description=desc,
        ))
    for m in mentions:
        if m.description is None and m.local_key in descriptions:
            m.description = descriptions[m.local_key]
        m.country, m.sector = _country_sector(m)
    # "Sean Robertson, a spokesperson for Inherent Resolve" ... "Robertson, the U.S. commander":
    # a person's country is known once any of their descriptions gives it
    known: dict[str, tuple[str, str | None]] = {}
    for m in mentions:
        if m.label == "PERSON" and m.country and m.local_key not in known:
            known[m.local_key] = (m.country, m.sector)
    for m in mentions:
        if m.label == "PERSON" and m.country is None and m.local_key in known:
            m.country, sector = known[m.local_key]
            m.sector = m.sector or sector
    return mentions


def _country_sector(m: Mention) -> tuple[str | None, str | None]:
    """Country (alpha-3) and PLOVER sector from the actor gazetteer and the description."""
    if m.label == "PERSON":
        return describe_person(m.canonical, m.description)
    gaz = build_gazetteer()
    info = gaz.lookup(m.canonical) or gaz.lookup(m.text)
    if info is not None:
        return info.country, info.sector
    if m.label == "NORP":
        return gaz.country_of(m.canonical), None
    if m.label in ("ORG", "FAC"):
        return describe(m.canonical, None)
    return None, None
