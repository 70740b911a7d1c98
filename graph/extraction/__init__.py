"""From texts to claims: the concepts an article names and the edges it supports.

:func:`extract` reads articles (plain text, Markdown or saved web pages)
against a graph and returns an :class:`Extraction`: candidate edges, each
pointing at its sentence, the words that match no concept, and how much of
each text the graph covers. :func:`write_review` writes the review page, whose
download follows the columns of the data's files (:func:`data_headers`).
"""

from __future__ import annotations

from .additions import data_headers
from .article import Article, ArticleError, read_article
from .result import CANDIDATE_COLUMNS, Extraction
from .review import review_html, write_review
from .run import detect_language, extract

__all__ = [
    "extract",
    "Extraction",
    "Article",
    "ArticleError",
    "read_article",
    "detect_language",
    "review_html",
    "write_review",
    "data_headers",
    "CANDIDATE_COLUMNS",
]
