"""Comparing words as people type them: without case or accents ("Días" is "dias", "Año" is "ano").

The one place text is folded for matching, so the letter checks, the timeline reader and the
spreadsheet import agree on what counts as the same word.
"""

from __future__ import annotations

import unicodedata


def fold(text: str) -> str:
    """``text`` without case or accents, in compatibility form ("Ⅳ" → "iv", "ﬁ" → "fi")."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(character for character in decomposed if not unicodedata.combining(character))
