"""Entry point: parse the arguments, then run a command-line verb or start the app.

Every error a user can cause ends here as one line on stderr and exit code 1; anything unexpected
is logged with its traceback to the log file, and the user sees one line saying where.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Sequence

from afterview import cli, i18n
from afterview.clock import SystemClock
from afterview.errors import AfterviewError
from afterview.i18n import translate
from afterview.logs import setup_logging
from afterview.paths import resolve_paths

log = logging.getLogger("afterview")
# Until the log file is set up (and if it cannot be), records go nowhere rather than to Python's
# last-resort handler, which would print tracebacks at the user.
log.addHandler(logging.NullHandler())

WRITING_COMMANDS = {"import", "restore", None}  # None: the app itself


def main(argv: Sequence[str] | None = None) -> int:
    arguments = sys.argv[1:] if argv is None else list(argv)
    _speak_the_users_language(arguments)
    args = cli.app_start_arguments(arguments)
    if args is None:
        args = _parsed(arguments)
    paths = resolve_paths(getattr(args, "data_dir", None))
    clock = SystemClock()
    try:
        # Read-only commands must not create a data folder (a mistyped --data-dir would leave one).
        setup_logging(paths, create=args.command in WRITING_COMMANDS and not args.self_test)
        if args.command:
            stdin = sys.stdin.buffer if sys.stdin else None
            return cli.run(args, paths, clock, cli.Streams(sys.stdout, sys.stderr, stdin))
        if args.self_test:
            from afterview.commands import run_self_test

            return run_self_test(paths, clock, sys.stdout)
        from afterview.app import run_app  # Qt is imported only when the app itself starts

        return run_app(args, paths, clock)
    except AfterviewError as error:
        log.info("User error: %s", error)
        return cli.report_error(str(error))
    except BrokenPipeError:
        # The reader went away (`afterview due | head -1`): it has all it wanted.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return cli.EXIT_OK
    except OSError as error:
        log.exception("File system error")
        where = f" ({error.filename})" if error.filename else ""
        return cli.report_error(f"{i18n.os_reason(error)}{where}.")
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        log.exception("Unexpected error")
        return cli.report_error(
            translate("Main", "unexpected error ({kind}: {error}); details are in {file}.").format(
                kind=type(error).__name__, error=error, file=paths.log_file
            )
        )


def _parsed(arguments: Sequence[str]) -> argparse.Namespace:
    """Every argument read by the parser, which reports a wrong one (exit 2) in the user's language."""
    parser = cli.build_parser()
    args = parser.parse_args(arguments)
    if args.command and (args.self_test or args.minimized or args.exit_after_show):
        parser.error(
            translate(
                "Main", "--self-test, --minimized and --exit-after-show start the app; they cannot go with '{command}'."
            ).format(command=args.command)
        )
    if getattr(args, "data_dir", None) == "":
        parser.error(translate("Main", "--data-dir needs a folder name."))
    return args


def _speak_the_users_language(arguments: Sequence[str]) -> None:
    """Messages and help in the language chosen in Settings, else the environment's (LANG …).

    The data folder is looked up before the arguments are parsed, so that even the help is in it.
    """
    try:
        paths = resolve_paths(_data_dir_in(arguments))
    except (AfterviewError, OSError, ValueError):
        return  # the parser reports a bad --data-dir, in English
    language = i18n.chosen_language(i18n.remembered_setting(paths.window_state_file), i18n.environment_locale())
    if language != i18n.DEFAULT_LANGUAGE:
        from afterview import translations  # Qt's translator: loaded only when it is needed

        translations.use(language)


def _data_dir_in(arguments: Sequence[str]) -> str | None:
    for index, argument in enumerate(arguments):
        if argument == "--data-dir" and index + 1 < len(arguments):
            return arguments[index + 1] or None
        if argument.startswith("--data-dir="):
            return argument.split("=", 1)[1] or None
    return None


if __name__ == "__main__":
    sys.exit(main())
