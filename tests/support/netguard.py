"""Refuses network connections: Afterview is offline, so any attempt in a test is a bug.

Unix-domain sockets (the single-instance handover) stay allowed. Installed for the test process by
conftest.py, and for every subprocess a test starts through ``sitecustomize`` in ``nonet/``.
"""

from __future__ import annotations

import socket
from typing import Any

NETWORK_FAMILIES = {socket.AF_INET, socket.AF_INET6}


class NetworkAccessError(RuntimeError):
    """Raised instead of opening a network connection."""


_original: dict[str, Any] = {}


def _guarded(name: str) -> Any:
    original = getattr(socket.socket, name)
    _original[name] = original

    def guard(self: socket.socket, *args: Any, **kwargs: Any) -> Any:
        if self.family in NETWORK_FAMILIES:
            raise NetworkAccessError(f"Afterview must not use the network (socket.{name}{args!r})")
        return original(self, *args, **kwargs)

    return guard


_original_lookups: dict[str, Any] = {}


def _guarded_lookup(name: str) -> Any:
    original = getattr(socket, name)
    _original_lookups[name] = original

    def guard(host: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in (None, "", "localhost", "127.0.0.1", "::1"):
            raise NetworkAccessError(f"Afterview must not look up network names (socket.{name}({host!r}))")
        return original(host, *args, **kwargs)

    return guard


def install() -> None:
    if _original:
        return
    for name in ("connect", "connect_ex", "bind", "sendto", "sendmsg"):
        setattr(socket.socket, name, _guarded(name))
    for name in ("getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        setattr(socket, name, _guarded_lookup(name))


def uninstall() -> None:
    for name, original in _original.items():
        setattr(socket.socket, name, original)
    for name, original in _original_lookups.items():
        setattr(socket, name, original)
    _original.clear()
    _original_lookups.clear()
