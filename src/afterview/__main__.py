"""Entry point: parse the arguments, then run a command-line verb or start the app.

Every error a user can cause ends here as one line on stderr and exit code 1; anything unexpected
is logged with its traceback to the log file, and the user sees one line saying where.
"""

from __future__ import annotations

import logging
import os
import sys
from collections.abc import Sequence

from afterview import cli
from afterview.clock import SystemClock
from afterview.errors import AfterviewError
from afterview.logs import setup_logging
from afterview.paths import resolve_paths

log = logging.getLogger("afterview")
# Until the log file is set up (and if it cannot be), records go nowhere rather than to Python's
# last-resort handler, which would print tracebacks at the user.
log.addHandler(logging.NullHandler())

WRITING_COMMANDS = {"import", "restore", None}  # None: the app itself


def main(argv: Sequence[str] | None = None) -> int:
    parser = cli.build_parser()
    args = parser.parse_args(sys.argv[1:] if argv is None else argv)
    if args.command and (args.self_test or args.minimized or args.exit_after_show):
        parser.error(
            f"--self-test, --minimized and --exit-after-show start the app; they cannot go with '{args.command}'."
        )
    if getattr(args, "data_dir", None) == "":
        parser.error("--data-dir needs a folder name.")
    paths = resolve_paths(getattr(args, "data_dir", None))
    clock = SystemClock()
    try:
        # Read-only commands must not create a data folder (a mistyped --data-dir would leave one).
        setup_logging(paths, create=args.command in WRITING_COMMANDS and not args.self_test)
        if args.command == "import":
            stdin = sys.stdin.buffer if sys.stdin else None
            return cli.run_import(paths, clock, args.file, sys.stdout, stdin, args.format)
        if args.command == "restore":
            how = "merge" if args.merge else "replace" if args.replace else None
            stdin = sys.stdin.buffer if sys.stdin else None
            return cli.run_restore(paths, clock, args.file, how, sys.stdout, stdin)
        if args.command == "export":
            return cli.run_export(paths, clock, args.file, args.format, sys.stdout)
        if args.command == "backup":
            return cli.run_backup(paths, clock, args.file)
        if args.command == "due":
            return cli.run_due(paths, clock, args.at, args.json, sys.stdout)
        if args.self_test:
            return cli.run_self_test(paths, clock, sys.stdout)
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
        return cli.report_error(f"{error.strerror or error}{where}.")
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        log.exception("Unexpected error")
        return cli.report_error(f"unexpected error ({type(error).__name__}: {error}); details are in {paths.log_file}.")


if __name__ == "__main__":
    sys.exit(main())
