"""A plain start of the app reads its few options without the parser, and reads them as it would."""

from __future__ import annotations

import pytest

from afterview import cli

SAME_AS_THE_PARSER = [
    [],
    ["--minimized"],
    ["--exit-after-show"],
    ["--minimized", "--exit-after-show"],
    ["--data-dir", "/tmp/x"],
    ["--data-dir=/tmp/x", "--minimized"],
    ["--minimized", "--data-dir", "my data"],
]
LEFT_TO_THE_PARSER = [
    ["--help"],
    ["--version"],
    ["--self-test"],
    ["due"],
    ["--minimized", "due"],
    ["--data-dir"],
    ["--data-dir="],
    ["--data-dir", ""],
    ["--data-dir", "--minimized"],
    ["--minimised"],
    ["-h"],
]
OPTIONS = ("command", "self_test", "minimized", "exit_after_show", "data_dir")


@pytest.mark.parametrize("arguments", SAME_AS_THE_PARSER)
def test_a_plain_start_is_read_as_the_parser_reads_it(arguments: list[str]) -> None:
    quick = cli.app_start_arguments(arguments)
    parsed = cli.build_parser().parse_args(arguments)
    assert quick is not None
    assert {name: getattr(quick, name, None) for name in OPTIONS} == {
        name: getattr(parsed, name, None) for name in OPTIONS
    }


@pytest.mark.parametrize("arguments", LEFT_TO_THE_PARSER)
def test_anything_else_is_left_to_the_parser(arguments: list[str]) -> None:
    assert cli.app_start_arguments(arguments) is None
