"""A Linker's state kept in the store, so a new process links a grown store like the process
that linked it last. Two ways: the whole state pickled at once (LinkState, `save_snapshot` /
`take_up_snapshot` at the end of this module; what `newsweave run`, `link` and `watch` use),
and, older, the memo as tagged-JSON rows written only where they changed (below).

The memo as rows (see link.incremental; used when a Linker is made with keep_memo=True,
off by default: on 10,200 synthetic articles the parts below took ~8 s of CPU to read back,
about what they saved). No pickle there: each part of the memo is rows of (part, key, JSON
value) written by store.duckdb_store.write_link_memo, in a closed vocabulary of tagged JSON
(tuples, sets, frozensets, counters, ordered dicts, bytes, the model's records and the few
link dataclasses named in `_DATACLASSES`); anything else is refused when written and a row
that does not read back is refused when read, and then the whole memo is ignored (the link is
done in full, never wrongly). A memo is taken up only when its id is the one the link state
names (the state and the rows are written in one transaction) and its format is `MEMO_FORMAT`.

Only what changed is written: a `MemoRows` remembers, per part, each key's row and the value
object it was written from; a value the next link kept (the same object: the memo hands kept
records on as they are) is not encoded again, a new or changed one is, and a key that went is
deleted. Mentions inside an article's local clusters are written as their ids when they are
the analysis's own records (read back from the analyses), in full when a cluster repaired them.
"""

from __future__ import annotations

import base64
import copyreg
import dataclasses
import functools
import hashlib
import json
import logging
import pickle
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
# grouping (entities.grouping: made again from the clusters) and the claims as built
# (claims.built)
# (nor the parts made again from others or read by identity: claims.report_index,
# claims.report_reads, claims.anchors, claims.finish_of)
DICT_PARTS = ("entities.clusters", "claims.finished",
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


# ---------------------------------------------------------------------- the whole state

# A new process takes up the whole state of the Linker that saved it (articles, analyses,
# the memo with every part, the sentence vectors, the link records) and links as that process
# would have: reading it back costs a tenth of linking the store again, where rebuilding a
# memo part by part (above) kept only some parts and lost which records are the same objects,
# so most of the work was redone. Pickled, since only pickle keeps the objects' sharing
# (a cluster's mentions are the analyses' own, a kept claim is the record the store holds)
# at C speed; read back by an unpickler that makes only the types a link state holds (the
# model's records, the link's dataclasses, builtin containers, numpy arrays) and refuses
# any other name, so a store from elsewhere cannot run code. Kept under a print of the code
# and lexicons the link reads (any change of them: the snapshot is not taken up) and of the
# store as the Linker saw it (an older article re-analysed or gone: not taken up either).
# What a link remakes cheaply for the few records it touches is left out of the pickle
# (LEFT_OUT fields, CACHES_REMADE classes' cached properties): a new process pays for every
# object it unpickles, touched or not.

SNAPSHOT_FORMAT = 6  # bump when LinkState's fields change (2: LEFT_OUT; 3: the
# syndication memo's sorted band keys kept, not sorted again by a new process; 4: the entity
# grouping keeps each article's full names, link.entities._Grouping.fulls; 5: a record's
# trailing fields at their default are not written, _fields_reducer; 6: the quote variants'
# MinHash band tables kept in chunks read on first use, link.minhash.BandIndex)
# a kept snapshot still usable is written again only when the articles linked since it
# reach this share of those it holds (each later process links them again from it)
SNAPSHOT_REFRESH = 0.05
# the parts of link_snapshot() that say the articles a snapshot holds are as it saw them
SNAPSHOT_STORE_KEYS = ("articles", "sources", "analyses", "analyzed_at")

_SAFE_GLOBALS = frozenset({
    ("builtins", "list"), ("builtins", "set"), ("builtins", "frozenset"),
    ("builtins", "dict"), ("builtins", "tuple"), ("builtins", "int"), ("builtins", "str"),
    ("builtins", "float"), ("builtins", "bool"), ("builtins", "bytes"),
    ("builtins", "bytearray"),
    ("collections", "Counter"), ("collections", "OrderedDict"),
    ("collections", "defaultdict"), ("collections", "deque"),
    ("numpy", "dtype"), ("numpy", "ndarray"),
    ("numpy._core.numeric", "_frombuffer"), ("numpy.core.numeric", "_frombuffer"),
    ("numpy._core.multiarray", "_reconstruct"), ("numpy.core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "scalar"), ("numpy.core.multiarray", "scalar"),
})
# modules whose data classes a link state holds (not link.incremental: its Linker opens
# stores; nor any other newsweave module)
_NOT_STATE_MODULES = ("newsweave.link.incremental",)


class SnapshotError(ValueError):
    """A kept snapshot that must not be taken up (it names a type outside the state's)."""


@dataclasses.dataclass
class LinkState:
    """What a Linker holds between links (see link.incremental.Linker), as pickled."""

    seq: int
    articles: dict[str, model.Article]
    analyses: dict[str, model.ArticleAnalysis]
    mentions: dict[str, Mention]
    memo: LinkMemo  # without its embedder (see `vectors`)
    vectors: dict[str, Any]  # the embedder's sentence vectors by text
    result: LinkResult
    kept_sketches: set[str]
    kept_pairs: set[tuple[str, str]]
    fixed: bool


class _StateUnpickler(pickle.Unpickler):
    def find_class(self, module: str, name: str) -> Any:
        if (module, name) in _SAFE_GLOBALS:
            return super().find_class(module, name)
        in_state = module == "newsweave.model" or module == "newsweave.link" or (
            module.startswith("newsweave.link.") and module not in _NOT_STATE_MODULES)
        if in_state:  # a class (no function) defined there: made, never called with code
            found = super().find_class(module, name)
            if isinstance(found, type) and found.__module__ == module:
                return found
        raise SnapshotError(f"the link snapshot names {module}.{name}, not a link state type")


@functools.cache
def code_print() -> str:
    """A print of what a link state is made by: the model, the link code, the lexicons it
    reads, newsweave's, Python's and numpy's versions and the snapshot format."""
    import sys
    from pathlib import Path

    import numpy

    import newsweave

    root = Path(newsweave.__file__).parent
    files = [root / "model.py", root / "vocab.py", root / "timespan.py",
             root / "extract" / "lexicon.py", *sorted((root / "link").glob("*.py")),
             *sorted((root / "data" / "lexicons").rglob("*"))]
    digest = hashlib.blake2b(digest_size=16)
    digest.update(f"{SNAPSHOT_FORMAT} {sys.version_info[:2]} {numpy.__version__} "
                  f"{getattr(newsweave, '__version__', '')}".encode())
    for path in files:
        if path.is_file():
            digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def _counter_parts(counts: Counter[Any]) -> tuple[Any, ...]:
    """A Counter as pickle's C code writes a dict: Counter.__reduce__ (Python) copies each
    counter into a new dict, a third of dumping a link state of 10,000 articles."""
    return (copyreg.__newobj__, (Counter,), None, None,  # type: ignore[attr-defined]
            iter(counts.items()))


def _plain_dataclass(cls: type) -> bool:
    """Whether a class's instances carry only their dataclass fields as attributes, so
    _fields_reducer may pickle them: not frozen, no slots, no cached properties (they
    keep values besides the fields) unless CACHES_REMADE names the class, no pickling of
    their own."""
    if not dataclasses.is_dataclass(cls) or "__slots__" in vars(cls):
        return False
    if cls.__dataclass_params__.frozen:  # type: ignore[attr-defined]
        return False
    own = ("__reduce__", "__reduce_ex__", "__getstate__", "__setstate__")
    caches_ok = f"{cls.__module__}.{cls.__qualname__}" in CACHES_REMADE
    return not any((isinstance(v, functools.cached_property) and not caches_ok)
                   or (k in own and base is not object)
                   for base in cls.__mro__ for k, v in vars(base).items())


def _fields_reducer(cls: type, left_out: tuple[str, ...] = ()) -> Callable[[Any], Any]:
    """Pickle an instance by its fields, never through its __dict__: Python 3.11's own
    pickling reads the instance's __dict__, which makes the object keep a real dict from
    then on instead of its compact attribute values, so every attribute read of it is
    slower for the rest of the process (keeping the state made the next link of 10,000
    synthetic articles ~0.7 s dearer); and an object unpickled from a dict state gets
    such a dict too, so a new process's links were slower as well.

    A class whose generated __init__ takes every field (no __post_init__) is pickled as a
    call of the class with the field values (smaller and faster both ways than a state
    dict), its trailing fields at their default left out (__init__ makes them again: ~830,000
    empty lists, ActorRef.rules, Claim.notes, ..., in the state of 10,000 synthetic
    articles; unpickling it 2.33 -> 2.15 s of CPU); any other as its class and the fields set
    back one by one (BUILD with a "slot state": setattr, no __dict__). The fields named in
    `left_out` are written as None (see LEFT_OUT).

    Written here rather than with the stdlib's copyreg/__reduce__ of dataclasses (none
    leaves defaults out) or another serializer (none keeps the objects' sharing as pickle
    does)."""
    import operator

    fields = dataclasses.fields(cls)
    names = tuple(f.name for f in fields)
    get = operator.attrgetter(*names) if len(names) > 1 else None
    init = cls.__init__  # type: ignore[misc]
    by_init = (len(names) > 1 and cls.__dataclass_params__.init  # type: ignore[attr-defined]
               and all(f.init and not f.kw_only for f in fields)
               and not hasattr(cls, "__post_init__")
               and getattr(getattr(init, "__code__", None), "co_filename", "") == "<string>")
    new = copyreg.__newobj__  # type: ignore[attr-defined]
    blank = frozenset(i for i, n in enumerate(names) if n in left_out)
    # the fields, last first, that the generated __init__ fills when not given: the
    # trailing ones at their default are not written (see _at_default)
    defaults = [_default_of(f) for f in fields]
    trailing = []
    for i in range(len(fields) - 1, -1, -1):
        if defaults[i] is _MISSING:
            break
        trailing.append((i, defaults[i]))

    def reduce(obj: Any) -> Any:
        try:
            values = get(obj) if get is not None else tuple(getattr(obj, n) for n in names)
        except AttributeError:  # a field never set: pickled as Python would
            return obj.__reduce_ex__(5)
        if blank:
            values = tuple(None if i in blank else v for i, v in enumerate(values))
        if by_init:
            end = len(values)
            for i, default in trailing:
                if not _at_default(values[i], default):
                    break
                end = i
            return cls, values if end == len(values) else values[:end]
        return new, (cls,), (None, dict(zip(names, values, strict=True)))
    return reduce


_EMPTY_LIST: Any = object()  # a field whose default is a new empty list


def _default_of(f: dataclasses.Field[Any]) -> Any:
    """A field's default as _at_default compares it: the value, _EMPTY_LIST for
    `default_factory=list`, _MISSING for none (or another factory)."""
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is list:
        return _EMPTY_LIST
    return _MISSING


def _at_default(value: Any, default: Any) -> bool:
    """Whether a field's value is what __init__ gives it when it is not passed: an empty
    list for a list factory (a new one each time, so never shared), else a value of the
    default's own type equal to it (False is not 0, 0 is not 0.0: never read back as
    another type)."""
    if default is _EMPTY_LIST:
        return type(value) is list and not value
    return value is default or (type(value) is type(default) and value == default)


# fields of the state's records not kept with it (written as None): what a new process's link
# makes again from the rest for the few records it changes, where unpickling them for every
# record cost every new process more. A group's tally (link.entities._Group: five Counters and
# two dicts per entity, ~41,000 groups at 10,000 synthetic articles) is read only when the
# group gains members, and is then summed up from the members anew (entities._regroup).
LEFT_OUT: dict[str, tuple[str, ...]] = {"newsweave.link.entities._Group": ("tally",)}
# dataclasses pickled by their fields alone, their cached properties' values left out (worked
# out again when asked): an entity cluster's (link.entities.LocalCluster: label, name,
# state, ids, name keys, ...) are asked of the clusters a link regroups, a fifth of those kept
# at 10,000 synthetic articles in a +1% link, and of none of the rest
CACHES_REMADE = frozenset({"newsweave.link.entities.LocalCluster"})


@functools.cache
def _state_dispatch() -> dict[type, Callable[[Any], Any]]:
    """Pickle's dispatch table for a link state: Counters (_counter_parts) and every plain
    dataclass of the model and the link modules (_fields_reducer)."""
    import importlib
    import pkgutil

    import newsweave.link as link_pkg

    modules = [model, link_pkg, *(importlib.import_module(info.name) for info in
                                  pkgutil.iter_modules(link_pkg.__path__, "newsweave.link."))]
    table: dict[type, Callable[[Any], Any]] = {**copyreg.dispatch_table,
                                               Counter: _counter_parts}
    for module in modules:
        for value in vars(module).values():
            if isinstance(value, type) and value.__module__ == module.__name__ \
                    and _plain_dataclass(value):
                table[value] = _fields_reducer(value, LEFT_OUT.get(
                    f"{value.__module__}.{value.__qualname__}", ()))
    return table


def dump_state(state: LinkState) -> bytes:
    import io

    out = io.BytesIO()
    dump_state_to(state, out)
    return out.getvalue()


def dump_state_to(state: LinkState, file: Any) -> None:
    """Pickle the state into a binary file: the pickler writes it a frame (64 KB) at a
    time, so the file can pass it on as it comes (store.duckdb_store.write_link_snapshot)."""
    pickler = pickle.Pickler(file, protocol=5)
    pickler.dispatch_table = _state_dispatch()
    pickler.dump(state)


def load_state(body: bytes | Any, freeze: bool = False) -> LinkState:
    """The state pickled in `body`, bytes or a binary file read as it goes (SnapshotError:
    it names another type or is not one); `freeze`: gc.freeze() it, for a link that
    follows (link.frozen_heap thaws it)."""
    import gc
    import io

    collecting = gc.isenabled()
    gc.disable()  # many long-lived objects and no cycles to find (see Linker.link)
    try:
        file = io.BytesIO(body) if isinstance(body, bytes | bytearray | memoryview) else body
        state = _StateUnpickler(file).load()
        if freeze and isinstance(state, LinkState):
            # the state lives as long as its Linker: out of the collector's sight until the
            # link's frozen_heap ends (a full collection after reading it walked every
            # object: 2 s at 10,000 articles), as the records a link reads are
            gc.freeze()
    finally:
        if collecting:
            gc.enable()
    if not isinstance(state, LinkState):
        raise SnapshotError(f"the link snapshot holds a {type(state).__name__}")
    return state


def _usable(header: dict[str, Any] | None, label: str, store: Any
            ) -> dict[str, Any] | None:
    """The store as of the snapshot's newest article when `header` names a snapshot this
    code can take up and those articles are as it saw them; else None (logged)."""
    from newsweave.store.duckdb_store import link_snapshot

    if header is None:
        return None
    if header.get("format") != SNAPSHOT_FORMAT or header.get("code") != code_print() \
            or header.get("embed") != label or not isinstance(header.get("store"), dict):
        log.info("the link snapshot in the store was made by other code or vectors; "
                 "not taken up")
        return None
    now = link_snapshot(store, int(header.get("seq") or 0))
    if any(now[k] != header["store"].get(k) for k in SNAPSHOT_STORE_KEYS):
        log.info("the store changed under the link snapshot (%s); not taken up", ", ".join(
            k for k in SNAPSHOT_STORE_KEYS if now[k] != header["store"].get(k)))
        return None
    return now


def take_up_snapshot(linker: Any, store: Any) -> int | None:
    """Fill a new Linker with the state a Linker kept in the store (see save_snapshot) when
    it is usable; returns the newest article that state holds, or None (nothing changed)."""
    from newsweave.nlp.models import CachedEmbedder
    from newsweave.store.duckdb_store import (
        drop_link_snapshot,
        link_log_since,
        open_link_snapshot,
        patched_link_result,
        read_link_snapshot_header,
        stored_link_result,
    )

    header = read_link_snapshot_header(store)
    now = _usable(header, linker._label(), store)
    if header is None or now is None:
        return None
    try:
        body = open_link_snapshot(store, header)
        if body is None:
            raise SnapshotError("parts of it are missing, or packed otherwise")
        state = load_state(body, freeze=True)  # (read a part at a time)
    except Exception as exc:  # any failure: link without it, never wrongly
        log.warning("the link snapshot in the store does not read back (%s); linking "
                    "without it", str(exc).splitlines()[0] if str(exc) else type(exc).__name__)
        drop_link_snapshot(store)
        return None
    memo = state.memo
    memo.embedder = CachedEmbedder(embed_fn=linker._embed)
    memo.embedder._vectors = state.vectors
    linker.memo, linker.seq = memo, state.seq
    linker.articles, linker.analyses, linker._mentions = (state.articles, state.analyses,
                                                          state.mentions)
    linker._kept_sketches, linker._kept_pairs = state.kept_sketches, state.kept_pairs
    linker._fixed = state.fixed
    if now["generation"] == header.get("generation"):
        linker.result = state.result  # what the store holds
    else:  # linked since by another Linker: rewrite what changed against what it wrote
        # (the rows the links since rewrote, from the link log, patched into the state's
        # own result; all of them read when the log does not reach back to it)
        logged = link_log_since(store, str(header.get("generation") or ""))
        if logged is None:
            linker.result = stored_link_result(store)
            memo.result_generation = -1  # (the mentions it changes are counted from its own)
        else:  # (what the link changes is counted from its own result and these rows)
            linker.result = patched_link_result(store, state.result, logged)
            linker.logged = logged
    linker.snapshot = now
    log.info("took up the link state kept in the store (%d articles)", len(state.articles))
    return state.seq


# keeping a state costs memory over the link's own at its peak: pickle's memo of every
# object written and DuckDB's writing of the parts (measured on synthetic articles: +515 MB
# at 10,000, +1.85 GB at 40,000; docs/config.md)
KEEP_BYTES_PER_ARTICLE = 46_000
# of the memory available when the state is kept, the share keeping it may take (the rest is
# left to other processes and to what the estimate missed)
KEEP_MEMORY_SHARE = 0.5


def available_memory() -> int | None:
    """Bytes of memory the system can give processes now without swapping (Linux's
    MemAvailable), or None where it is not known."""
    try:
        with open("/proc/meminfo", encoding="ascii") as meminfo:
            for line in meminfo:
                if line.startswith("MemAvailable:"):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        return None
    return None


def _room_to_keep(articles: int) -> bool:
    """Whether keeping the state of `articles` articles fits in the memory free now (a share
    of it: KEEP_MEMORY_SHARE). Past link.keep_state_max_articles's default, memory rather
    than the article count says whether the state is kept: the Linker already holds the
    state, so a new process taking it up needs about what this one holds (it peaks ~1 GB
    over that at 40,000 articles), and only keeping's own peak is new."""
    free = available_memory()
    return free is not None and articles * KEEP_BYTES_PER_ARTICLE <= KEEP_MEMORY_SHARE * free


def save_snapshot(linker: Any, store: Any, force: bool = False) -> bool:
    """Keep the Linker's whole state in the store for the next process (see
    take_up_snapshot), unless the kept one is still usable and holds all but a few
    (SNAPSHOT_REFRESH) of the articles linked; `force` writes it anyway. Returns whether
    it was written."""
    import uuid

    from newsweave.config import settings
    from newsweave.store.duckdb_store import (
        StoreError,
        link_snapshot,
        read_link_snapshot_header,
        write_link_snapshot,
    )

    if linker.result is None or linker.snapshot is None:
        return False
    now = link_snapshot(store, linker.seq)
    config = settings()
    largest = config["link.keep_state_max_articles"]
    if now["articles"] > largest and not (
            config.sources.get("link.keep_state_max_articles") == "default"
            and largest > 0 and _room_to_keep(now["articles"])):
        log.info("the link state of %d articles is not kept for the next process (over "
                 "link.keep_state_max_articles = %d%s); it will relink from the stored links",
                 now["articles"], largest,
                 ", and too little memory free to keep it" if config.sources.get(
                     "link.keep_state_max_articles") == "default" and largest > 0 else "")
        return False
    if any(now[k] != linker.snapshot.get(k) for k in ("generation", *SNAPSHOT_STORE_KEYS)):
        log.info("the store was linked or changed since this Linker's link; its state is "
                 "not kept")
        return False
    if not force:
        header = read_link_snapshot_header(store)
        if _usable(header, linker._label(), store) is not None and header is not None:
            held = int(header["store"].get("articles") or 0)
            if now["articles"] - held < SNAPSHOT_REFRESH * max(held, 1):
                return False
    embedder = linker.memo.embedder
    state = LinkState(seq=linker.seq, articles=linker.articles, analyses=linker.analyses,
                      mentions=linker._mentions, memo=linker.memo,
                      vectors=dict(getattr(embedder, "_vectors", None) or {}),
                      result=linker.result, kept_sketches=linker._kept_sketches,
                      kept_pairs=linker._kept_pairs, fixed=linker._fixed)
    header = {"id": uuid.uuid4().hex, "format": SNAPSHOT_FORMAT, "code": code_print(),
              "embed": linker._label(), "seq": linker.seq,
              "generation": now["generation"],
              "store": {k: now[k] for k in SNAPSHOT_STORE_KEYS}}
    written = [0]

    def dump(file: Any) -> None:  # pickled straight into the store, a part at a time
        counted = _Counted(file)
        dump_state_to(state, counted)
        written[0] = counted.size

    linker.memo.embedder = None  # (it may hold the store)
    try:
        write_link_snapshot(store, header, dump)
    except (pickle.PicklingError, TypeError, AttributeError, RecursionError,
            StoreError) as exc:
        log.warning("the link state is not kept in the store: %s", exc)
        return False
    finally:
        linker.memo.embedder = embedder
    log.info("kept the link state in the store (%d articles, %.0f MB)", len(linker.articles),
             written[0] / 1e6)
    return True


class _Counted:
    """A binary file passing writes on to another and counting their bytes."""

    def __init__(self, file: Any) -> None:
        self._file, self.size = file, 0

    def write(self, data: Any) -> int:  # bytes, or a buffer (a PickleBuffer: no len())
        self.size += memoryview(data).nbytes
        return int(self._file.write(data))
