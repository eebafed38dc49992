"""The log file: private, rotated before it passes its size, the oldest copies dropped."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from afterview.logs import _PrivateRotatingFileHandler


def _log_lines(handler: logging.Handler, count: int) -> None:
    record_logger = logging.getLogger("afterview.test-rotation")
    record_logger.propagate = False
    record_logger.addHandler(handler)
    record_logger.setLevel(logging.INFO)
    try:
        for index in range(count):
            record_logger.info("line %04d %s", index, "é" * 20)
    finally:
        record_logger.removeHandler(handler)
        handler.close()


def test_the_log_rotates_before_passing_its_size_and_keeps_only_the_newest_copies(tmp_path: Path) -> None:
    log_file = tmp_path / "afterview.log"
    handler = _PrivateRotatingFileHandler(log_file, max_bytes=1_000, kept=2)
    _log_lines(handler, 200)

    names = sorted(path.name for path in tmp_path.iterdir())
    assert names == ["afterview.log", "afterview.log.1", "afterview.log.2"]
    for path in tmp_path.iterdir():
        assert path.stat().st_size <= 1_000
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
    # The newest lines are in the current file, the ones just before in .1: nothing in between lost.
    current = log_file.read_text(encoding="utf-8").splitlines()
    previous = (tmp_path / "afterview.log.1").read_text(encoding="utf-8").splitlines()
    assert current[-1].startswith("line 0199")
    assert int(previous[-1].split()[1]) + 1 == int(current[0].split()[1])


def test_a_log_that_cannot_rotate_does_not_stop_the_app(tmp_path: Path) -> None:
    log_file = tmp_path / "afterview.log"
    (tmp_path / "afterview.log.1").mkdir()  # in the way: every rotation fails (even for root)
    reported: list[logging.LogRecord] = []
    handler = _PrivateRotatingFileHandler(log_file, max_bytes=200, kept=1)
    handler.handleError = reported.append  # type: ignore[method-assign,assignment]
    _log_lines(handler, 20)  # raises nothing
    assert reported, "the failed rotations were reported to logging"
    assert log_file.read_text(encoding="utf-8").startswith("line 0000")
