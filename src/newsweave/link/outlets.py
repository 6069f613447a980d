"""Who published an article, said the same way in every view, export and the brief.

An article's outlet is its own outlet name (from metadata or the text's outlet line, set by
ingest), else the web site of its URL. Without either it is an "unknown outlet", told apart
from other unknown outlets by its file (as a path relative to the input root, never an
absolute local path): "unknown outlet (003_60a0.txt)". Two articles of one unknown outlet
cannot be told to be one source, so each unnamed file is a source of its own.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import PurePath
from urllib.parse import urlparse

from newsweave.model import Article

UNKNOWN_OUTLET = "unknown outlet"


def is_remote(source: str) -> bool:
    return source.startswith(("http://", "https://"))


def _local_path(source: str) -> str:
    """The file part of a source ("wire.jsonl#L2" -> "wire.jsonl")."""
    return source.split("#", 1)[0]


def input_root(sources: Iterable[str]) -> str | None:
    """The folder all local sources share (what the user pointed newsweave at)."""
    dirs = [os.path.dirname(os.path.normpath(_local_path(s))) for s in sources
            if s and not is_remote(s)]
    if not dirs:
        return None
    try:
        return os.path.commonpath(dirs)
    except ValueError:  # absolute and relative paths mixed, or different drives
        return None


def relative_source(source: str, root: str | None) -> str:
    """A source as shown to people: URLs as they are, files relative to the input root
    (a JSONL line keeps its "#L12"), never an absolute local path."""
    if not source or is_remote(source):
        return source
    path, _, line = source.partition("#")
    norm = os.path.normpath(path)
    rel = os.path.relpath(norm, root) if root is not None else PurePath(norm).name
    if rel.startswith(".."):
        rel = PurePath(norm).name
    return rel + (f"#{line}" if line else "")


def outlet_name(art: Article) -> str | None:
    """The outlet's own name, else its web site; None when neither is known."""
    if art.outlet and art.outlet.strip():
        return art.outlet.strip()
    if art.url:
        host = urlparse(art.url).hostname or ""
        if host:
            return host.removeprefix("www.")
    if art.source and is_remote(art.source):
        host = urlparse(art.source).hostname or ""
        if host:
            return host.removeprefix("www.")
    return None


def unknown_label(detail: str) -> str:
    return f"{UNKNOWN_OUTLET} ({detail})" if detail else UNKNOWN_OUTLET


def source_labels(articles: Sequence[Article]) -> dict[str, str]:
    """article_id -> the label of its source: the outlet, else "unknown outlet (<file>)"
    with the file name, or its path relative to the input root when names collide."""
    labels: dict[str, str] = {}
    unnamed: dict[str, list[Article]] = {}
    for a in articles:
        name = outlet_name(a)
        if name:
            labels[a.article_id] = name
        else:
            base = PurePath(_local_path(a.source)).name if a.source else ""
            line = a.source.partition("#")[2] if a.source else ""
            detail = base + (f"#{line}" if line else "")
            unnamed.setdefault(detail, []).append(a)
    root = None
    if any(len(arts) > 1 for arts in unnamed.values()):  # only colliding names need it
        root = input_root(a.source for a in articles)
    for detail, arts in unnamed.items():
        for a in arts:
            if len(arts) > 1:
                rel = relative_source(a.source, root)
                if rel and rel != detail and sum(relative_source(b.source, root) == rel
                                                 for b in arts) == 1:
                    labels[a.article_id] = unknown_label(rel)
                    continue
                labels[a.article_id] = unknown_label(f"{detail or 'text'} {a.article_id[4:12]}")
            else:
                labels[a.article_id] = unknown_label(detail or a.article_id[4:12])
    return labels


def source_label(art: Article) -> str:
    """The label of one article's source, on its own (see source_labels for a corpus)."""
    return source_labels([art])[art.article_id]


def label_detail(label: str) -> tuple[str, str | None]:
    """("unknown outlet", "003.txt") for "unknown outlet (003.txt)"; (label, None) else."""
    prefix = UNKNOWN_OUTLET + " ("
    if label.startswith(prefix) and label.endswith(")"):
        return UNKNOWN_OUTLET, label[len(prefix):-1]
    return label, None
