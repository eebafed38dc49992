"""The wheel runs: built as a release would be (``python -m build``: the sdist, then the wheel from
the sdist), installed (not editable) into a clean virtual environment, and used from there, far
from this checkout: the self-test, the command line's import and export, the window, and the
bundled icons, letter templates, help and Spanish translation all come from the installed package.

``pip install .`` and ``pipx install .`` install this same wheel. The project's dependencies come
from the registry pip is set up for (as ``make run`` gets them).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tarfile
import zipfile
from collections.abc import Sequence
from pathlib import Path

import pytest

from afterview import __version__

pytestmark = pytest.mark.slow

REPO = Path(__file__).resolve().parents[2]
FIXTURES = REPO / "tests" / "unit" / "fixtures"
NONET_SITE = REPO / "tests" / "support" / "nonet"
BUNDLED = (
    "icons/afterview.png",
    "icons/afterview-256.png",
    "templates/en/thank_you.txt",
    "templates/es/thank_you.txt",
    "translations/afterview_es.qm",
    "help/after-the-interview.es.html",
)


def run(command: Sequence[str], env: dict[str, str], cwd: Path, timeout: int = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(command, env=env, cwd=cwd, capture_output=True, text=True, timeout=timeout, check=False)


def clean_env() -> dict[str, str]:
    """This process's environment without anything pointing Python at this checkout or its venv."""
    return {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("PYTHON", "AFTERVIEW_", "QT_", "LANG", "LC_")) and key not in {"VIRTUAL_ENV", "LANGUAGE"}
    }


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(the wheel, the sdist), built by ``python -m build`` from this checkout."""
    out = tmp_path_factory.mktemp("dist")
    result = run([sys.executable, "-m", "build", "--outdir", str(out), str(REPO)], clean_env(), out, timeout=600)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    [wheel] = out.glob(f"afterview-{__version__}-py3-none-any.whl")
    [sdist] = out.glob(f"afterview-{__version__}.tar.gz")
    return wheel, sdist


@pytest.fixture(scope="module")
def installed(built: tuple[Path, Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clean virtual environment (no system site-packages) with the wheel installed; its bin/."""
    venv = tmp_path_factory.mktemp("venv")
    env = clean_env()
    made = run([sys.executable, "-m", "venv", "--clear", str(venv)], env, venv)
    assert made.returncode == 0, made.stderr
    pip = run([str(venv / "bin" / "python"), "-m", "pip", "install", "--quiet", str(built[0])], env, venv, 900)
    assert pip.returncode == 0, pip.stdout[-3000:] + pip.stderr[-3000:]
    return venv / "bin"


@pytest.fixture
def user_env(tmp_path: Path) -> dict[str, str]:
    """As a user's session, offline (the test's network guard), with a home and data of its own."""
    home = tmp_path / "home"
    home.mkdir()
    env = clean_env()
    env.update(
        HOME=str(home),
        XDG_RUNTIME_DIR=str(tmp_path),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        AFTERVIEW_DATA_DIR=str(tmp_path / "data"),
        QT_QPA_PLATFORM="offscreen",
        LANG="en_GB.UTF-8",
        PYTHONPATH=str(NONET_SITE),  # only the network guard: afterview itself must come from the venv
    )
    return env


def test_the_wheel_carries_the_package_and_its_bundled_files(built: tuple[Path, Path]) -> None:
    names = set(zipfile.ZipFile(built[0]).namelist())
    assert "afterview/__main__.py" in names and "afterview/resources.py" in names
    for file in BUNDLED:
        assert f"afterview/resources_data/{file}" in names, file
    entry_points = zipfile.ZipFile(built[0]).read(f"afterview-{__version__}.dist-info/entry_points.txt").decode()
    assert "afterview = afterview.__main__:main" in entry_points


def test_the_sdist_carries_resources_to_build_the_wheel_from(built: tuple[Path, Path]) -> None:
    with tarfile.open(built[1]) as sdist:
        names = set(sdist.getnames())
    top = f"afterview-{__version__}"
    for file in BUNDLED:
        assert f"{top}/resources/{file}" in names, file
    assert {f"{top}/pyproject.toml", f"{top}/src/afterview/__init__.py", f"{top}/README.md"} <= names


def test_the_installed_app_finds_its_files_in_the_package(
    installed: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    where = run(
        [str(installed / "python"), "-c", "import afterview, afterview.resources as r; print(afterview.__file__); print(r.resource())"],
        user_env,
        tmp_path,
    )  # fmt: skip
    assert where.returncode == 0, where.stderr
    package, bundled = (Path(line) for line in where.stdout.splitlines())
    venv = installed.parent
    assert package.is_relative_to(venv) and bundled == package.parent / "resources_data", where.stdout
    for file in BUNDLED:
        assert (bundled / file).is_file(), file


def test_the_installed_command_passes_its_self_test_and_speaks_spanish(
    installed: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    afterview = str(installed / "afterview")
    version = run([afterview, "--version"], user_env, tmp_path)
    assert version.stdout == f"Afterview {__version__}\n", version.stderr
    checked = run([afterview, "--self-test"], user_env, tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert checked.stdout.startswith(f"Afterview {__version__} self-test passed")
    spanish = run([afterview, "--help"], {**user_env, "LANGUAGE": "es", "LANG": "es_ES.UTF-8"}, tmp_path)
    assert spanish.returncode == 0, spanish.stderr
    assert spanish.stdout.startswith("uso: afterview") and "entrevista" in spanish.stdout, spanish.stdout


def test_the_installed_command_line_moves_data_in_and_out(
    installed: Path, user_env: dict[str, str], tmp_path: Path
) -> None:
    afterview = str(installed / "afterview")
    imported = run([afterview, "import", str(FIXTURES / "minimal.json")], user_env, tmp_path)
    assert imported.returncode == 0, imported.stderr
    exported = run([afterview, "export", "--format", "json"], user_env, tmp_path)
    assert exported.returncode == 0, exported.stderr
    document = json.loads(exported.stdout)
    assert [app["company"] for app in document["applications"]] == ["Acme"]
    # Into an empty data folder and out again: the same document.
    (tmp_path / "first.json").write_text(exported.stdout, encoding="utf-8")
    elsewhere = {**user_env, "AFTERVIEW_DATA_DIR": str(tmp_path / "elsewhere")}
    assert run([afterview, "import", str(tmp_path / "first.json")], elsewhere, tmp_path).returncode == 0
    again = run([afterview, "export", "--format", "json"], elsewhere, tmp_path)
    assert json.loads(again.stdout)["applications"] == document["applications"]
    calendar = run([afterview, "export", "--format", "ics"], user_env, tmp_path)
    assert calendar.returncode == 0 and calendar.stdout.startswith("BEGIN:VCALENDAR"), calendar.stderr


@pytest.mark.parametrize("language", ["en_GB", "es_ES"])
def test_the_installed_window_paints_in_its_language(
    installed: Path, user_env: dict[str, str], tmp_path: Path, language: str
) -> None:
    env = {**user_env, "LANG": f"{language}.UTF-8", "LANGUAGE": language.split("_")[0]}
    painted = run([str(installed / "afterview"), "--exit-after-show"], env, tmp_path)
    assert painted.returncode == 0, painted.stderr
    log = (tmp_path / "data" / "logs" / "afterview.log").read_text(encoding="utf-8")
    # The window speaks the language only when the installed package carries its translation.
    assert f"Speaking {language[:2]}" in log, log
    assert "No translation" not in log, log
