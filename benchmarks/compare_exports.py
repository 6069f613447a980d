"""Compare two export folders record by record (did a change alter the output?).

    python benchmarks/compare_exports.py /tmp/before/out /tmp/after/out
    python benchmarks/compare_exports.py A B --ignore exported_at --show 20

Every `*.jsonl` file present in either folder is read; records are matched by their id (the
first field ending in `_id`, e.g. `event_id`; a file without one is compared line by line)
and compared field by field. Fields named with `--ignore` (run timestamps) are left out at
every depth. Prints, per file: records only in A, only in B, changed (with the first
differing fields), and whether the order differs. Exit code 0 when nothing differs, 1 when
something does, 2 on a usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

DEFAULT_IGNORE = ("exported_at", "stored_at", "ingested_at", "linked_at", "created_at")


def _strip(value: Any, ignore: frozenset[str]) -> Any:
    """The value without the ignored fields, at any depth."""
    if isinstance(value, dict):
        return {k: _strip(v, ignore) for k, v in value.items() if k not in ignore}
    if isinstance(value, list):
        return [_strip(v, ignore) for v in value]
    return value


def _id_field(record: dict[str, Any]) -> str | None:
    return next((k for k in record if k.endswith("_id")), None)


def read_records(path: Path, ignore: frozenset[str]) -> tuple[list[str], dict[str, Any]]:
    """The file's records in order (as keys) and by key."""
    order: list[str] = []
    by_key: dict[str, Any] = {}
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            record = _strip(json.loads(line), ignore)
            field = _id_field(record) if isinstance(record, dict) else None
            key = str(record[field]) if field else f"line {n}"
            if key in by_key:  # a repeated id: keep both, numbered
                key = f"{key} #{n}"
            order.append(key)
            by_key[key] = record
    return order, by_key


def field_diffs(a: Any, b: Any, path: str = "", limit: int = 5) -> list[str]:
    """Where two JSON values differ, as `path: a -> b` lines (at most `limit`)."""
    out: list[str] = []
    if isinstance(a, dict) and isinstance(b, dict):
        for key in list(dict.fromkeys([*a, *b])):
            if len(out) >= limit:
                break
            if key not in a or key not in b or a[key] != b[key]:
                out += field_diffs(a.get(key), b.get(key), f"{path}.{key}", limit - len(out))
        return out
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        for i, (x, y) in enumerate(zip(a, b, strict=True)):
            if len(out) >= limit:
                break
            if x != y:
                out += field_diffs(x, y, f"{path}[{i}]", limit - len(out))
        return out
    shown = [json.dumps(v, ensure_ascii=False) for v in (a, b)]
    shown = [s if len(s) <= 160 else s[:157] + "..." for s in shown]
    return [f"{path or '.'}: {shown[0]} -> {shown[1]}"]


def compare_file(a: Path | None, b: Path | None, ignore: frozenset[str], show: int
                 ) -> list[str]:
    """Lines describing how one file differs (empty: identical after ignoring)."""
    order_a, recs_a = read_records(a, ignore) if a else ([], {})
    order_b, recs_b = read_records(b, ignore) if b else ([], {})
    lines: list[str] = []
    if a is None or b is None:
        lines.append(f"  only in {'B' if a is None else 'A'}")
    only_a = [k for k in order_a if k not in recs_b]
    only_b = [k for k in order_b if k not in recs_a]
    changed = [k for k in order_a if k in recs_b and recs_a[k] != recs_b[k]]
    for label, keys in (("only in A", only_a), ("only in B", only_b)):
        if keys:
            lines.append(f"  {len(keys)} records {label}: {', '.join(keys[:show])}"
                         + (" ..." if len(keys) > show else ""))
    if changed:
        lines.append(f"  {len(changed)} records changed")
        for key in changed[:show]:
            lines.append(f"    {key}")
            lines += [f"      {d}" for d in field_diffs(recs_a[key], recs_b[key])]
    common_a = [k for k in order_a if k in recs_b]
    common_b = [k for k in order_b if k in recs_a]
    if common_a != common_b:
        lines.append("  records in a different order")
    return lines


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path, help="the export before")
    parser.add_argument("b", type=Path, help="the export after")
    parser.add_argument("--ignore", action="append", default=[],
                        help="a field to leave out (repeatable; added to "
                             f"{', '.join(DEFAULT_IGNORE)})")
    parser.add_argument("--show", type=int, default=10, help="records shown per file")
    args = parser.parse_args(argv)
    for folder in (args.a, args.b):
        if not folder.is_dir():
            print(f"{folder}: not a folder", file=sys.stderr)
            return 2
    ignore = frozenset([*DEFAULT_IGNORE, *args.ignore])
    names = sorted({p.name for p in [*args.a.glob("*.jsonl"), *args.b.glob("*.jsonl")]})
    if not names:
        print(f"no .jsonl files in {args.a} or {args.b}", file=sys.stderr)
        return 2
    differs = False
    for name in names:
        pa, pb = args.a / name, args.b / name
        lines = compare_file(pa if pa.exists() else None, pb if pb.exists() else None,
                             ignore, args.show)
        count = len(read_records(pa, ignore)[0]) if pa.exists() else 0
        print(f"{name}: {'identical' if not lines else 'DIFFERS'} ({count} records in A)")
        for line in lines:
            print(line)
        differs = differs or bool(lines)
    return 1 if differs else 0


if __name__ == "__main__":
    sys.exit(main())
