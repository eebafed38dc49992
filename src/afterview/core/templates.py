"""The letter templates on offer: the built-in ones (resources/templates/<language>/<kind>.txt) and
the user's own, kept in the data file. A user template named like a built-in one replaces it.

A template that cannot be used (a file damaged on disk, or one that predates a placeholder being
renamed) is left out with a logged warning and never stops the app.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from functools import lru_cache
from typing import Protocol

from afterview.domain.letters import Template, TemplateError, language_names
from afterview.domain.model import LetterKind
from afterview.i18n import translate
from afterview.resources import resource

log = logging.getLogger(__name__)
BUILT_IN = "Standard"  # the built-in template's name: a key in the data file, not translated


@lru_cache(maxsize=64)
def built_in(kind: LetterKind, language: str) -> Template | None:
    path = resource("templates", language, f"{kind.value}.txt")
    try:
        return Template.parse(kind, language, path.read_text(encoding="utf-8"), BUILT_IN)
    except (OSError, UnicodeDecodeError, TemplateError) as error:
        log.warning("Built-in template %s cannot be used: %s", path, error)
        return None


def _key(kind: LetterKind, language: str, name: str) -> str:
    return f"{kind.value}/{language}/{name}"


class TemplateStore(Protocol):
    """Where the user's own templates are kept (the workspace)."""

    def user_templates(self) -> dict[str, str]: ...
    def save_user_templates(self, templates: Mapping[str, str]) -> None: ...


class TemplateLibrary:
    def __init__(self, store: TemplateStore) -> None:
        self.store = store

    def choices(self, kind: LetterKind, language: str) -> list[Template]:
        """The templates for a kind of letter in a language, the standard one first."""
        mine = {}
        for key, text in self.store.user_templates().items():
            stored_kind, stored_language, name = key.split("/", 2)
            if (stored_kind, stored_language) != (kind.value, language):
                continue
            try:
                mine[name] = Template.parse(kind, language, text, name)
            except TemplateError as error:
                log.warning("Your template %s cannot be used: %s", key, error)
        standard = mine.pop(BUILT_IN, None) or built_in(kind, language)
        return ([standard] if standard else []) + [mine[name] for name in sorted(mine)]

    def save(self, template: Template) -> None:
        """Keep a template of the user's (checked first: a broken one raises TemplateError)."""
        Template.parse(template.kind, template.language, template.text(), template.name)
        templates = self.store.user_templates()
        templates[_key(template.kind, template.language, template.name)] = template.text()
        self.store.save_user_templates(templates)

    def delete(self, kind: LetterKind, language: str, name: str) -> None:
        templates = self.store.user_templates()
        templates.pop(_key(kind, language, name), None)
        self.store.save_user_templates(templates)


def shown_name(name: str) -> str:
    """A template's name as the user reads it: the built-in one's in their language."""
    return translate("Letters", "Standard") if name == BUILT_IN else name


def languages() -> dict[str, str]:
    """The letter languages by code, named in the user's language."""
    return language_names()
