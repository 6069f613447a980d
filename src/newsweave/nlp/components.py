"""newsweave's stages as registered spaCy components, so any English spaCy pipeline can carry
them (`nlp.add_pipe("newsweave_analysis")`) and a saved pipeline config can name them.

- `newsweave_paragraphs` (a component): a line break starts a sentence, and walls of junk
  without sentence marks are cut (nlp.limits); it runs before the parser. `load_spacy` adds
  it to the model of the setting nlp.spacy_model.
- `newsweave_names` (a component): names the tagger missed or mislabelled, fixed after the
  NER by named rules (nlp.names); `load_spacy` adds it after the model's `ner`.
- `newsweave_analysis` (a factory): the per-article analysis (mentions, quotes, events,
  details: extract.analyze_doc) on each Doc; the records land in `doc._.newsweave`
  (an ArticleAnalysis). The article's metadata (date, outlet) is read from
  `doc._.newsweave_article` when set (see `with_article`), else the Doc's text is an article
  with no metadata. `stages` picks a prefix of the chain (mentions < quotes < events).

The engine does not run `newsweave_analysis` inside nlp.pipe: it parses a batch, then
analyses each article under its own time budget (engine.local.analyze_batch), which a
component in the pipe cannot give. Both call the same analyze_doc, so they agree
(tests/test_config.py). The package's entry points (pyproject.toml, spacy_factories) let
spaCy find both by name in a fresh process.

Importing this module imports spaCy: import it only where a pipeline is built.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from spacy.language import Language
from spacy.tokens import Doc

from newsweave.model import Article, ArticleAnalysis, stable_id

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator

log = logging.getLogger(__name__)

PARAGRAPHS = "newsweave_paragraphs"
NAMES = "newsweave_names"
ANALYSIS = "newsweave_analysis"
STAGES = ("mentions", "quotes", "events")

if not Doc.has_extension("newsweave_article"):
    Doc.set_extension("newsweave_article", default=None)
if not Doc.has_extension("newsweave"):
    Doc.set_extension("newsweave", default=None)


@Language.component(PARAGRAPHS)
def newsweave_paragraphs(doc: Doc) -> Doc:
    """Paragraph breaks as sentence starts (nlp.models.mark_paragraph_starts)."""
    from newsweave.nlp.models import mark_paragraph_starts

    return mark_paragraph_starts(doc)


@Language.component(NAMES, requires=["doc.ents", "token.dep"], assigns=["doc.ents"])
def newsweave_names(doc: Doc) -> Doc:
    """Names the tagger missed or mislabelled, fixed by named rules (nlp.names)."""
    from newsweave.nlp.names import fix_names

    return fix_names(doc)


class ArticleAnalyzer:
    """The `newsweave_analysis` component: `doc._.newsweave` = the article's records."""

    def __init__(self, name: str, stages: str) -> None:
        if stages not in STAGES:
            raise ValueError(f"{ANALYSIS}: stages must be one of {', '.join(STAGES)} "
                             f"(got {stages!r})")
        self.name, self.stages = name, stages

    def __call__(self, doc: Doc) -> Doc:
        from newsweave.extract import analyze_doc, analyzer_version

        article = doc._.newsweave_article or text_article(doc.text)
        if self.stages == "events":
            doc._.newsweave = analyze_doc(article, doc)
            return doc
        from newsweave.extract.mentions import extract_mentions
        from newsweave.extract.quotes import extract_quotes

        mentions = extract_mentions(doc, article)
        quotes = extract_quotes(doc, article, mentions) if self.stages == "quotes" else []
        doc._.newsweave = ArticleAnalysis(article_id=article.article_id, mentions=mentions,
                                          quotes=quotes, analyzer_version=analyzer_version())
        return doc


@Language.factory(ANALYSIS, default_config={"stages": "events"},
                  requires=["doc.sents", "doc.ents", "token.dep", "token.lemma"],
                  assigns=["doc._.newsweave"])
def make_article_analyzer(nlp: Language, name: str, stages: str) -> ArticleAnalyzer:
    """newsweave's analysis as a pipeline step; `stages`: mentions, quotes or events (all)."""
    return ArticleAnalyzer(name, stages)


def text_article(text: str) -> Article:
    """A bare text as an article with no metadata (no date: relative dates stay unresolved)."""
    article_id = stable_id("art", text)
    return Article(article_id=article_id, source=article_id, text=text, language="en")


def with_article(nlp: Language, articles: Iterable[Article],
                 batch_size: int = 16) -> Iterator[tuple[Article, Doc]]:
    """Run `nlp` (which may end in `newsweave_analysis`) over articles with their metadata:
    each Doc carries its article in `doc._.newsweave_article` before the components run."""

    def docs() -> Iterator[Doc]:
        for article in articles:
            doc = nlp.make_doc(article.text)
            doc._.newsweave_article = article
            yield doc

    for doc in nlp.pipe(docs(), batch_size=batch_size):
        yield doc._.newsweave_article, doc
