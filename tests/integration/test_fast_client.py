"""The fast pre-Qt client of a second launch against real Unix sockets: nobody there,
a socket left by a crash, and a running copy that refuses."""

from __future__ import annotations

import socket
import sys
import threading

import pytest

from coach.platform.instance.address import server_address
from coach.platform.instance.fast_client import Answer, fast_forward
from coach.platform.instance.protocol import LineReader, Request, decode_request, encode_reply


def test_fast_path_with_nobody_listening_says_it_cannot_tell(tmp_path):
    assert fast_forward(Request("cramp"), name="cc", folder=tmp_path, timeout_s=0.5) is None


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_fast_path_to_a_dead_socket_says_it_cannot_tell(tmp_path):
    dead = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    dead.bind(server_address("cc", tmp_path))
    dead.close()  # the file stays, as after a crash
    assert fast_forward(Request("cramp"), name="cc", folder=tmp_path, timeout_s=0.5) is None


def test_fast_path_leaves_invalid_requests_to_the_full_path(tmp_path):
    bad = Request("routine", {"id": "Not An Id"})
    assert fast_forward(bad, name="cc", folder=tmp_path, timeout_s=0.5) is None


@pytest.mark.skipif(sys.platform == "win32", reason="Unix sockets")
def test_fast_path_tells_a_refusal_from_nobody(tmp_path):
    """An app that answers with an error is running: the caller must not start another."""
    server = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    server.bind(server_address("cc", tmp_path))
    server.listen(1)
    received: list[bytes] = []

    def answer_once() -> None:
        conn, _ = server.accept()
        with conn:
            reader = LineReader()
            lines: list[bytes] = []
            while not lines:
                lines = reader.feed(conn.recv(4096))
            received.extend(lines)
            conn.sendall(encode_reply(False, "newer protocol version 1"))

    thread = threading.Thread(target=answer_once, daemon=True)
    thread.start()
    try:
        assert fast_forward(Request("cramp"), name="cc", folder=tmp_path,
                            timeout_s=5) is Answer.REFUSED
    finally:
        thread.join(timeout=5)
        server.close()
    assert [decode_request(line) for line in received] == [Request("cramp")]
