"""The single-instance message format: what a second launch may ask, and how refusals read."""

from __future__ import annotations

import argparse
import json
import time

import pytest

from coach.platform.instance.protocol import (
    ANSWER_TIMEOUT_S,
    MAX_LINE_BYTES,
    PATIENT_TIMEOUT_S,
    LineReader,
    ProtocolError,
    Request,
    answer_timeout_s,
    decode_reply,
    decode_request,
    encode_reply,
    encode_request,
    expired,
    request_from_args,
)


@pytest.mark.parametrize("request_", [
    Request("show"),
    Request("cramp"),
    Request("quit"),
    Request("routine", {"id": "evening-stretch"}),
    Request("snooze", {"minutes": 10}),
])
def test_every_command_survives_the_round_trip(request_):
    line = encode_request(request_)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    assert decode_request(line) == request_


def test_wire_format_is_the_documented_json():
    until = 1764979200.5
    assert json.loads(encode_request(Request("cramp"), until=until)) == {
        "v": 2, "cmd": "cramp", "until": until}
    assert json.loads(encode_request(Request("routine", {"id": "evening-stretch"}),
                                     until=until)) == {
        "v": 2, "cmd": "routine", "id": "evening-stretch", "until": until}
    assert json.loads(encode_request(Request("snooze", {"minutes": 10}), until=until)) == {
        "v": 2, "cmd": "snooze", "minutes": 10, "until": until}


def test_every_request_says_until_when_its_sender_waits():
    """Without a deadline a frozen app would act on it whenever it resumed."""
    before = time.time()
    sent = json.loads(encode_request(Request("quit")))
    assert before < sent["until"] <= time.time() + PATIENT_TIMEOUT_S + 0.01
    cramp = json.loads(encode_request(Request("cramp")))
    assert cramp["until"] <= time.time() + ANSWER_TIMEOUT_S + 0.01  # a person in pain

    received = decode_request(encode_request(Request("quit"), until=before + 60))
    assert received.until == pytest.approx(before + 60, abs=0.001)
    assert not expired(received, now=before + 59)
    assert expired(received, now=before + 61)


def test_only_cramp_is_given_up_on_quickly():
    """Its fallback, a cramp screen of its own, does no harm; the others' is a message."""
    assert answer_timeout_s(Request("cramp")) == ANSWER_TIMEOUT_S < 1.0
    for cmd in ("show", "quit"):
        assert answer_timeout_s(Request(cmd)) == PATIENT_TIMEOUT_S > ANSWER_TIMEOUT_S


@pytest.mark.parametrize(("line", "message"), [
    (b'{"v": 2, "cmd": "quit"}\n', "no deadline 'until'"),
    (b'{"v": 2, "cmd": "quit", "until": "soon"}\n', "'until' must be a number"),
    (b'{"v": 2, "cmd": "quit", "until": true}\n', "'until' must be a number"),
    (b'{"v": 2, "cmd": "quit", "until": NaN}\n', "'until' must be a number"),
])
def test_request_without_a_usable_deadline_is_refused(line, message):
    with pytest.raises(ProtocolError, match=message):
        decode_request(line)


def test_request_without_trailing_newline_is_accepted():
    assert decode_request(b'{"v": 2, "cmd": "cramp", "until": 1}') == Request("cramp")
    assert decode_request(b'{"v": 2, "cmd": "cramp", "until": 1}\r\n') == Request("cramp")


def test_request_args_cannot_be_changed_by_a_receiver():
    request = Request("routine", {"id": "a"})
    with pytest.raises(TypeError):
        request.args["id"] = "b"  # type: ignore[index]
    with pytest.raises(AttributeError):
        request.cmd = "quit"  # type: ignore[misc]
    given = {"id": "a"}
    request = Request("routine", given)
    given["id"] = "b"  # the sender's dict changed afterwards: the request did not
    assert request.args["id"] == "a"


def test_requests_compare_by_what_they_ask_not_by_their_deadline():
    assert Request("routine", {"id": "a"}, until=1.0) == Request("routine", {"id": "a"})
    assert Request("routine", {"id": "a"}) != Request("routine", {"id": "b"})
    assert Request("cramp") != Request("quit")
    assert len({Request("cramp", until=1.0), Request("cramp", until=2.0)}) == 1
    assert "routine" in repr(Request("routine", {"id": "a"}))


@pytest.mark.parametrize(("line", "message"), [
    (b"\xff\xfe\n", "not UTF-8"),
    (b"{not json\n", "not valid JSON"),
    (b"[1, 2]\n", "must be a JSON object"),
    (b'{"cmd": "cramp"}\n', "no protocol version"),
    (b'{"v": "1", "cmd": "cramp"}\n', "version must be a whole number"),
    (b'{"v": true, "cmd": "cramp"}\n', "version must be a whole number"),
    (b'{"v": 3, "cmd": "cramp"}\n', "newer protocol version 3"),
    (b'{"v": 0, "cmd": "cramp"}\n', "unsupported protocol version 0"),
    (b'{"v": 1, "cmd": "cramp"}\n', "unsupported protocol version 1"),
    (b'{"v": 2}\n', "no 'cmd'"),
    (b'{"v": 2, "cmd": 5}\n', "'cmd' must be text"),
    (b'{"v": 2, "cmd": "x"}\n', "unknown command 'x'"),
    (b'{"v": 2, "cmd": "cramp", "now": true}\n', "unexpected field 'now'"),
    (b'{"v": 2, "cmd": "routine"}\n', "needs an 'id'"),
    (b'{"v": 2, "cmd": "routine", "id": 7}\n', "routine id must be"),
    (b'{"v": 2, "cmd": "routine", "id": "Evening Stretch"}\n', "routine id must be"),
    (b'{"v": 2, "cmd": "routine", "id": "-leading-dash"}\n', "routine id must be"),
    (b'{"v": 2, "cmd": "routine", "id": "../../etc"}\n', "routine id must be"),
    (b'{"v": 2, "cmd": "snooze"}\n', "needs 'minutes'"),
    (b'{"v": 2, "cmd": "snooze", "minutes": "10"}\n', "whole number"),
    (b'{"v": 2, "cmd": "snooze", "minutes": 2.5}\n', "whole number"),
    (b'{"v": 2, "cmd": "snooze", "minutes": true}\n', "whole number"),
    (b'{"v": 2, "cmd": "snooze", "minutes": 0}\n', "1-240"),
    (b'{"v": 2, "cmd": "snooze", "minutes": 241}\n', "1-240"),
])
def test_bad_requests_are_refused_with_a_reason(line, message):
    with pytest.raises(ProtocolError, match=message):
        decode_request(line)


def test_newer_version_tells_the_user_what_to_do():
    with pytest.raises(ProtocolError) as info:
        decode_request(b'{"v": 3, "cmd": "cramp"}\n')
    assert "newer protocol version 3" in str(info.value)
    assert "start the newer one" in str(info.value)


def test_line_over_4_kib_is_refused_before_parsing():
    padding = "x" * MAX_LINE_BYTES
    line = json.dumps({"v": 2, "cmd": "cramp", "pad": padding}).encode() + b"\n"
    with pytest.raises(ProtocolError, match="longer than 4096 bytes"):
        decode_request(line)


def test_line_of_exactly_4_kib_is_still_read():
    head = b'{"v": 2, "cmd": "cramp", "until": 1'
    line = head + b" " * (MAX_LINE_BYTES - len(head) - 2) + b"}\n"
    assert len(line) == MAX_LINE_BYTES
    assert decode_request(line) == Request("cramp")


def test_sender_cannot_encode_what_the_receiver_would_refuse():
    with pytest.raises(ProtocolError, match="unknown command"):
        encode_request(Request("reboot"))
    with pytest.raises(ProtocolError, match="1-240"):
        encode_request(Request("snooze", {"minutes": 999}))


def test_replies_round_trip():
    assert decode_reply(encode_reply(True)) == (True, None)
    assert decode_reply(encode_reply(False, "unknown command 'x'")) == (
        False, "unknown command 'x'")
    assert json.loads(encode_reply(True)) == {"v": 2, "ok": True}
    assert json.loads(encode_reply(False, "nope")) == {"v": 2, "ok": False, "error": "nope"}


def test_failed_reply_always_has_a_reason():
    assert decode_reply(encode_reply(False)) == (False, "request failed")
    assert decode_reply(b'{"v": 2, "ok": false}\n') == (False, "request failed")


@pytest.mark.parametrize(("line", "message"), [
    (b'{"v": 2}\n', "'ok' must be true or false"),
    (b'{"v": 3, "ok": true}\n', "newer protocol version 3"),
    (b"garbage\n", "not valid JSON"),
])
def test_bad_replies_are_refused(line, message):
    with pytest.raises(ProtocolError, match=message):
        decode_reply(line)


def test_non_ascii_text_travels_as_utf8():
    line = encode_reply(False, "Routine « soir » inconnue")
    assert "«".encode() in line
    assert decode_reply(line) == (False, "Routine « soir » inconnue")


def test_reader_reassembles_a_message_sent_byte_by_byte():
    reader = LineReader()
    line = encode_request(Request("routine", {"id": "evening-stretch"}))
    got: list[bytes] = []
    for i in range(len(line)):
        got += reader.feed(line[i:i + 1])
    assert got == [line]


def test_reader_splits_messages_glued_together():
    reader = LineReader()
    a, b = encode_request(Request("show")), encode_request(Request("cramp"))
    assert reader.feed(a + b[:5]) == [a]
    assert reader.feed(b[5:]) == [b]


def test_reader_gives_up_on_an_endless_line():
    reader = LineReader()
    assert reader.feed(b"x" * (MAX_LINE_BYTES - 1)) == []
    assert not reader.overflowed
    assert reader.feed(b"x") == []
    assert reader.overflowed
    assert reader.feed(b'{"v": 2, "cmd": "cramp"}\n') == []


@pytest.mark.parametrize(("argv", "expected"), [
    ({}, Request("show")),
    ({"cramp": True}, Request("cramp")),
    ({"routine": "evening-stretch"}, Request("routine", {"id": "evening-stretch"})),
    ({"cramp": True, "routine": "evening-stretch"}, Request("cramp")),
    ({"background": True}, None),
    ({"background": True, "cramp": True}, Request("cramp")),
    ({"snooze": 10}, Request("snooze", {"minutes": 10})),
    ({"quit": True}, Request("quit")),
])
def test_command_line_maps_to_the_forwarded_request(argv, expected):
    """--background alone forwards nothing: a login autostart must not pop up a window."""
    args = argparse.Namespace(**{"routine": None, "background": False, **argv})
    assert request_from_args(args) == expected
