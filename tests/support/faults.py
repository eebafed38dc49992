"""A kill or a full disk at a chosen disk call: for the tests that nothing is lost whatever fails."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from types import ModuleType
from typing import Any


class Killed(BaseException):
    """Stands for the process being killed: nothing in the app catches it."""


@contextmanager
def fault_at(call_number: int, fault: BaseException, calls: Sequence[tuple[ModuleType, str]]) -> Iterator[list[str]]:
    """Make the ``call_number``-th of ``calls`` (module, function name) fail with ``fault`` (0: none
    fails); yields the names of the calls made, so a test can count them first."""
    made: list[str] = []
    originals = {(module, name): getattr(module, name) for module, name in calls}

    def wrap(name: str, original: Callable[..., Any]) -> Callable[..., Any]:
        def call(*args: Any, **kwargs: Any) -> Any:
            made.append(name)
            if len(made) == call_number:
                raise fault
            return original(*args, **kwargs)

        return call

    for (module, name), original in originals.items():
        setattr(module, name, wrap(name, original))
    try:
        yield made
    finally:
        for (module, name), original in originals.items():
            setattr(module, name, original)
