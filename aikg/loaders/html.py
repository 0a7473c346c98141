"""Reading saved web pages (``.html``/``.htm``) into :class:`Document` objects.

A saved page is mostly not the article: scripts, styles, navigation, cookie banners, related
links, comments and footers. trafilatura finds the main text and the page's metadata (title,
publication date from JSON-LD, Open Graph or meta tags); only that text becomes the document, so
every evidence offset indexes it and no boilerplate can ever become a claim. Nothing is fetched:
the page is parsed from the string we read.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, cast

from aikg.errors import InputError
from aikg.loaders.reading import read_decoded
from aikg.loaders.text import parse_date
from aikg.ontology.models import Document, content_id

if TYPE_CHECKING:
    from trafilatura.settings import Document as Page

HTML_SUFFIXES = (".html", ".htm")
MIN_WORDS = 5  # below this, what is left after removing boilerplate is a stray label, not an article


def read_html(path: Path) -> Document:
    """Read a saved web page: its main text, title and published date.

    Raises InputError for unreadable, binary or empty files, and for pages with no article text
    (only scripts, navigation or boilerplate).
    """
    import trafilatura

    path = Path(path)
    decoded = read_decoded(path)
    page = cast(  # a Document unless as_dict=True
        "Page | None",
        trafilatura.bare_extraction(
            decoded.text,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            include_links=False,
            include_images=False,
            favor_precision=True,
            # Dates from the page's own metadata only: a guess from "© 2024" in a footer is no date.
            date_extraction_params={"extensive_search": False, "original_date": True},
        ),
    )
    text = (page.text or "").strip() if page is not None else ""
    if page is None or len(text.split()) < MIN_WORDS:
        raise InputError(
            str(path),
            "no article text found (the page holds only scripts, navigation or boilerplate); "
            "save the article's own page, or its text as .txt",
        )
    return Document(
        id=content_id(text),
        path=str(path),
        title=(page.title or "").strip() or None,
        published=parse_date(page.date[:10]) if page.date else None,  # trafilatura gives ISO dates
        url=page.url or None,
        text=text,
        encoding=decoded.encoding,
    )
