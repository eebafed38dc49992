"""Any damage to the data file is recovered with nothing saved lost.

A real data file (every field of an application, settings and templates, saved through the store)
is mutated every way one key can be: each key renamed, deleted, and its value swapped for one of
another type, at every depth; then cut short at many lengths. Each mutant must open as exactly the
saved data, either because it still reads as exactly that or because it was recovered from the
versions journal, with the damaged file kept.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from afterview.domain.model import Application
from afterview.domain.settings import Settings
from afterview.paths import AppPaths
from afterview.storage.repository import Store
from tests.support.fakes import FakeClock
from tests.support.samples import full_application, minimal_application

TEMPLATES = {"thank_you/es/Mía": "Hola {interviewer_first_name}, gracias."}
TRUNCATIONS = 40


def _swapped(value: Any) -> Any:
    """A value of another JSON type than ``value``."""
    if isinstance(value, bool):
        return "true"
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        return 7 if value else None
    if isinstance(value, list):
        return {}
    if isinstance(value, dict):
        return []
    return "null"


def _key_paths(node: Any, path: tuple[Any, ...] = ()) -> Iterator[tuple[Any, ...]]:
    """The path to every key of every object (and every item of every list) in ``node``."""
    children = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    for key, child in children:
        yield (*path, key)
        yield from _key_paths(child, (*path, key))


def _parent(data: Any, path: tuple[Any, ...]) -> Any:
    for key in path[:-1]:
        data = data[key]
    return data


def mutants(payload: bytes) -> Iterator[tuple[str, bytes]]:
    data = json.loads(payload)
    for path in _key_paths(data):
        name = "/".join(map(str, path))
        for how in ("rename", "delete", "swap"):
            mutant = json.loads(payload)
            parent, key = _parent(mutant, path), path[-1]
            if isinstance(parent, list) and how == "rename":
                continue
            if how == "swap":
                parent[key] = _swapped(parent[key])
            elif how == "delete":
                del parent[key]
            else:
                parent[f"{key}_renamed"] = parent.pop(key)
            yield f"{how} {name}", json.dumps(mutant, ensure_ascii=False).encode()
    for cut in range(1, TRUNCATIONS + 1):
        length = len(payload) * cut // (TRUNCATIONS + 1)
        yield f"cut at {length}", payload[:length]


@pytest.fixture(scope="module")
def pristine(tmp_path_factory: pytest.TempPathFactory) -> AppPaths:
    """A data folder after a few ordinary saves: settings, templates, two full applications."""
    paths = AppPaths(tmp_path_factory.mktemp("pristine") / "data")
    with Store.open(paths, FakeClock()) as store:
        store.save_settings(Settings(user_name="Lucía Pérez", time_zone="Europe/Madrid", max_check_ins=3))
        store.save_user_templates(TEMPLATES)
        store.add_all([full_application(), minimal_application("Beta", "Dev")])
        store.save(full_application("Gamma"))
    return paths


def _contents(store: Store) -> tuple[list[Application], Settings, dict[str, str], list[str]]:
    return store.applications(), store.settings(), store.user_templates(), store.unreadable


def test_every_single_key_mutant_and_every_truncation_opens_as_the_saved_data(
    pristine: AppPaths, tmp_path: Path
) -> None:
    with Store.open(pristine, FakeClock(), read_only=True) as viewer:
        expected = _contents(viewer)
    assert len(expected[0]) == 3 and expected[3] == []
    checked, recovered, failures = 0, 0, []
    for name, payload in mutants(pristine.data_file.read_bytes()):
        folder = tmp_path / f"m{checked}"
        shutil.copytree(pristine.data_dir, folder)
        paths = AppPaths(folder)
        paths.data_file.write_bytes(payload)
        with Store.open(paths, FakeClock()) as store:
            if _contents(store) != expected:
                failures.append(name)
            if store.recovery is not None:
                recovered += 1
                assert store.recovery.kept_as is not None and store.recovery.kept_as.read_bytes() == payload
        checked += 1
        shutil.rmtree(folder)
    assert failures == []
    assert checked > 300 and recovered == checked  # every mutant is damage, and every one was recovered
