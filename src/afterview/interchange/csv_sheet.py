"""Reading a CSV file for import: its bytes into a :class:`Sheet`, the headers and rows as text.

The first step of the CSV import (csv_import): :func:`read_sheet` turns the file's bytes into a
:class:`Sheet`, or refuses the file with an :class:`ImportProblem` saying why, so that a window can
show the reason. Nothing here knows what the columns mean; that is csv_fields and csv_import.

Decisions, so that the behaviour can be explained to a user:

- **Encoding.** UTF-8, with or without a byte-order mark; UTF-16 with a byte-order mark (Excel's
  "Unicode text"). Anything else that is not valid UTF-8 is read as Windows-1252, the encoding
  Excel on Windows writes "CSV" in for Western European languages (it covers Latin-1 too). A file
  mixing both is read as Windows-1252 as a whole: bytes never get silently dropped.
- **Delimiter.** An Excel ``sep=;`` first line wins; otherwise whichever of ``,`` ``;`` and tab
  occurs most often outside quotes in the header line (Spanish Excel writes ``;``).
- **Rows.** Blank rows are skipped; row numbers are those a spreadsheet shows (the header is row 1
  when it is the first line), so a quoted cell spanning several lines still counts as one row.
- **Text.** The apostrophe that the export puts before a cell starting with ``=``, ``+``, ``-``,
  ``@`` (against formula injection) is removed.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field

from afterview.i18n import QT_TRANSLATE_NOOP, number, translate
from afterview.interchange.csv_format import unguard
from afterview.interchange.json_format import ImportProblem

MAX_ROWS = 10_000
# Far more than any tracker has; a "row" with thousands of cells is not a list of applications and
# would make the mapping step unusable.
MAX_COLUMNS = 500


@dataclass
class Sheet:
    """The text of a spreadsheet: headers (a blank one shown as "Column 3") and the non-blank rows."""

    headers: list[str]
    rows: list[list[str]]  # each exactly len(headers) cells
    lines: list[int] = field(default_factory=list)  # the spreadsheet row number of each row
    delimiter: str = ","
    encoding: str = "UTF-8"

    def line(self, index: int) -> int:
        """The spreadsheet row number of data row ``index`` (the header being row 1 by default)."""
        return self.lines[index] if self.lines else index + 2


def _save_as_csv() -> str:
    """The advice for a workbook or other binary file, completing several messages as {advice}."""
    return translate("CsvSheet", "open it in your spreadsheet program and save it as CSV (File › Save as › CSV) first.")


# Translated where raised: this table is made before the language is chosen.
_MAGIC = (
    (b"PK\x03\x04", QT_TRANSLATE_NOOP(
        "CsvSheet", "this is a zipped file, such as an Excel (.xlsx) or LibreOffice (.ods) workbook: {advice}"
    )),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", QT_TRANSLATE_NOOP(
        "CsvSheet", "this is an old Excel (.xls) workbook, not a CSV file: {advice}"
    )),
    (b"%PDF", QT_TRANSLATE_NOOP("CsvSheet", "this is a PDF document, not a CSV file.")),
)  # fmt: skip
_SEP_LINE = re.compile(r"sep=([,;\t|])[ \t]*(?:\r\n|\r|\n)", re.IGNORECASE)
_DELIMITERS = (",", ";", "\t")
_QUOTED = re.compile(r'"[^"]*"')


def read_sheet(payload: bytes) -> Sheet:
    """The headers and rows of a CSV file; raises :class:`ImportProblem` with a clear reason.

    The caller enforces the file size limit (files.read_import).
    """
    text, encoding = _csv_text(payload)
    sep_line = _SEP_LINE.match(text)
    if sep_line:  # Excel's own hint; Excel hides that line, so the header is still row 1
        text = text[sep_line.end() :]
    delimiter = sep_line.group(1) if sep_line else _guess_delimiter(text)
    records = _records(text, delimiter)
    if not records:
        raise ImportProblem(translate("CsvSheet", "the file has no rows: every line is blank."))
    (header_line, header), *data = records
    _check_header(header_line, header, has_data=bool(data))
    width = max(len(header), *(_used_width(cells) for _, cells in data))
    if width > MAX_COLUMNS:
        raise ImportProblem(
            translate(
                "CsvSheet", "the file has {count} columns (at most {limit}); is it really a list of applications?"
            ).format(count=number(width), limit=MAX_COLUMNS)
        )
    headers = [_header_name(cell, index) for index, cell in enumerate(_fit(header, width))]
    return Sheet(
        headers=headers,
        rows=[_fit(cells, width) for _, cells in data],
        lines=[line for line, _ in data],
        delimiter=delimiter,
        encoding=encoding,
    )


def _csv_text(payload: bytes) -> tuple[str, str]:
    """The file as text and the encoding it was read in, once it is known to be neither empty nor
    another kind of file (a workbook, a PDF, JSON) that someone took for CSV."""
    if not payload.strip():
        raise ImportProblem(translate("CsvSheet", "the file is empty."))
    for magic, message in _MAGIC:
        if payload.startswith(magic):
            raise ImportProblem(translate("CsvSheet", message).format(advice=_save_as_csv()))
    text, encoding = _decode(payload)
    if "\x00" in text:
        raise _not_text()
    if text.lstrip().startswith("{"):
        raise ImportProblem(
            translate("CsvSheet", "this looks like a JSON file, not CSV: import it as an Afterview JSON file instead.")
        )
    return text, encoding


def _check_header(header_line: int, header: list[str], *, has_data: bool) -> None:
    """Refuse a file whose first row is data rather than column names, or that has nothing below them."""
    if not any(character.isalpha() for cell in header for character in cell):
        raise ImportProblem(
            translate(
                "CsvSheet",
                "row {line} should name the columns (Company, Position, Date …) but holds no words; "
                "add a header row above the data.",
            ).format(line=header_line)
        )
    if not has_data:
        raise ImportProblem(
            translate("CsvSheet", "the file has a header row but no rows below it: there is nothing to import.")
        )


def _decode(payload: bytes) -> tuple[str, str]:
    if payload.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return payload.decode("utf-16"), "UTF-16"
        except UnicodeDecodeError:
            raise ImportProblem(
                translate("CsvSheet", "the file starts like UTF-16 text but is not; save it as CSV UTF-8 again.")
            ) from None
    if b"\x00" in payload:
        raise _not_text()
    try:
        return payload.decode("utf-8-sig"), "UTF-8"
    except UnicodeDecodeError:
        pass
    try:
        return payload.decode("cp1252"), "Windows-1252"
    except UnicodeDecodeError:
        # The five bytes Windows-1252 leaves undefined: neither encoding, probably not text at all.
        raise ImportProblem(
            translate("CsvSheet", "the file is neither UTF-8 nor Windows-1252 text; save it as CSV UTF-8.")
        ) from None


def _not_text() -> ImportProblem:
    return ImportProblem(
        translate("CsvSheet", "the file is not text (it contains NUL bytes): if it is a spreadsheet, {advice}").format(
            advice=_save_as_csv()
        )
    )


def _guess_delimiter(text: str) -> str:
    """The delimiter used most in the header line outside quotes; the next lines break a tie."""
    lines = [line for line in text[:65_536].splitlines()[:20] if line.strip()]
    if not lines:
        return ","
    header = _QUOTED.sub("", lines[0])
    rest = _QUOTED.sub("", "\n".join(lines[1:]))
    return max(_DELIMITERS, key=lambda candidate: (header.count(candidate), rest.count(candidate)))


def _records(text: str, delimiter: str) -> list[tuple[int, list[str]]]:
    """The non-blank rows with their spreadsheet row numbers, apostrophe guards removed.

    Read strictly first, to catch a quote that is never closed (which would swallow the rest of
    the file into one cell). Other irregularities (text after a closing quote) are read leniently
    afterwards, as spreadsheet programs do.
    """
    try:
        return _read_records(text, delimiter, strict=True)
    except _Malformed as error:
        if error.fatal:
            raise ImportProblem(str(error)) from None
    try:
        return _read_records(text, delimiter, strict=False)
    except _Malformed as error:
        raise ImportProblem(str(error)) from None


class _Malformed(Exception):
    def __init__(self, message: str, *, fatal: bool) -> None:
        super().__init__(message)
        self.fatal = fatal


def _read_records(text: str, delimiter: str, *, strict: bool) -> list[tuple[int, list[str]]]:
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=strict)
    found: list[tuple[int, list[str]]] = []
    line = 0
    while True:
        line += 1
        try:
            cells = next(reader)
        except StopIteration:
            return found
        except csv.Error as error:
            raise _describe_csv_error(error, line) from None
        if any(cell.strip() for cell in cells):
            found.append((line, [unguard(cell) for cell in cells]))
            if len(found) > MAX_ROWS + 1:
                raise ImportProblem(
                    translate("CsvSheet", "the file has more than {limit} rows; split it into smaller files.").format(
                        limit=number(MAX_ROWS)
                    )
                )


def _describe_csv_error(error: csv.Error, row: int) -> _Malformed:
    reason = str(error)
    if "end of data" in reason:
        return _Malformed(
            translate(
                "CsvSheet",
                'row {line}: a cell starts with a quote (") that is never closed; the file may be cut short.',
            ).format(line=row),
            fatal=True,
        )
    if "field limit" in reason:
        return _Malformed(
            translate("CsvSheet", "row {line} has a cell longer than {limit} characters.").format(
                line=row, limit=number(csv.field_size_limit())
            ),
            fatal=True,
        )
    # The reason is Python's csv module's own (English) words.
    return _Malformed(
        translate("CsvSheet", "row {line} is not valid CSV ({reason}).").format(line=row, reason=reason), fatal=False
    )


def _used_width(cells: list[str]) -> int:
    """The number of cells up to the last non-blank one (spreadsheets pad rows with empty cells)."""
    width = len(cells)
    while width and not cells[width - 1].strip():
        width -= 1
    return width


def _fit(cells: list[str], width: int) -> list[str]:
    return cells[:width] + [""] * (width - len(cells))


def _header_name(cell: str, index: int) -> str:
    return cell.strip() or translate("CsvSheet", "Column {number}").format(number=index + 1)
