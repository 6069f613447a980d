"""A LinkMemo kept in the store, so a new process links a grown store like the process that
linked it last (see link.incremental; used when a Linker is made with keep_memo=True, off by
default: on 10,200 synthetic articles the parts below took ~8 s of CPU to read back, about
what they saved).

No pickle: each part of the memo is rows of (part, key, JSON value) written by
store.duckdb_store.write_link_memo, in a closed vocabulary of tagged JSON (tuples, sets,
frozensets, counters, ordered dicts, bytes, the model's records and the few link dataclasses
named in `_DATACLASSES`); anything else is refused when written and a row that does not read
back is refused when read, and then the whole memo is ignored (the link is done in full, never
wrongly). A memo is taken up only when its id is the one the link state names (the state and
the rows are written in one transaction) and its format is `MEMO_FORMAT`.

Only what changed is written: a `MemoRows` remembers, per part, each key's row and the value
object it was written from; a value the next link kept (the same object: the memo hands kept
records on as they are) is not encoded again, a new or changed one is, and a key that went is
deleted. Mentions inside an article's local clusters are written as their ids when they are
the analysis's own records (read back from the analyses), in full when a cluster repaired them.
"""

from __future__ import annotations

import base64
import dataclasses
import hashlib
import json
import logging
from collections import Counter
from collections.abc import Callable
from typing import Any

from newsweave import model
from newsweave.link import LinkMemo
from newsweave.link.claims import QuoteContext
from newsweave.link.entities import LocalCluster, _Tally
from newsweave.link.minhash import BandIndex
from newsweave.model import Claim, Entity, LinkResult, Mention

log = logging.getLogger(__name__)

MEMO_FORMAT = 2  # bump when a part's layout or a record's fields change

_RECORDS: dict[str, type[model.Record]] = {
    cls.__name__: cls for cls in vars(model).values()
    if isinstance(cls, type) and issubclass(cls, model.Record) and cls is not model.Record}
_DATACLASSES: dict[str, type] = {cls.__name__: cls for cls in (_Tally, QuoteContext)}


_MISSING: Any = object()


class MemoFormatError(ValueError):
    """A value the memo's vocabulary cannot hold, or a row that does not read back."""


class Codec:
    """Tagged JSON for memo values. `mentions` (mention id -> the analyses' record) lets
    clusters name their mentions by id."""

    def __init__(self, mentions: dict[str, Mention] | None = None,
                 result: LinkResult | None = None) -> None:
        self.mentions = mentions or {}
        # the link records the store holds: a memo value that is one of them is kept as a
        # reference (read back as the very record the Linker compares the next link with)
        self.claims = {c.claim_id: c for c in result.claims} if result else {}
        self.entities = {e.entity_id: e for e in result.entities} if result else {}

    # ------------------------------------------------------------------ encode
    def encode(self, value: Any) -> Any:
        if value is None or isinstance(value, (str, bool, int, float)):
            return value
        tp = type(value)
        if tp is list:
            return [self.encode(v) for v in value]
        if tp is tuple:
            return {"~t": [self.encode(v) for v in value]}
        if tp is frozenset or tp is set:
            items = [self.encode(v) for v in value]
            return {"~f" if tp is frozenset else "~s": items}
        if tp is Counter:
            return {"~C": [[self.encode(k), n] for k, n in value.items()]}
        if tp is dict:
            return {"~d": [[self.encode(k), self.encode(v)] for k, v in value.items()]}
        if tp is bytes:
            return {"~b": base64.b64encode(value).decode("ascii")}
        if tp is LocalCluster:
            return {"~L": [value.article_id, value.key,
                           [self._mention(m) for m in value.mentions]]}
        if tp is Claim and self.claims.get(value.claim_id, _MISSING) is value:
            return {"~rc": value.claim_id}
        if tp is Entity and self.entities.get(value.entity_id, _MISSING) is value:
            return {"~re": value.entity_id}
        name = tp.__name__
        if _RECORDS.get(name) is tp:
            plain = json.dumps(value.to_dict())
            if '"~' in plain:  # would read back as a tag (see _hook): not kept
                raise MemoFormatError(f"a {name} with a field that reads as a memo tag")
            return {"~R": name, "v": json.loads(plain)}
        if _DATACLASSES.get(name) is tp:
            return {"~D": name, "v": [self.encode(getattr(value, f.name))
                                      for f in dataclasses.fields(value)]}
        raise MemoFormatError(f"cannot keep a {tp.__name__} in the link memo")

    def _mention(self, mention: Mention) -> Any:
        """A cluster's mention: its id when it is the analysis's own record."""
        own = self.mentions.get(mention.mention_id)
        return mention.mention_id if own is mention else self.encode(mention)

    def dumps(self, value: Any) -> str:
        return json.dumps(self.encode(value), separators=(",", ":"), allow_nan=True)

    # ------------------------------------------------------------------ decode
    # json calls the hook on each object, innermost first (plain values never reach Python),
    # so a tagged object's members are already read back; tags start with "~", which no
    # record field does

    def _hook(self, obj: dict[str, Any]) -> Any:
        if not obj:
            return obj
        tag = next(iter(obj))
        if tag[0] != "~":
            return obj  # a record's own fields (read by its "~R")
        body = obj[tag]
        if tag == "~t":
            return tuple(body)
        if tag == "~rc" or tag == "~re":
            found: Any = (self.claims if tag == "~rc" else self.entities).get(body)
            if found is None:
                raise MemoFormatError(f"the memo names a link record the store lacks: {body}")
            return found
        if tag == "~f":
            return frozenset(body)
        if tag == "~s":
            return set(body)
        if tag == "~C":
            counts: Counter[Any] = Counter()
            dict.update(counts, [(k, int(n)) for k, n in body])
            return counts
        if tag == "~d":
            return {k: v for k, v in body}
        if tag == "~b":
            return base64.b64decode(body)
        if tag == "~L":
            aid, key, mentions = body
            out = LocalCluster(aid, key)
            for m in mentions:
                if isinstance(m, str):
                    own = self.mentions.get(m)
                    if own is None:
                        raise MemoFormatError(f"a kept cluster names an unknown mention {m}")
                    out.mentions.append(own)
                elif isinstance(m, Mention):
                    out.mentions.append(m)
                else:
                    raise MemoFormatError("a kept cluster holds no mention")
            return out
        if tag == "~R":
            cls = _RECORDS.get(body)
            if cls is None:
                raise MemoFormatError(f"unknown record {body}")
            return cls.from_dict(obj["v"])
        if tag == "~D":
            dcls = _DATACLASSES.get(body)
            if dcls is None:
                raise MemoFormatError(f"unknown link record {body}")
            return dcls(*obj["v"])
        raise MemoFormatError(f"unknown tag {tag}")

    def loads(self, text: str) -> Any:
        try:
            value = json.loads(text, object_hook=self._hook)
        except MemoFormatError:
            raise
        except (ValueError, TypeError, KeyError, IndexError) as exc:
            raise MemoFormatError(f"a memo row does not read back: {exc}") from exc
        if type(value) is dict and not text.startswith('{"~'):  # an untagged object
            raise MemoFormatError(f"not a memo value: {text[:60]}")
        return value


# ---------------------------------------------------------------------- the memo's parts

def _dict_part(path: str) -> tuple[Callable[[LinkMemo], Any], Callable[[LinkMemo, Any], None]]:
    owner, attr = path.split(".")
    return (lambda memo: getattr(getattr(memo, owner), attr),
            lambda memo, value: setattr(getattr(memo, owner), attr, value))


# parts kept as one row per key (dicts) or per member (sets). Left out, as reading them back
# cost about what redoing their work does (measured on 3,000 synthetic articles): the entity
# records with their tallies (entities.entities, entities.heads) and the claims as built
# (claims.built)
# (nor the parts made again from others or read by identity: claims.report_index,
# claims.report_reads, claims.anchors)
DICT_PARTS = ("entities.clusters", "entities.blocks", "entities.partials", "claims.finished",
              "claims.reports", "claims.report_claims", "claims.single", "claims.contexts",
              "claims.sides", "claims.party_runs", "claims.splits")
SET_PARTS = ("variants.pairs",)
# the quote word sets' MinHash index: one row per word set (its band keys), rebuilt on load
LSH_PART = "variants.lsh"


def _row_key(codec: Codec, key: Any) -> str:
    text = key if isinstance(key, str) else "\0" + codec.dumps(key)
    return text if len(text) <= 200 else "#" + hashlib.blake2b(
        text.encode("utf-8"), digest_size=16).hexdigest()


REF_PARTS = ("claims.finished",)  # values holding the store's records


def _refs(codec: Codec, value: Any) -> tuple[bool, ...]:
    """Which of a value's records (itself, or the members of a tuple) the codec writes as
    references to the store's records."""
    items = value if type(value) is tuple else (value,)
    out: list[bool] = []
    for v in items:
        if isinstance(v, Claim):
            out.append(codec.claims.get(v.claim_id, _MISSING) is v)
        elif isinstance(v, Entity):
            out.append(codec.entities.get(v.entity_id, _MISSING) is v)
    return tuple(out)


def _no_refs(_codec: Codec, _value: Any) -> None:
    return None


def _always(_a: Any, _b: Any) -> bool:
    return True


def _same(a: Any, b: Any) -> bool:
    """Whether a kept value is the one last written: the same object, or a tuple of the
    same objects (the memo rebuilds small tuples around kept records)."""
    if a is b:
        return True
    return (type(a) is tuple and type(b) is tuple and len(a) == len(b)
            and all(x is y for x, y in zip(a, b, strict=True)))


class MemoRows:
    """What of a LinkMemo the store holds (part -> key -> (row key, value written)), to
    write only what changed (see the module docstring)."""

    def __init__(self) -> None:
        # part -> key -> (row key, value written, which of its records were references)
        self.kept: dict[str, dict[Any, tuple[str, Any, Any]]] = {}

    def changes(self, memo: LinkMemo, codec: Codec
                ) -> tuple[list[tuple[str, str, str]], list[tuple[str, str]]]:
        """(rows to write: part, key, JSON), (rows to delete: part, key); the kept map is
        updated as if they were written (call `forget` when the write fails)."""
        upserts: list[tuple[str, str, str]] = []
        deletes: list[tuple[str, str]] = []
        lsh = memo.variants.lsh
        for part in (*DICT_PARTS, *SET_PARTS, LSH_PART):
            kept = self.kept.setdefault(part, {})
            now: dict[Any, tuple[str, Any, Any]] = {}
            refs = _refs if part in REF_PARTS else _no_refs
            if part == LSH_PART:  # a word set's bands never change once indexed
                items: Any = [] if lsh is None else lsh.bands_of.items()
                same: Callable[[Any, Any], bool] = _always
            elif part in SET_PARTS:  # members are immutable: being there is being the same
                items = ((member, member) for member in _dict_part(part)[0](memo))
                same = _always
            else:
                items = _dict_part(part)[0](memo).items()
                same = _same
            for key, item in items:
                was = kept.get(key)
                # a record written as a reference must still be the one the store holds
                if was is not None and (was[1] is item or same(was[1], item)) and (
                        refs is _no_refs or was[2] == refs(codec, item)):
                    now[key] = was
                    continue
                row = was[0] if was is not None else _row_key(codec, key)
                text = codec.dumps(item if part in SET_PARTS else (key, item))
                upserts.append((part, row, text))
                now[key] = (row, item, refs(codec, item))
            deletes.extend((part, was[0]) for key, was in kept.items() if key not in now)
            self.kept[part] = now
        return upserts, deletes

    def load(self, memo: LinkMemo, rows: list[tuple[str, str, str]], codec: Codec) -> None:
        """Fill the memo's parts from stored rows (MemoFormatError when one does not read)."""
        values: dict[str, Any] = {p: {} for p in (*DICT_PARTS, LSH_PART)}
        values.update({p: set() for p in SET_PARTS})
        self.kept = {p: {} for p in (*DICT_PARTS, *SET_PARTS, LSH_PART)}
        for part, row, text in rows:
            if part not in values:
                raise MemoFormatError(f"unknown memo part {part}")
            item = codec.loads(text)
            if part in SET_PARTS:
                values[part].add(item)
                self.kept[part][item] = (row, item, None)
            else:
                if not (isinstance(item, tuple) and len(item) == 2):
                    raise MemoFormatError(f"a {part} row is no (key, value) pair")
                key, value = item
                values[part][key] = value
                self.kept[part][key] = (row, value, (_refs if part in REF_PARTS else _no_refs)(
                    codec, value))
        bands = values.pop(LSH_PART)
        if bands:
            from newsweave.link.variants import LSH_THRESHOLD, NUM_PERM

            memo.variants.lsh = lsh = BandIndex(LSH_THRESHOLD, NUM_PERM)
            for key, keys in bands.items():
                if len(keys) != lsh.bands:
                    raise MemoFormatError("a kept word set has other bands than the index")
                lsh.insert_bands(key, list(keys))
        for part, value in values.items():
            _dict_part(part)[1](memo, value)
