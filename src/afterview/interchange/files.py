"""Reading the file a user imports and writing the file they export to, safely.

Import reads at most a set size and only from a regular file (or standard input), so a huge file,
a device or a pipe cannot exhaust memory or hang. Export replaces a regular file atomically (so a
crash never leaves half an export), writes straight through to a device such as /dev/stdout, follows
a symbolic link instead of replacing it, and refuses to write into Afterview's own data folder.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import BinaryIO

from afterview.atomic import atomic_write_bytes
from afterview.errors import AfterviewError
from afterview.i18n import os_reason, translate

MAX_IMPORT_BYTES = 50 * 1024 * 1024
MAX_IMPORT_TEXT = "50 MB"


def read_import(file: str, stdin: BinaryIO | None) -> bytes:
    """The bytes of ``file`` ("-" for standard input); raises AfterviewError with a clear reason."""
    if file == "-":
        if stdin is None:
            raise AfterviewError(translate("Files", "cannot import from standard input: it is closed."))
        return _limited(stdin.read(MAX_IMPORT_BYTES + 1), file)
    if not file:
        raise AfterviewError(translate("Files", "give the name of the file to import (or - for standard input)."))
    try:
        info = os.stat(file)
    except OSError as error:
        raise _unreadable(file, error) from None
    if stat.S_ISDIR(info.st_mode):
        raise AfterviewError(translate("Files", "cannot import {file}: it is a folder, not a file.").format(file=file))
    if not stat.S_ISREG(info.st_mode):
        raise AfterviewError(
            translate("Files", "cannot import {file}: it is not a regular file (a device or a pipe?).").format(
                file=file
            )
        )
    if info.st_size > MAX_IMPORT_BYTES:
        raise _too_large(file)
    try:
        with open(file, "rb") as source:
            return _limited(source.read(MAX_IMPORT_BYTES + 1), file)
    except OSError as error:
        raise _unreadable(file, error) from None


def _unreadable(file: str, error: OSError) -> AfterviewError:
    return AfterviewError(
        translate("Files", "cannot read {file}: {reason}.").format(file=file, reason=os_reason(error))
    )


def _too_large(file: str) -> AfterviewError:
    return AfterviewError(
        translate("Files", "cannot import {file}: it is too large to be an Afterview export (at most {limit}).").format(
            file=file, limit=MAX_IMPORT_TEXT
        )
    )


def _limited(payload: bytes, file: str) -> bytes:
    if len(payload) > MAX_IMPORT_BYTES:
        raise _too_large(file)
    return payload


def write_export(file: str, payload: bytes, data_dir: Path) -> None:
    """Write an export to ``file``; raises AfterviewError with a clear reason."""
    if not file:
        raise AfterviewError(translate("Files", "give a file name to export to (or - for the screen)."))
    target = Path(file)
    resolved = target.resolve()
    if resolved == data_dir.resolve() or data_dir.resolve() in resolved.parents:
        raise AfterviewError(
            translate(
                "Files", "cannot export to {file}: that is inside Afterview's data folder; choose another place."
            ).format(file=file)
        )
    if resolved.is_dir():
        raise AfterviewError(
            translate("Files", "cannot export to {file}: it is a folder; give a file name.").format(file=file)
        )
    if not resolved.parent.is_dir():
        raise AfterviewError(
            translate("Files", "cannot export to {file}: the folder {folder} does not exist.").format(
                file=file, folder=target.parent
            )
        )
    try:
        if resolved.exists() and not resolved.is_file():
            # A device or a pipe (/dev/stdout, a FIFO): write through it, never replace it.
            with open(resolved, "wb") as sink:
                sink.write(payload)
        else:
            atomic_write_bytes(resolved, payload)  # through a symbolic link: the link stays a link
    except OSError as error:
        raise AfterviewError(
            translate("Files", "cannot write {file}: {reason}.").format(file=file, reason=os_reason(error))
        ) from None
