"""The Spanish translation is complete and compiled: no user-visible string is missing from it."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ElementTree
from pathlib import Path

import pytest

from afterview import i18n
from tests.conftest import REPO
from tests.support.cli import RunAfterview

TS = REPO / "resources" / "translations" / "afterview_es.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(sys.executable).parent


def lupdate(target: Path) -> None:
    sources = sorted(str(path) for path in (REPO / "src").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(target), "-no-obsolete", "-locations", "none",
         "-source-language", "en", "-target-language", "es"],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip


def test_every_string_has_its_spanish_translation(tmp_path: Path) -> None:
    fresh = tmp_path / "afterview_es.ts"
    shutil.copy(TS, fresh)
    lupdate(fresh)  # what the sources say now, with the translations already made
    missing = [
        f"{message.findtext('../name')}: {message.findtext('source')!r}"
        for message in ElementTree.parse(fresh).getroot().iter("message")
        if (translation := message.find("translation")) is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not (translation.text or "").strip()
    ]
    assert not missing, f"{len(missing)} strings lack Spanish (run `make translations`, then translate): {missing[:10]}"
    assert fresh.read_bytes() == TS.read_bytes(), "the .ts is out of date: run `make translations`"


def test_the_compiled_translation_is_up_to_date(tmp_path: Path) -> None:
    compiled = tmp_path / "afterview_es.qm"
    subprocess.run([str(TOOLS / "pyside6-lrelease"), "-silent", str(TS), "-qm", str(compiled)], check=True, timeout=120)
    assert compiled.read_bytes() == QM.read_bytes(), "the .qm is older than the .ts: run `make translations`"


@pytest.fixture
def spanish() -> object:
    from afterview import translations

    yield translations.use("es")
    translations.use("en")


def test_spanish_is_spoken_once_chosen(spanish: object) -> None:
    assert spanish == "es"
    assert i18n.translate("Dates", "Fri") == "vie"
    assert i18n.plural(
        2, i18n.translate("Cli", "{count} application"), i18n.translate("Cli", "{count} applications")
    ).startswith("2 ")


def test_the_command_line_speaks_the_environments_language(
    afterview: RunAfterview, subprocess_env: dict[str, str]
) -> None:
    spanish = {**subprocess_env, "LANG": "es_ES.UTF-8", "LANGUAGE": "", "LC_ALL": "", "LC_MESSAGES": ""}
    missing = afterview("import", "/no/such.json", env=spanish)
    assert missing.stderr == "afterview: no se puede leer /no/such.json: no existe el archivo o la carpeta.\n"
    assert afterview("--help", env=spanish).stdout.startswith("uso: afterview")
    english = {**spanish, "LANG": "en_GB.UTF-8"}
    assert afterview("import", "/no/such.json", env=english).stderr.endswith("No such file or directory.\n")
