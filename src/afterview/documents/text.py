"""A document as plain text: for the terminal, a text file, or the brief's window."""

from __future__ import annotations

from afterview.domain.brief import Paper, Section

WIDTH = 72


def paper_text(paper: Paper) -> str:
    """The title underlined, the lines under it, then each section with its heading underlined."""
    lines = [paper.title, "=" * min(len(paper.title), WIDTH), *paper.subtitle]
    for section in paper.sections:
        lines.extend(["", *_section(section)])
    return "\n".join(lines) + "\n"


def _section(section: Section) -> list[str]:
    lines = [section.heading, "-" * min(len(section.heading), WIDTH)]
    lines.extend(section.paragraphs)
    for item in section.items:
        first, *rest = item.split("\n")
        lines.append(f"- {first}")
        lines.extend(f"  {line}" for line in rest)
    return lines
