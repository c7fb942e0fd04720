"""The desktop-entry format: an Exec line runs exactly the command written, whatever its path.

A user's virtual environment may live under "My Apps", in a folder named
"100% cotton", or behind a backslash; the start-on-login and menu entries
must still start Calf Coach, and reading the entry back must find the same
command (that is how the Settings tick knows it is on).
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from coach.platform.desktop_file import (
    escape_string,
    quote_exec,
    read_desktop_entry,
    split_exec,
    unescape_string,
)

ODD_ARGS = [
    "/home/Jo Doe/My Apps/venv/bin/coach",
    "/opt/100% cotton/coach",
    "/srv/%f/coach",
    'say "hi"',
    "it's",
    "C:\\Program Files\\Calf Coach\\coach.exe",
    "back\\slash",
    "$HOME/`id`",
    "tab\there",
    "line\nbreak",
    "carriage\rreturn",
    "",
    "--background",
    "кириллица/путь с пробелом",
]


def test_odd_paths_come_back_exactly():
    for arg in ODD_ARGS:
        assert split_exec(quote_exec([arg, "--background"])) == [arg, "--background"], arg


def test_the_whole_odd_list_comes_back_in_order():
    assert split_exec(quote_exec(ODD_ARGS)) == ODD_ARGS


@given(st.lists(st.text(st.characters(blacklist_categories=("Cs",)), max_size=12),
                min_size=1, max_size=5))
def test_any_command_round_trips(argv):
    assert split_exec(quote_exec(argv)) == argv


@given(st.lists(st.text(max_size=12), min_size=1, max_size=5))
def test_an_exec_value_is_always_one_line(argv):
    value = quote_exec(argv)
    assert "\n" not in value and "\r" not in value


def test_a_plain_command_is_left_unquoted():
    assert quote_exec(["/usr/bin/coach", "--background"]) == "/usr/bin/coach --background"


def test_a_space_quotes_the_argument():
    assert quote_exec(["/opt/my app/coach"]) == '"/opt/my app/coach"'


def test_a_percent_is_doubled_so_it_is_not_a_field_code():
    assert quote_exec(["/opt/100%/coach"]) == "/opt/100%%/coach"
    assert quote_exec(["%f"]) == "%%f"


def test_a_backslash_is_written_four_times_as_the_spec_asks():
    # Quoted (backslash is reserved), escaped inside the quotes, then escaped
    # again as a string value: one backslash in the path is four in the file.
    assert quote_exec(["a\\b"]) == '"a\\\\\\\\b"'


def test_quotes_dollars_and_backticks_are_escaped_inside_quotes():
    assert quote_exec(['say "$x" `y`']) == '"say \\\\"\\\\$x\\\\" \\\\`y\\\\`"'
    assert split_exec(quote_exec(['say "$x" `y`'])) == ['say "$x" `y`']


def test_field_codes_are_dropped_when_reading():
    assert split_exec("coach %U --cramp %f") == ["coach", "--cramp"]
    assert split_exec("coach 100%%") == ["coach", "100%"]


def test_an_exec_written_by_someone_else_is_read_as_the_spec_says():
    assert split_exec('"/opt/my app/coach" --background') == ["/opt/my app/coach",
                                                              "--background"]
    assert split_exec("  coach\t--background  ") == ["coach", "--background"]
    assert split_exec("") == []


def test_string_escapes_round_trip_and_unknown_ones_are_kept():
    text = "a\\b\nc\td\re"
    assert unescape_string(escape_string(text)) == text
    assert unescape_string("one\\stwo") == "one two"
    assert unescape_string("keep\\q") == "keep\\q"
    assert unescape_string("trailing\\") == "trailing\\"


def test_only_the_desktop_entry_group_is_read():
    text = "\n".join([
        "# a comment",
        "[Desktop Entry]",
        "Name=Calf Coach",
        "Exec=coach --background",
        "Exec=coach --cramp",
        "  Hidden = true  ",
        "no equals sign here",
        "[Desktop Action cramp]",
        "Exec=coach --other",
        "Name=Cramp now",
    ])
    assert read_desktop_entry(text) == {"Name": "Calf Coach", "Exec": "coach --cramp",
                                        "Hidden": "true"}


def test_no_desktop_entry_group_reads_as_empty():
    assert read_desktop_entry("Name=stray\n[Other]\nExec=x\n") == {}
