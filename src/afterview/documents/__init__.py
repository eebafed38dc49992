"""Documents Afterview writes for people to read: the preparation brief and the job-search report,
as plain text, CSV and A4 PDF, and the letters as PDF.

This floor draws what the domain builds (:class:`afterview.domain.brief.Paper`): it may use the
domain and Qt's QtGui (QTextDocument, QPdfWriter), never widgets, the store or the window. The text
and CSV renderers need no Qt; only :mod:`afterview.documents.pdf` loads it.
"""
