"""Reading a file to import into a document, all or nothing: an Afterview JSON file, or a spreadsheet
whose columns are recognised by their headers (the window's import dialog lets the user choose the
columns and leave rows out instead; both then bring the document in through the workspace).
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from afterview.errors import AfterviewError
from afterview.i18n import plural, translate
from afterview.interchange import csv_import, json_format

MAX_ROWS_SHOWN = 3  # bad spreadsheet rows named in the one-line error


def json_document(payload: bytes, name: str, now: datetime, verb: str) -> json_format.Document:
    """The document in a JSON file; ``verb`` ("import" or "restore") says what the refusal names."""
    try:
        return json_format.parse_document(payload, now=now)
    except json_format.ImportProblem as problem:
        if verb == "import":
            message = translate("Cli", "cannot import {name}: {problem} Nothing was imported.")
        else:
            message = translate("Cli", "cannot restore {name}: {problem} Nothing was changed.")
        raise AfterviewError(message.format(name=name, problem=sentence(str(problem)))) from None


def spreadsheet_document(
    payload: bytes, name: str, zone: tzinfo, now: datetime
) -> tuple[json_format.Document, list[str]]:
    """A spreadsheet's rows, its columns recognised by their headers, and the notes worth showing;
    any bad row stops the import (the window lets the user map columns and leave bad rows out)."""
    try:
        sheet = csv_import.read_sheet(payload)
    except json_format.ImportProblem as problem:
        raise AfterviewError(
            translate("Cli", "cannot import {name}: {problem} Nothing was imported.").format(
                name=name, problem=sentence(str(problem))
            )
        ) from None
    mapping = csv_import.guess_mapping(sheet.headers)
    problems = csv_import.mapping_problems(mapping)
    if problems:
        raise AfterviewError(
            translate(
                "Cli",
                "cannot import {name}: no column could be recognised for what Afterview needs ({problem}) "
                "Give the columns headers such as Company or Empresa, or import the file from the window "
                "(File › Import from a spreadsheet), where you choose the columns. Nothing was imported.",
            ).format(name=name, problem=sentence(problems[0]))
        )
    result = csv_import.preview(sheet, mapping, zone=zone, now=now)
    bad = [row for row in result.rows if not row.ok]
    if bad:
        shown = "; ".join(
            translate("Cli", "row {line}: {problems}").format(line=row.line, problems=" ".join(row.errors).rstrip("."))
            for row in bad[:MAX_ROWS_SHOWN]
        )
        if len(bad) > MAX_ROWS_SHOWN:
            more = len(bad) - MAX_ROWS_SHOWN
            message = translate("Cli", "cannot import {name}: {rows} (and {more} with problems). Nothing was imported.")
            raise AfterviewError(
                message.format(
                    name=name,
                    rows=shown,
                    more=plural(more, translate("Cli", "{count} more row"), translate("Cli", "{count} more rows")),
                )
            )
        raise AfterviewError(
            translate("Cli", "cannot import {name}: {rows}. Nothing was imported.").format(name=name, rows=shown)
        )
    notes = [
        translate("Cli", "Row {line}: {notes}").format(line=row.line, notes=" ".join(row.warnings))
        for row in result.rows
        if row.warnings
    ]
    return json_format.Document(result.applications()), notes


def sentence(text: str) -> str:
    return text if text.endswith((".", "?", "!")) else text + "."
