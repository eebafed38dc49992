"""The command line: the argument parser, and a table from each verb to the code that runs it.

Kept light (argparse and the translations), so ``afterview --help`` and the app's start pay for
nothing else; the verbs themselves live in :mod:`afterview.commands`, loaded when one runs.
A contract (DESIGN.md): errors a user can cause print one clear line on stderr and exit 1, with no
traceback; usage errors exit 2 (argparse's own convention).
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, BinaryIO, NamedTuple, TextIO

from afterview import APP_NAME, __version__
from afterview.i18n import QT_TRANSLATE_NOOP, translate
from afterview.text import visible

if TYPE_CHECKING:  # for annotations only: `afterview --help` loads no more than it shows
    from afterview.domain.calendar import Clock
    from afterview.paths import AppPaths

log = logging.getLogger(__name__)

EXIT_OK, EXIT_USER_ERROR, EXIT_USAGE = 0, 1, 2


# argparse's own words ("usage:", "error:", its option help), for the translation file; argparse
# looks each up through its module's ``_`` at run time, which speaks the user's language here.
ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("Argparse", "usage: "),
    QT_TRANSLATE_NOOP("Argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("Argparse", "options"),
    QT_TRANSLATE_NOOP("Argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("Argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("Argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("Argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("Argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("Argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("Argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("Argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("Argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("Argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("Argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("Argparse", "ignored explicit argument %r"),
)


def _argparse_word(text: str) -> str:
    return translate("Argparse", text)


def build_parser() -> argparse.ArgumentParser:
    setattr(argparse, "_", _argparse_word)  # noqa: B010 - argparse reads its module global "_"
    # --data-dir is accepted before or after the verb; SUPPRESS keeps a later one from resetting it.
    data_dir = argparse.ArgumentParser(add_help=False)
    # Built when called (not at import time), so the help speaks the language installed by then.
    # The metavars are only shown in the help, so they are translated too; the verbs, the options
    # and the --format choices are what the user types, so they are not.
    file_metavar = translate("Cli", "FILE")
    data_dir.add_argument(
        "--data-dir", metavar=translate("Cli", "DIR"), default=argparse.SUPPRESS,
        help=translate("Cli", "folder holding Afterview's data (default: your user data folder, or $AFTERVIEW_DATA_DIR)"),
    )  # fmt: skip
    parser = argparse.ArgumentParser(
        prog="afterview",
        description=translate(
            "Cli", "{app}: everything that should happen after a job interview. Without a command, starts the app."
        ).format(app=APP_NAME),
        parents=[data_dir],
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--minimized", action="store_true", help=translate("Cli", "start in the system tray only"))
    parser.add_argument(
        "--self-test", action="store_true", help=translate("Cli", "check that Afterview can run here, then exit")
    )
    parser.add_argument("--exit-after-show", action="store_true", help=argparse.SUPPRESS)
    verbs = parser.add_subparsers(dest="command", metavar=translate("Cli", "COMMAND"))

    importing = verbs.add_parser(
        "import",
        parents=[data_dir],
        help=translate(
            "Cli", "add the applications in an Afterview JSON or CSV file (all or nothing), or a calendar invitation"
        ),
    )
    importing.add_argument(
        "--format", choices=("json", "csv", "ics"),
        help=translate("Cli", "default: from the file name's extension, else json"),
    )  # fmt: skip
    importing.add_argument(
        "file",
        metavar=file_metavar,
        help=translate(
            "Cli", "an Afterview JSON export, a CSV file, a calendar invitation (.ics), or - for standard input"
        ),
    )

    exporting = verbs.add_parser("export", parents=[data_dir], help=translate("Cli", "write all your data to a file"))
    exporting.add_argument(
        "--format", choices=("json", "csv", "ics", "vcf"), default="json",
        help=translate("Cli", "json (a backup), csv (a spreadsheet), "
                       "ics (a calendar: interviews and pending follow-ups) or "
                       "vcf (contacts: every interviewer, for an address book); default: json"),
    )  # fmt: skip
    exporting.add_argument(
        "file",
        metavar=file_metavar,
        nargs="?",
        default="-",
        help=translate("Cli", "where to write; - (default) for the screen"),
    )

    backing_up = verbs.add_parser(
        "backup",
        parents=[data_dir],
        help=translate("Cli", "save everything (applications, settings, templates) to a JSON file"),
    )
    backing_up.add_argument(
        "file", metavar=file_metavar, nargs="?",
        help=translate("Cli", "default: afterview-backup-<today>.json in the current folder"),
    )  # fmt: skip

    restoring = verbs.add_parser(
        "restore",
        parents=[data_dir],
        help=translate("Cli", "bring back a backup: shows what it holds, then merges or replaces"),
    )
    restoring.add_argument(
        "file",
        metavar=file_metavar,
        help=translate(
            "Cli", "a backup, a JSON export, any copy listed by 'afterview versions', or - for standard input"
        ),
    )
    how = restoring.add_mutually_exclusive_group()
    how.add_argument(
        "--merge", action="store_true", help=translate("Cli", "add what your data lacks; keep everything else")
    )
    how.add_argument(
        "--replace", action="store_true",
        help=translate("Cli", "make your data exactly the backup (your current data is kept aside)"),
    )  # fmt: skip

    versions = verbs.add_parser(
        "versions",
        parents=[data_dir],
        help=translate("Cli", "list every copy Afterview keeps of your data (restore any of them with 'restore')"),
    )
    versions.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))

    listing = verbs.add_parser(
        "due", parents=[data_dir], help=translate("Cli", "list the follow-ups due now (or at another moment)")
    )
    listing.add_argument(
        "--at", metavar=translate("Cli", "ISO-DATETIME"),
        help=translate("Cli", "e.g. 2026-11-25T09:00 (your time zone) or …+01:00"),
    )  # fmt: skip
    listing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    scheduling = verbs.add_parser(
        "agenda",
        parents=[data_dir],
        help=translate("Cli", "list the notifications the tray would raise between two moments, if nothing were done"),
    )
    scheduling.add_argument(
        "--from", dest="start", metavar=translate("Cli", "ISO-DATETIME"),
        help=translate("Cli", "from this moment (default: now)"),
    )  # fmt: skip
    scheduling.add_argument(
        "--to", dest="end", metavar=translate("Cli", "ISO-DATETIME"),
        help=translate("Cli", "until this moment (default: two weeks after the start)"),
    )  # fmt: skip
    scheduling.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    _add_document_verbs(verbs, data_dir, file_metavar)
    _add_offers_verb(verbs, data_dir)
    return parser


def _add_offers_verb(
    verbs: argparse._SubParsersAction[argparse.ArgumentParser], data_dir: argparse.ArgumentParser
) -> None:
    """``offers`` (its body: afterview.offer_commands)."""
    offers = verbs.add_parser(
        "offers", parents=[data_dir],
        help=translate("Cli", "the offer desk: open offers, their deadlines, the other processes and the steps"),
    )  # fmt: skip
    offers.add_argument(
        "--at", metavar=translate("Cli", "ISO-DATETIME"), help=translate("Cli", "as at this moment (default: now)")
    )
    offers.add_argument("--json", action="store_true", help=translate("Cli", "print JSON instead of text"))
    offers.add_argument(
        "--letters", metavar=translate("Cli", "LANGUAGE"), help=translate("Cli", "draft each step's letter (en or es)")
    )


def _add_document_verbs(verbs: argparse._SubParsersAction[argparse.ArgumentParser], data_dir: argparse.ArgumentParser,
                        file_metavar: str) -> None:  # fmt: skip
    """``brief`` and ``report`` (their bodies: afterview.document_commands)."""
    briefing = verbs.add_parser(
        "brief", parents=[data_dir],
        help=translate("Cli", "what to prepare for your next interview with a company (your history's weak points)"),
    )  # fmt: skip
    briefing.add_argument(
        "--for", dest="text", required=True, metavar=translate("Cli", "TEXT"),
        help=translate("Cli", "part of the company's name or the position (several matches are listed)"),
    )  # fmt: skip
    briefing.add_argument("--format", choices=("txt", "pdf"), default="txt", help=translate("Cli", "default: txt"))
    briefing.add_argument(
        "-o", dest="file", metavar=file_metavar,
        help=translate("Cli", "where to write; txt: default the screen; "
                       "pdf: default afterview-brief-<company>-<today>.pdf in the current folder"),
    )  # fmt: skip
    reporting = verbs.add_parser(
        "report", parents=[data_dir],
        help=translate("Cli", "a job-search report of your applications, interviews, letters and answers"),
    )  # fmt: skip
    reporting.add_argument(
        "--from", dest="start", metavar=translate("Cli", "DATE"),
        help=translate("Cli", "from this day, e.g. 2026-11-01 (default: the beginning)"),
    )  # fmt: skip
    reporting.add_argument(
        "--to", dest="end", metavar=translate("Cli", "DATE"),
        help=translate("Cli", "up to and including this day (default: today)"),
    )  # fmt: skip
    reporting.add_argument(
        "--format", choices=("pdf", "txt", "csv"), default="txt",
        help=translate("Cli", "txt, csv (one row per event) or pdf (A4, a summary page first); default: txt"),
    )  # fmt: skip
    reporting.add_argument(
        "-o", dest="file", metavar=file_metavar,
        help=translate("Cli", "where to write; txt and csv: default the screen; "
                       "pdf: default afterview-report-<today>.pdf in the current folder"),
    )  # fmt: skip


# The options of a plain start of the app, which need no parser (see app_start_arguments).
APP_START_FLAGS = ("--minimized", "--exit-after-show")


def app_start_arguments(arguments: Sequence[str]) -> argparse.Namespace | None:
    """The arguments of a plain start of the app (only ``--minimized``, ``--exit-after-show`` and
    ``--data-dir DIR``), read without building the parser: the window's start need not pay for every
    verb's help. None for anything else, which the parser reads (and reports)."""
    values: dict[str, object] = {flag.lstrip("-").replace("-", "_"): False for flag in APP_START_FLAGS}
    rest = list(arguments)
    while rest:
        argument = rest.pop(0)
        if argument in APP_START_FLAGS:
            values[argument.lstrip("-").replace("-", "_")] = True
        elif argument == "--data-dir" and rest and rest[0] and not rest[0].startswith("-"):
            values["data_dir"] = rest.pop(0)
        elif argument.startswith("--data-dir=") and len(argument) > len("--data-dir="):
            values["data_dir"] = argument.split("=", 1)[1]
        else:
            return None
    return argparse.Namespace(command=None, self_test=False, **values)


class Streams(NamedTuple):
    """Where a verb reads and writes: the process's own, or a test's."""

    out: TextIO
    err: TextIO
    stdin: BinaryIO | None


Verb = Callable[[argparse.Namespace, "AppPaths", "Clock", Streams], int]


def verbs() -> dict[str, Verb]:
    """Each verb of the command line and the function that runs it (loaded only when one runs)."""
    from afterview import commands

    return {
        "import": lambda args, paths, clock, io: commands.run_import(
            paths, clock, args.file, io.out, io.stdin, args.format
        ),
        "export": lambda args, paths, clock, io: commands.run_export(paths, clock, args.file, args.format, io.out),
        "backup": lambda args, paths, clock, io: commands.run_backup(paths, clock, args.file),
        "restore": lambda args, paths, clock, io: commands.run_restore(
            paths, clock, args.file, "merge" if args.merge else "replace" if args.replace else None, io.out, io.stdin
        ),
        "versions": lambda args, paths, clock, io: commands.run_versions(paths, args.json, io.out),
        "due": lambda args, paths, clock, io: commands.run_due(paths, clock, args.at, args.json, io.out),
        "agenda": lambda args, paths, clock, io: commands.run_agenda(
            paths, clock, args.start, args.end, args.json, io.out
        ),
        **_document_verbs(),
        "offers": _offers,
    }


def _offers(args: argparse.Namespace, paths: AppPaths, clock: Clock, io: Streams) -> int:
    from afterview.offer_commands import run_offers

    return run_offers(paths, clock, args.at, args.json, args.letters, io.out)


def _document_verbs() -> dict[str, Verb]:
    from afterview import document_commands as documents

    return {
        "brief": lambda args, paths, clock, io: documents.run_brief(
            paths, clock, args.text, args.format, args.file, io.out
        ),
        "report": lambda args, paths, clock, io: documents.run_report(
            paths, clock, args.start, args.end, args.format, args.file, io.out
        ),
    }


def run(args: argparse.Namespace, paths: AppPaths, clock: Clock, streams: Streams) -> int:
    """Run the verb ``args`` names; its exit code."""
    return verbs()[args.command](args, paths, clock, streams)


def report_error(message: str) -> int:
    """Print a user error the way the contract says: one line on stderr, exit code 1.

    Messages quote file names and file contents, so control characters are shown, never sent to
    the terminal (see :mod:`afterview.text`); a line break inside shows as "\\n", keeping one line.
    """
    print(f"afterview: {visible(message.strip())}", file=sys.stderr)
    return EXIT_USER_ERROR
