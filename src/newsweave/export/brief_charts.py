"""The brief's pictures, drawn by matplotlib as SVG: a timeline of the claims' dated events and
the network of the top actors with their claims.

Both are deterministic (seeded layout, fixed SVG ids, no timestamp), so the same store gives
byte-identical pictures; text stays text in the SVG (searchable, selectable in the PDF).
matplotlib is imported here only, on first use, with the Agg backend (no display needed).
"""

from __future__ import annotations

import io
import re
from collections import Counter, defaultdict
from datetime import date, timedelta
from typing import TYPE_CHECKING, Any

from newsweave import vocab
from newsweave.export.brief import Figure, TimelinePoint, display_name
from newsweave.timespan import date_bounds

if TYPE_CHECKING:
    from newsweave.export.brief import _ClaimView
    from newsweave.model import Entity

MAX_LANES = 12
MAX_NODES = 14
# the web app's edge colours and dashes, from the one vocabulary (newsweave.vocab)
STATUS_ORDER = vocab.STATUS_ORDER
STATUS_STYLE: dict[str, tuple[str, Any]] = {t.id: (t.color, t.style) for t in vocab.STATUSES}


def _pyplot() -> Any:
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams.update({"svg.fonttype": "none", "svg.hashsalt": "newsweave",
                         "font.size": 9, "font.family": "DejaVu Sans"})
    return plt


def _svg(fig: Any) -> str:
    """The figure as one <svg> element (no XML prolog or DOCTYPE, so it inlines in HTML)."""
    plt = _pyplot()
    buf = io.StringIO()
    fig.savefig(buf, format="svg", bbox_inches="tight", metadata={"Date": None})
    plt.close(fig)
    text = buf.getvalue()
    return text[text.index("<svg"):]


def _short(text: str, limit: int = 48) -> str:
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def timeline_figure(points: list[TimelinePoint]) -> Figure | None:
    """One lane per claim (the claims with most dated events), a dot per day-precise event,
    a bar per month- or year-precise one, coloured by the claim's status."""
    if not points:
        return None
    plt = _pyplot()
    per_lane: dict[str, list[TimelinePoint]] = defaultdict(list)
    for p in points:
        per_lane[p.lane].append(p)
    lanes = sorted(per_lane, key=lambda lane: (-len(per_lane[lane]), lane))[:MAX_LANES]
    lanes.sort(key=lambda lane: (min(p.date for p in per_lane[lane]), lane))
    fig, ax = plt.subplots(figsize=(8.5, 0.42 * len(lanes) + 1.3))
    starts = []
    for y, lane in enumerate(lanes):
        for p in per_lane[lane]:
            colour = STATUS_STYLE.get(p.status, ("#607d8b", "solid"))[0]
            bounds = date_bounds(p.date)
            if bounds is None:
                continue
            first, last = date.fromisoformat(bounds[0]), date.fromisoformat(bounds[1])
            starts += [first, last]
            if p.precision == "day":
                ax.plot([first], [y], "o", color=colour, markersize=6, zorder=3)
            else:
                ax.barh(y, (last - first + timedelta(days=1)).days, left=first, height=0.36,
                        color=colour, alpha=0.45, edgecolor=colour, zorder=2)
    ax.set_yticks(range(len(lanes)), [_short(lane) for lane in lanes])
    ax.invert_yaxis()
    pad = max(timedelta(days=10), (max(starts) - min(starts)) / 20)
    ax.set_xlim(min(starts) - pad, max(starts) + pad)
    ax.grid(axis="x", color="#e0e0e0", linewidth=0.6)
    ax.spines[["top", "right", "left"]].set_visible(False)
    ax.set_title("Dated events by claim (dot: a day; bar: a month or a year)", loc="left",
                 fontsize=10)
    _legend(ax, {p.status for p in points}, loc="lower right")
    fig.autofmt_xdate()
    caption = (f"{len(points)} dated events in {len(per_lane)} claims"
               + (f"; the {MAX_LANES} claims with most events drawn" if len(per_lane) >
                  MAX_LANES else ""))
    return Figure("timeline", "Timeline", _svg(fig), caption)


def _legend(ax: Any, statuses: set[str], loc: str) -> None:
    from matplotlib.lines import Line2D

    handles = [Line2D([0], [0], color=STATUS_STYLE[s][0], linewidth=2,
                      label=vocab.status_label(s))
               for s in STATUS_ORDER if s in statuses]
    for handle, status in zip(handles, [s for s in STATUS_ORDER if s in statuses],
                              strict=True):
        handle.set_linestyle(STATUS_STYLE[status][1])
    if handles:
        ax.legend(handles=handles, loc=loc, fontsize=8, frameon=False)


def network_figure(views: list[_ClaimView], entities: dict[str, Entity]) -> Figure | None:
    """The top actors (by claims) and the claims between them: one edge per actor pair and
    status, its width the number of claims, its colour and dash the status."""
    import networkx as nx

    plt = _pyplot()
    pairs: Counter[tuple[str, str, str]] = Counter()
    degree: Counter[str] = Counter()
    for v in views:
        c = v.claim
        if c.actor is None or c.recipient is None or not c.actor.entity_id \
                or not c.recipient.entity_id or c.actor.entity_id == c.recipient.entity_id:
            continue
        pairs[(c.actor.entity_id, c.recipient.entity_id, c.status)] += 1
        degree[c.actor.entity_id] += 1
        degree[c.recipient.entity_id] += 1
    if not pairs:
        return None
    top = {eid for eid, _ in sorted(degree.items(), key=lambda kv: (-kv[1], kv[0]))[:MAX_NODES]}
    graph = nx.MultiDiGraph()
    for eid in sorted(top):
        ent = entities.get(eid)
        graph.add_node(eid, label=display_name(ent.name, ent.country) if ent else eid)
    for (a, b, status), n in sorted(pairs.items()):
        if a in top and b in top:
            graph.add_edge(a, b, status=status, n=n)
    pos = nx.spring_layout(nx.Graph(graph), seed=7, k=1.6 / max(1, len(top)) ** 0.5)
    fig, ax = plt.subplots(figsize=(8.5, 6))
    sizes = [300 + 120 * min(degree[n], 12) for n in graph.nodes]
    nx.draw_networkx_nodes(graph, pos, ax=ax, node_size=sizes, node_color="#cfd8dc",
                           edgecolors="#455a64", linewidths=1.0)
    seen_pair: Counter[tuple[str, str]] = Counter()
    for a, b, data in graph.edges(data=True):
        colour, dash = STATUS_STYLE.get(data["status"], ("#607d8b", "solid"))
        k = seen_pair[(a, b)]
        seen_pair[(a, b)] += 1
        nx.draw_networkx_edges(graph, pos, ax=ax, edgelist=[(a, b)], edge_color=colour,
                               style=dash, width=1.0 + 0.8 * min(data["n"], 5), arrows=True,
                               arrowsize=12, node_size=sizes[list(graph.nodes).index(b)],
                               connectionstyle=f"arc3,rad={0.12 + 0.14 * k}")
    nx.draw_networkx_labels(graph, pos, ax=ax, labels=nx.get_node_attributes(graph, "label"),
                            font_size=9)
    ax.set_axis_off()
    ax.set_title("Actors and the claims between them (arrow: actor -> recipient)", loc="left",
                 fontsize=10)
    _legend(ax, {d["status"] for _, _, d in graph.edges(data=True)}, loc="lower left")
    shown = graph.number_of_edges()
    caption = (f"{graph.number_of_nodes()} actors with most claims; {shown} actor pairs by "
               f"status, width = number of claims")
    return Figure("network", "Actor network", _svg(fig), caption)


def figure_text(fig: Figure) -> str:
    """The words in a figure (its labels), for tests and search."""
    return " ".join(re.findall(r">([^<>]+)</text>", fig.svg))

