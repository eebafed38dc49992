"""The ``brief`` and ``report`` verbs: find what to tell (:mod:`afterview.core.documents`), draw it as
text, CSV or PDF (:mod:`afterview.documents`) and print it or write it to a private file.

Text and CSV go to the screen unless ``-o FILE`` says otherwise; a PDF goes to ``-o FILE`` or, with
none, to a file named after the document in the current folder. The PDF renderer (Qt) is loaded only
for a PDF, and then runs without a display.
"""

from __future__ import annotations

import sys
from typing import TextIO

from afterview.cli import EXIT_OK, EXIT_USER_ERROR
from afterview.commands import open_workspace, require_existing_data
from afterview.core.documents import (
    SeveralMatches,
    brief_file_name,
    brief_for,
    parse_day,
    report_between,
    report_file_name,
)
from afterview.core.workspace import Workspace
from afterview.domain.brief import Paper
from afterview.domain.calendar import Clock
from afterview.errors import AfterviewError
from afterview.i18n import translate
from afterview.paths import AppPaths
from afterview.text import visible


def run_brief(paths: AppPaths, clock: Clock, text: str, file_format: str, file: str | None, out: TextIO) -> int:
    """Print or write the preparation brief for the next interview of the application ``text`` names."""
    require_existing_data(paths)
    with open_workspace(paths, clock, read_only=True) as workspace:
        try:
            found = brief_for(workspace, text)
        except SeveralMatches as several:
            print(f"afterview: {visible(str(several))}", file=sys.stderr)
            for app in several.found:
                print(visible(app.title), file=out)
            return EXIT_USER_ERROR
        now = workspace.now().astimezone(workspace.zone())
        default = brief_file_name(found.application.company, now)
        return _deliver(workspace, found.paper, file_format, file, default, out)


def run_report(
    paths: AppPaths,
    clock: Clock,
    first: str | None,
    last: str | None,
    file_format: str,
    file: str | None,
    out: TextIO,
) -> int:
    """Print or write the job-search report of a period (default: everything up to now)."""
    start = parse_day(first, "--from") if first is not None else None
    end = parse_day(last, "--to") if last is not None else None
    require_existing_data(paths)
    with open_workspace(paths, clock, read_only=True) as workspace:
        made = report_between(workspace, start, end)
        default = report_file_name(workspace.now().astimezone(workspace.zone()), "pdf")
        if file_format != "csv":
            return _deliver(workspace, made.paper(), file_format, file, default, out)
        from afterview.documents.report_csv import report_csv

        payload = report_csv(made)
        if file is None or file == "-":
            out.write(payload.decode("utf-8"))
            out.flush()
            return EXIT_OK
        return _written(workspace, file, payload)


def _deliver(workspace: Workspace, paper: Paper, file_format: str, file: str | None, default: str, out: TextIO) -> int:
    if file_format == "pdf":
        if file == "-":
            raise AfterviewError(translate("Cli", "a PDF goes to a file: give -o FILE, or leave -o out."))
        from afterview.documents.pdf import paper_pdf  # Qt loads only for a PDF

        return _written(workspace, file or default, paper_pdf(paper))
    from afterview.documents.text import paper_text

    text = paper_text(paper)
    if file is None or file == "-":
        out.write(visible_text(text))
        out.flush()
        return EXIT_OK
    return _written(workspace, file, text.encode("utf-8"))


def _written(workspace: Workspace, file: str, payload: bytes) -> int:
    workspace.write_file(file, payload)
    print(visible(translate("Cli", "Wrote {file}.").format(file=file)), file=sys.stderr)
    return EXIT_OK


def visible_text(text: str) -> str:
    """Text from the user's data for the terminal: each line shown safely, the line breaks kept."""
    return "\n".join(visible(line) for line in text.split("\n"))
