"""The frozen app finds its bundled files where the wheel keeps them (afterview/resources_data, see
afterview.resources): its icons (with the SVG plugin that draws them and their licence), letter
templates and help, and the Spanish translation it speaks."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.bundle import frozen_env, run

pytestmark = pytest.mark.slow


def test_the_frozen_app_finds_its_files_beside_its_package(unpacked_app: Path) -> None:
    bundled = unpacked_app / "afterview" / "_internal" / "afterview" / "resources_data"
    for file in ("icons/afterview.png", "icons/lucide/sun.svg", "icons/lucide/LICENSE", "templates/en/thank_you.txt",
                 "help/after-the-interview.es.html", "translations/afterview_es.qm"):  # fmt: skip
        assert (bundled / file).is_file(), file
    # The icons are drawn by Qt's SVG image plugin, which the bundle keeps (with the library it needs).
    qt = unpacked_app / "afterview" / "_internal" / "PySide6" / "Qt"
    assert list(qt.glob("plugins/imageformats/*qsvg*")), "no SVG image plugin"
    assert list(qt.glob("lib/libQt6Svg.so*")) or list((unpacked_app / "afterview" / "_internal").glob("libQt6Svg*"))


def test_the_frozen_window_speaks_spanish(unpacked_app: Path, tmp_path: Path) -> None:
    env = {**frozen_env(tmp_path), "LANG": "es_ES.UTF-8", "LANGUAGE": "es"}
    painted = run([str(unpacked_app / "afterview" / "afterview"), "--exit-after-show"], env)
    assert painted.returncode == 0, painted.stderr
    log = (Path(env["HOME"]) / ".local" / "share" / "Afterview" / "logs" / "afterview.log").read_text(encoding="utf-8")
    assert "Speaking es" in log and "No translation" not in log, log
    spanish = run([str(unpacked_app / "afterview" / "afterview"), "--help"], env)
    assert spanish.stdout.startswith("uso: afterview"), spanish.stdout
