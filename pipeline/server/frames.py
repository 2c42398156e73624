"""The messages between ``anodekg serve`` and its query workers, over one socket pair per worker.

A frame is a kind byte, a 4-byte big-endian length and that many bytes. The server sends one JOB
(a pickled job); the worker answers with a HEAD (JSON: media type and what else the response needs),
any number of CHUNKs of the body, then DONE (JSON: rows written, whether they were cut) — or ERROR
(a pickled AnodeKGError) at any point. A worker says READY once, when it can take jobs.
"""

from __future__ import annotations

import asyncio
import socket
import struct

READY, JOB, HEAD, CHUNK, DONE, ERROR = b"R", b"J", b"H", b"C", b"D", b"E"
HEADER = struct.Struct(">cI")


def pack(kind: bytes, payload: bytes = b"") -> bytes:
    return HEADER.pack(kind, len(payload)) + payload


def send(sock: socket.socket, kind: bytes, payload: bytes = b"") -> None:
    """Blocking: waits while the socket is full, which is how a reader that falls behind slows the writer."""
    sock.sendall(pack(kind, payload))


def receive(sock: socket.socket) -> tuple[bytes, bytes]:
    """Blocking; EOFError when the other side has gone."""
    kind, length = HEADER.unpack(_exactly(sock, HEADER.size))
    return kind, _exactly(sock, length)


def _exactly(sock: socket.socket, size: int) -> bytes:
    parts, left = [], size
    while left:
        part = sock.recv(min(left, 1 << 20))
        if not part:
            raise EOFError("the other side closed the socket")
        parts.append(part)
        left -= len(part)
    return b"".join(parts)


async def read(reader: asyncio.StreamReader) -> tuple[bytes, bytes]:
    """The next frame; EOFError when the worker has gone (killed, or crashed)."""
    try:
        kind, length = HEADER.unpack(await reader.readexactly(HEADER.size))
        return kind, await reader.readexactly(length)
    except asyncio.IncompleteReadError as exc:
        raise EOFError("the query worker closed its socket") from exc
