"""Documents as A4 PDF, through Qt's own text layout (QTextDocument) and PDF writer (QPdfWriter).

The one PDF path of the app: the preparation brief, the job-search report and the letters. Qt
paginates the document and prints each page's number at its foot. The command line has no window,
so :func:`ensure_gui` starts a QGuiApplication on the "offscreen" platform when none runs.
"""

from __future__ import annotations

import html
import os

from PySide6.QtCore import QBuffer, QIODevice
from PySide6.QtGui import QFont, QGuiApplication, QPageSize, QPdfWriter, QTextDocument

from afterview.domain.brief import Paper, Section

BODY_POINTS = 11
_application: list[QGuiApplication] = []  # kept alive for the process once made here


def ensure_gui() -> None:
    """A QGuiApplication for the text layout and its fonts; without one, make one that needs no
    display (the command line's case)."""
    if QGuiApplication.instance() is not None:
        return
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    _application.append(QGuiApplication(["afterview"]))


def paper_pdf(paper: Paper) -> bytes:
    """``paper`` as an A4 PDF, paginated, with page numbers."""
    document = new_document()
    document.setHtml(paper_html(paper))
    return document_pdf(document, paper.title)


def text_pdf(text: str, title: str) -> bytes:
    """Plain text (a letter) as an A4 PDF."""
    document = new_document()
    document.setPlainText(text)
    return document_pdf(document, title)


def new_document() -> QTextDocument:
    """An empty document in the body size of a printed page. (Left to the platform's font, the
    offscreen platform's pixel-sized one, the glyphs come out scattered on the 1200 dpi page.)"""
    ensure_gui()
    document = QTextDocument()
    font = QFont(QGuiApplication.font())
    font.setPointSizeF(BODY_POINTS)
    document.setDefaultFont(font)
    return document


def document_pdf(document: QTextDocument, title: str) -> bytes:
    """``document`` printed on A4 pages (Qt numbers them at their foot)."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setTitle(title)
    writer.setCreator("Afterview")
    document.print_(writer)
    del writer  # the PDF is finished when the writer goes
    return bytes(buffer.data().data())


def paper_html(paper: Paper) -> str:
    """The HTML QTextDocument lays out: headings, paragraphs and bulleted lists, all text escaped."""
    parts = [f"<h1>{_escaped(paper.title)}</h1>"]
    parts.extend(f"<p>{_escaped(line)}</p>" for line in paper.subtitle)
    parts.extend(_section_html(section) for section in paper.sections)
    return "<html><body>" + "".join(parts) + "</body></html>"


def _section_html(section: Section) -> str:
    style = ' style="page-break-before: always"' if section.new_page else ""
    parts = [f"<h2{style}>{_escaped(section.heading)}</h2>"]
    parts.extend(f"<p>{_escaped(text)}</p>" for text in section.paragraphs)
    if section.items:
        parts.append("<ul>" + "".join(f"<li>{_escaped(item)}</li>" for item in section.items) + "</ul>")
    return "".join(parts)


def _escaped(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")
