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


def main(argv: Sequence[str] | None = None) -> int:
    args = cli.parse_args(sys.argv[1:] if argv is None else argv)
    paths = resolve_paths(getattr(args, "data_dir", None))
    clock = SystemClock()
    try:
        setup_logging(paths)
        if args.command == "import":
            return cli.run_import(paths, clock, args.file, sys.stdout)
        if args.command == "export":
            return cli.run_export(paths, clock, args.file, args.format, sys.stdout)
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
        # The reader went away (`afterview export | head`): nothing more to say to anyone.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return cli.EXIT_USER_ERROR
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
