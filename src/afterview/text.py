"""Text from files and from the user, made safe to print on a terminal.

A company name, a cell of a spreadsheet or a file name can hold an escape sequence ("\\x1b[2J"
clears the screen; others retitle the window or rewrite what was printed before). Messages that
echo such text go through :func:`visible`, which shows every control character as an escape a
reader can see, so what reaches the terminal is exactly the characters in the message. Letters,
accents and emoji (with the joiners they are built from) are kept as they are.
"""

from __future__ import annotations

import re

# C0 and C1 controls and DEL; lone surrogates (a file name that is not valid UTF-8 arrives as
# these, and printing them would fail); line and paragraph separators (some terminals break lines
# on them); and the bidirectional overrides and isolates, which reorder what follows on the screen
# ("Trojan source"). Joiners and variation selectors are not here: emoji are made of them.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\ud800-\udfff\u2028\u2029\u202a-\u202e\u2066-\u2069]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}


def visible(text: str) -> str:
    """``text`` on one line with every control character shown as an escape ("\\x1b", "\\n")."""
    return _UNSAFE.sub(_escape, text)


def _escape(found: re.Match[str]) -> str:
    character = found.group()
    if character in _NAMED:
        return _NAMED[character]
    code = ord(character)
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"
