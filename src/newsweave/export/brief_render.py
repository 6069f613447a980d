"""The brief laid out: Markdown (pictures as SVG files beside it, further evidence as
footnotes), one self-contained HTML file (pictures inline, further evidence one click away,
print-friendly CSS) and PDF (that HTML printed by headless Chromium, evidence expanded).

Article text never becomes markup: Markdown escapes it, Jinja2 autoescapes it in HTML. The
only unescaped content is the SVG that matplotlib wrote (it escapes the labels itself).
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

from newsweave.export.brief import Brief, Cite, Item, Section

log = logging.getLogger(__name__)

FORMATS = ("md", "html", "pdf")
PDF_TIMEOUT_S = 120

# ----------------------------------------------------------------------------- Markdown

_MD_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def md(text: str) -> str:
    """Article text made inert in Markdown: HTML characters as entities, markup escaped."""
    text = re.sub(r"\s+", " ", text).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def _source_tag(cite: Cite) -> str:
    src = cite.evidence.source
    parts = [src.label, src.outlet]
    if src.article.published:
        parts.append(src.article.published[:10])
    return " · ".join(parts)


def _cite_md(cite: Cite) -> str:
    if not cite.first:
        return f"(E{cite.number}, {md(_source_tag(cite))}: {md(cite.opening)}, quoted above)"
    ev = cite.evidence
    note = f" ({md(ev.note)})" if ev.note else ""
    return f"E{cite.number} \\[{md(_source_tag(cite))}\\] “{md(ev.sentence)}”{note}"


def _facts_md(item: Item) -> str:
    return "; ".join(f"{md(k)}: {md(v)}" for k, v in item.facts)


def _footnote_refs(item: Item) -> str:
    refs = [f"[^E{c.number}]" for c in item.more if c.first]
    back = [f"E{c.number}" for c in item.more if not c.first]
    text = " ".join(refs)
    if back:
        text += f" (also {', '.join(back)})"
    if item.not_listed:
        text += f" (+{item.not_listed} more in the export)"
    return text.strip()


def _section_md(section: Section, figure_files: dict[str, str], brief: Brief) -> list[str]:
    lines = [f"## {md(section.title)}", ""]
    if section.intro:
        lines += [f"*{md(section.intro)}*", ""]
    if section.key == "timeline" and "timeline" in figure_files:
        fig = next(f for f in brief.figures if f.key == "timeline")
        lines += [f"![{md(fig.caption)}]({figure_files['timeline']})", "", f"*{md(fig.caption)}*",
                  ""]
    for n, item in enumerate(section.items, 1):
        bullet = f"{n}." if section.key == "findings" else "-"
        lines.append(f"{bullet} **{md(item.headline)}** ({_facts_md(item)})")
        if section.key == "disputes":
            lines.append("    - Says so: " + (" ".join(_cite_md(c) for c in item.cites)
                                             or "no sentence"))
            lines.append("    - Denies or doubts: " + (" ".join(_cite_md(c) for c in item.against)
                                                       or "no sentence"))
            continue
        for cite in item.cites:
            lines.append(f"    - {_cite_md(cite)}")
        refs = _footnote_refs(item)
        if refs:
            lines.append(f"    - More evidence: {refs}")
    if section.not_shown:
        lines.append(f"- … {section.not_shown} more not shown (see the JSONL export)")
    if section.key == "timeline" and brief.undated_claims:
        lines += ["", "Undated: " + "; ".join(md(s) for s in brief.undated_claims) + "."]
    lines.append("")
    return lines


def render_markdown(brief: Brief, figure_files: dict[str, str] | None = None) -> str:
    """The brief as Markdown; `figure_files` maps a figure key to the SVG file beside it."""
    figure_files = figure_files or {}
    lines = [f"# {md(brief.title)}", ""]
    independent = len(brief.outlets)
    lead = (f"{len(brief.sources)} articles · {independent} independent sources"
            + (f" · {md(brief.scope)}" if brief.scope else "")
            + ". Findings first; every line cites its evidence: E-numbers are sentences, each "
              "quoted once, S-numbers the articles listed under Sources.")
    lines += [lead, ""]
    for section in brief.sections:
        lines += _section_md(section, figure_files, brief)
    if "network" in figure_files or brief.actors:
        lines += ["## Actor network", ""]
    if "network" in figure_files:
        fig = next(f for f in brief.figures if f.key == "network")
        lines += [f"![{md(fig.caption)}]({figure_files['network']})", "",
                  f"*{md(fig.caption)}*", ""]
    if brief.actors:
        lines += ["| Actor | State | Type | Claims | Articles | Also called |",
                  "|---|---|---|---|---|---|"]
        lines += [f"| {md(a.name)} | {md(a.country or '')} | {a.type} | {a.claims} | "
                  f"{a.articles} | {md(', '.join(a.aliases))} |" for a in brief.actors]
        lines.append("")
    lines += _sources_md(brief)
    footnotes = brief.further_evidence()
    if footnotes:
        lines += ["## Further evidence", ""]
        for c in footnotes:
            ev = c.evidence
            note = f" ({md(ev.note)})" if ev.note else ""
            lines.append(f"[^E{c.number}]: \\[{md(_source_tag(c))}\\] “{md(ev.sentence)}”{note}")
        lines.append("")
    return "\n".join(lines)


def _sources_md(brief: Brief) -> list[str]:
    lines = ["## Sources", "", "| Outlet | Articles | Copies | Reported first | Claims it "
             "supports | corroborated | contested or denied |", "|---|---|---|---|---|---|---|"]
    for row in brief.outlets:
        first = "; ".join(md(s) for s in row.first_reported[:3])
        if len(row.first_reported) > 3:
            first += f" (+{len(row.first_reported) - 3})"
        lines.append(f"| {md(row.outlet)} | {', '.join(row.articles)} | "
                     f"{', '.join(row.copies)} | {first} | {row.claims} | {row.corroborated} | "
                     f"{row.contested_or_denied} |")
    lines.append("")
    for s in brief.sources:
        a = s.article
        parts = [md(s.outlet)]
        if a.title:
            parts.append(f"“{md(a.title)}”")
        if a.published:
            parts.append(a.published[:10])
        parts.append(md(s.where or a.url or a.source))
        if s.repost_of:
            parts.append(f"copy of {s.repost_of}")
        lines.append(f"- **{s.label}** {' · '.join(parts)} (`{a.article_id}`)")
    lines.append("")
    return lines


# ----------------------------------------------------------------------------- HTML

_CSS = """
body{font:15px/1.5 -apple-system,Segoe UI,Helvetica,Arial,sans-serif;max-width:62rem;
margin:2rem auto;padding:0 1rem;color:#1d2330;background:#fff}
h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;border-bottom:1px solid #d9dde5;
padding-bottom:.2rem;margin-top:2rem}.lead,.intro{color:#5a6170}.intro{font-size:.9rem}
.item{margin:.8rem 0 1rem}.head{font-weight:600}.facts{color:#5a6170;font-size:.85rem}
.facts span{margin-right:.8rem}.facts b{font-weight:600;color:#1d2330}
ol.findings>li{margin:.6rem 0}ol.findings .head{font-size:1.02rem}
ul.ev{margin:.3rem 0 0 0;padding-left:1.2rem}ul.ev li{margin:.2rem 0}
.cite{font-size:.78rem;color:#fff;background:#4a5a7a;border-radius:3px;padding:0 .3rem;
margin-right:.3rem;text-decoration:none;white-space:nowrap}.back{font-size:.85rem;color:#4a5a7a}
.note{color:#7a6a3a;font-size:.85rem}q{font-style:italic}
details{margin:.3rem 0 0 1.2rem;font-size:.92rem}summary{cursor:pointer;color:#4a5a7a}
table{border-collapse:collapse;font-size:.88rem;width:100%}th{text-align:left;
border-bottom:1px solid #b0b8c8}td,th{padding:.25rem .45rem;vertical-align:top}
td{border-top:1px solid #eceff4}code{font-size:.78rem;color:#5a6170}
table.sides td{width:50%}figure{margin:1rem 0}figure svg{max-width:100%;height:auto}
figcaption{color:#5a6170;font-size:.85rem}.more{color:#5a6170;font-size:.85rem}
@media print{body{max-width:none;margin:0;font-size:11pt}h2{break-after:avoid}
.item,figure,tr{break-inside:avoid}details>summary{display:none}a{color:inherit}}
"""

_CITE = """{% macro cite(c) -%}
{%- if c.first -%}
<span id="E{{ c.number }}"><a class="cite" href="#{{ c.evidence.source.label }}"
title="{{ c.evidence.source.article.article_id }}">E{{ c.number }} · {{ c.evidence.source.label
}} · {{ c.evidence.source.outlet }}{% if c.evidence.source.article.published %} · {{
c.evidence.source.article.published[:10] }}{% endif %}</a><q>{{ c.evidence.sentence }}</q>
{%- if c.evidence.note %} <span class="note">({{ c.evidence.note }})</span>{% endif %}</span>
{%- else -%}
<a class="back" href="#E{{ c.number }}">E{{ c.number }} ({{ c.evidence.source.label }} · {{
c.evidence.source.outlet }}): {{ c.opening }}, quoted above</a>
{%- endif -%}
{%- endmacro %}
{% macro facts(item) -%}
<div class="facts">{% for k, v in item.facts %}<span>{{ k }}: <b{% if k == 'status' %}
 class="status-{{ v }}"{% endif %}>{{ v }}</b></span>{% endfor %}</div>
{%- endmacro %}
{% macro more(item) -%}
{% if item.more and expand %}<p class="more">More evidence: {% for c in item.more %}<a
href="#E{{ c.number }}">E{{ c.number }}</a>{{ ', ' if not loop.last }}{% endfor %}{% if
item.not_listed %} (+{{ item.not_listed }} in the export){% endif %}</p>
{% elif item.more %}<details><summary>{{ item.more|length }}
more piece{{ 's' if item.more|length != 1 }} of evidence{% if item.not_listed %} (+{{
item.not_listed }} in the export){% endif %}</summary><ul class="ev">{% for c in item.more %}
<li>{{ cite(c) }}</li>{% endfor %}</ul></details>{% endif %}
{%- endmacro %}"""

_TEMPLATE = _CITE + """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ brief.title }}</title><style>{{ css }}</style></head>
<body>
<h1>{{ brief.title }}</h1>
<p class="lead">{{ brief.sources|length }} articles · {{ brief.outlets|length }} independent
sources{% if brief.scope %} · {{ brief.scope }}{% endif %}. Findings first; every line cites
its evidence (E-numbers: sentences, each quoted once; S-numbers: the articles under Sources).</p>
{% for section in brief.sections %}
<section id="{{ section.key }}"><h2>{{ section.title }}</h2>
{% if section.intro %}<p class="intro">{{ section.intro }}</p>{% endif %}
{% if section.key == 'timeline' and figures.timeline %}<figure class="chart" id="fig-timeline">
{{ figures.timeline.svg }}<figcaption>{{ figures.timeline.caption }}</figcaption></figure>
{% endif %}
{% if section.key == 'findings' %}<ol class="findings">{% for item in section.items %}
<li class="item"><div class="head status-{{ item.status }}">{{ item.headline }}</div>
{{ facts(item) }}<ul class="ev">{% for c in item.cites %}<li>{{ cite(c) }}</li>{% endfor %}
</ul>{{ more(item) }}</li>{% endfor %}</ol>
{% elif section.key == 'disputes' %}<table class="sides"><tr><th>Claim and who says so</th>
<th>Who denies or doubts it</th></tr>{% for item in section.items %}<tr class="item"><td>
<div class="head">{{ item.headline }}</div>{{ facts(item) }}<ul class="ev">{% for c in
item.cites %}<li>{{ cite(c) }}</li>{% endfor %}</ul></td><td><ul class="ev">{% for c in
item.against %}<li>{{ cite(c) }}</li>{% else %}<li class="more">no sentence</li>{% endfor %}
</ul></td></tr>{% endfor %}</table>
{% else %}{% for item in section.items %}<div class="item"><div class="head">{{ item.headline
}}</div>{{ facts(item) }}<ul class="ev">{% for c in item.cites %}<li>{{ cite(c) }}</li>
{% endfor %}</ul>{{ more(item) }}</div>
{% endfor %}{% endif %}
{% if section.not_shown %}<p class="more">… {{ section.not_shown }} more not shown (see the
JSONL export)</p>{% endif %}
{% if section.key == 'timeline' and brief.undated_claims %}<p class="more">Undated: {{
brief.undated_claims|join('; ') }}.</p>{% endif %}
</section>
{% endfor %}
{% if figures.network or brief.actors %}<section id="network"><h2>Actor network</h2>
{% if figures.network %}<figure class="chart" id="fig-network">{{ figures.network.svg }}
<figcaption>{{ figures.network.caption }}</figcaption></figure>{% endif %}
{% if brief.actors %}<table><tr><th>Actor</th><th>State</th><th>Type</th><th>Claims</th>
<th>Articles</th><th>Also called</th></tr>{% for a in brief.actors %}<tr><td>{{ a.name }}</td>
<td>{{ a.country or '' }}</td><td>{{ a.type }}</td><td>{{ a.claims }}</td><td>{{ a.articles
}}</td><td>{{ a.aliases|join(', ') }}</td></tr>{% endfor %}</table>{% endif %}
</section>{% endif %}
{% if expand and endnotes %}<section id="further"><h2>Further evidence</h2><ul class="ev">
{% for c in endnotes %}<li>{{ cite(c) }}</li>{% endfor %}</ul></section>{% endif %}
<section id="sources"><h2>Sources</h2>
<table><tr><th>Outlet</th><th>Articles</th><th>Copies</th><th>Reported first</th>
<th>Claims it supports</th><th>corroborated</th><th>contested or denied</th></tr>
{% for row in brief.outlets %}<tr><td>{{ row.outlet }}</td><td>{{ row.articles|join(', ') }}
</td><td>{{ row.copies|join(', ') }}</td><td>{{ row.first_reported[:3]|join('; ') }}{% if
row.first_reported|length > 3 %} (+{{ row.first_reported|length - 3 }}){% endif %}</td><td>{{
row.claims }}</td><td>{{ row.corroborated }}</td><td>{{ row.contested_or_denied }}</td></tr>
{% endfor %}</table>
<table>{% for s in brief.sources %}<tr id="{{ s.label }}"><td><b>{{ s.label }}</b></td>
<td>{{ s.outlet }}</td><td>{{ s.article.title or '' }}</td><td>{{ (s.article.published or
'')[:10] }}</td><td>{{ s.where or s.article.url or s.article.source }}{% if s.repost_of %} · copy of
{{ s.repost_of }}{% endif %}<br><code>{{ s.article.article_id }}</code></td></tr>{% endfor %}
</table></section>
</body></html>
"""


def render_html(brief: Brief, expand: bool = False) -> str:
    """One self-contained HTML file. Further evidence is one click away; with `expand` (for
    print and PDF) it is numbered endnotes instead."""
    from jinja2 import Environment
    from markupsafe import Markup

    env = Environment(autoescape=True, trim_blocks=True, lstrip_blocks=True)
    template = env.from_string(_TEMPLATE)
    figures = {f.key: {"svg": Markup(f.svg), "caption": f.caption} for f in brief.figures}
    from newsweave import vocab

    status_css = "".join(f".status-{t.id}{{color:{t.color}}}" for t in vocab.STATUSES)
    return template.render(brief=brief, css=Markup(_CSS.strip() + status_css), figures=figures,
                           expand=expand, endnotes=brief.further_evidence())


# ----------------------------------------------------------------------------- PDF


def chromium_binary() -> str | None:
    """The Chromium that prints the PDF: $NEWSWEAVE_CHROMIUM, else one on the PATH."""
    given = os.environ.get("NEWSWEAVE_CHROMIUM")
    if given:
        return given
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    return None


def html_to_pdf(html_path: Path, pdf_path: Path) -> Path:
    """Print an HTML file to PDF with headless Chromium (from Debian's package `chromium`),
    offline: no network, a throwaway profile."""
    binary = chromium_binary()
    if binary is None:
        raise RuntimeError("PDF needs Chromium: install it (apt-get install chromium) or set "
                           "NEWSWEAVE_CHROMIUM to its path")
    tmp_pdf = pdf_path.with_suffix(".pdf.tmp")
    with tempfile.TemporaryDirectory(prefix="newsweave-pdf-") as profile:
        cmd = [binary, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
               "--disable-background-networking", "--disable-component-update",
               "--disable-sync", "--disable-quic", f"--user-data-dir={profile}",
               "--no-pdf-header-footer", f"--print-to-pdf={tmp_pdf}",
               html_path.resolve().as_uri()]
        try:
            done = subprocess.run(cmd, capture_output=True, text=True, timeout=PDF_TIMEOUT_S,
                                  check=False)
        except subprocess.TimeoutExpired as exc:
            raise RuntimeError(f"Chromium did not print the PDF in {PDF_TIMEOUT_S} s") from exc
    if done.returncode != 0 or not tmp_pdf.exists() or tmp_pdf.stat().st_size == 0:
        tail = (done.stderr or "").strip().splitlines()[-1:] or ["no output"]
        raise RuntimeError(f"Chromium could not print the PDF: {tail[0]}")
    os.replace(tmp_pdf, pdf_path)
    return pdf_path


# ----------------------------------------------------------------------------- files


def _write(path: Path, text: str) -> Path:
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    os.replace(tmp, path)
    return path


def write_formats(brief: Brief, out_dir: Path, formats: list[str]) -> list[Path]:
    """brief.md with brief-<figure>.svg beside it, brief.html, brief.pdf: the ones asked for."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown brief format {', '.join(unknown)} (use {', '.join(FORMATS)})")
    out_dir.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    if "md" in formats:
        files = {}
        for fig in brief.figures:
            svg = _write(out_dir / f"brief-{fig.key}.svg", fig.svg)
            files[fig.key] = svg.name
            paths.append(svg)
        paths.insert(0, _write(out_dir / "brief.md", render_markdown(brief, files)))
    if "html" in formats:
        paths.append(_write(out_dir / "brief.html", render_html(brief)))
    if "pdf" in formats:
        with tempfile.TemporaryDirectory(prefix="newsweave-brief-") as tmp:
            printable = _write(Path(tmp) / "brief-print.html", render_html(brief, expand=True))
            paths.append(html_to_pdf(printable, out_dir / "brief.pdf"))
    log.info("brief written: %s", ", ".join(p.name for p in paths))
    return paths
