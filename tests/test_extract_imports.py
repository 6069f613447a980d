"""The extract modules import in one direction: actors never needs mentions, and mentions needs
only the gazetteer (the dateline rule both use lives in extract.dateline), so no import has to
be hidden inside a function."""

from __future__ import annotations

import ast
from pathlib import Path

EXTRACT = Path(__file__).resolve().parents[1] / "src" / "newsweave" / "extract"


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text("utf-8"))
    return {node.module for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.module}


def test_actors_does_not_import_mentions() -> None:
    """mentions needs only what words mean (the gazetteer), never the resolution in actors."""
    assert "newsweave.extract.mentions" not in imported_modules(EXTRACT / "actors.py")
    assert "newsweave.extract.gazetteer" in imported_modules(EXTRACT / "mentions.py")
    assert "newsweave.extract.actors" not in imported_modules(EXTRACT / "mentions.py")
    assert "newsweave.extract.actors" not in imported_modules(EXTRACT / "gazetteer.py")


def test_the_dateline_rule_is_shared() -> None:
    from newsweave.extract.dateline import dateline_end
    from newsweave.extract.mentions import dateline_end as from_mentions

    assert dateline_end is from_mentions
    assert dateline_end("HANOI, Vietnam (AP) — The minister said") == len(
        "HANOI, Vietnam (AP) — ")
    assert dateline_end("Russia said on Monday") == 0


EVENT_LAYERS = ["event_syntax", "event_lexicon", "event_arguments", "event_triggers",
                "event_attributes", "events"]


def test_event_modules_import_only_lower_layers() -> None:
    """The event stages are layered: parse readings at the bottom, then lexicon data (it reads
    a hyphenated word the tokenizer split through event_syntax), arguments, triggers (whose
    embedding fallback checks a verb has arguments), attributes, and the assembly in events.py
    on top; a module never imports one above it."""
    for rank, name in enumerate(EVENT_LAYERS):
        imported = imported_modules(EXTRACT / f"{name}.py")
        above = {f"newsweave.extract.{m}" for m in EVENT_LAYERS[rank + 1:]}
        assert not imported & above, (name, imported & above)
    assert "newsweave.extract.event_arguments" in imported_modules(EXTRACT / "events.py")
