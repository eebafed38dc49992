"""The job-search report as CSV: one row per event (an interview, a letter sent, an answer …).

UTF-8 with a byte-order mark and CR LF, like the data export (:mod:`afterview.interchange.csv_format`),
whose guard against cells a spreadsheet would run as formulas it shares. The header is in the user's
language, like the rest of the report.
"""

from __future__ import annotations

import csv
import io

from afterview.domain.report import Report, csv_header
from afterview.interchange.csv_format import GUARDED_STARTS


def report_csv(report: Report) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(csv_header())
    for row in report.rows:
        cells = (row.company, row.position, row.day.isoformat(), row.time, row.event, row.what, row.details)
        writer.writerow([_guarded(cell) for cell in cells])
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


def _guarded(cell: str) -> str:
    return "'" + cell if cell.startswith(GUARDED_STARTS) else cell
