"""Pictures a layout names are bounded in time and in decoded size (issue 14 review): a
server that drips bytes, or a small PNG that declares billions of pixels, is a clear
message, not a stuck worker or gigabytes of memory."""

from __future__ import annotations

import socket
import struct
import threading
import time
import zlib
from collections.abc import Iterator
from pathlib import Path

import pytest

from recstudio.render.images import ImageCache, ImageLoadError


@pytest.fixture
def dripping_server() -> Iterator[str]:
    """Real socket: announces 10,000 bytes, then sends one every 0.1 s."""
    listener = socket.create_server(("127.0.0.1", 0))
    stop = threading.Event()

    def serve() -> None:
        conn, _ = listener.accept()
        with conn:
            conn.recv(65536)
            conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 10000\r\n\r\n")
            for _ in range(10000):
                if stop.is_set():
                    return
                try:
                    conn.sendall(b"x")
                except OSError:
                    return
                time.sleep(0.1)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}/slow.png"
    stop.set()
    listener.close()


def test_a_dripping_server_is_cut_at_the_whole_fetch_deadline(dripping_server: str) -> None:
    # every read answers within the per-read timeout, so only a whole-fetch deadline ends it
    images = ImageCache(timeout_s=1.0)
    start = time.monotonic()
    with pytest.raises(ImageLoadError, match=r"not received within 1 s"):
        images.get(dripping_server)
    assert time.monotonic() - start < 5.0


def _png_header_only(path: Path, width: int, height: int) -> None:
    """A PNG whose IHDR declares width×height; Pillow opens it lazily (header only)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    idat = zlib.compress(b"\0" * 64)
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", ihdr) + chunk(b"IDAT", idat))


def test_a_picture_declaring_too_many_pixels_is_refused_before_decoding(tmp_path: Path) -> None:
    path = tmp_path / "bomb.png"
    _png_header_only(path, 8000, 8000)  # 64 M pixels, 192 MB decoded, ~100 bytes on disk
    with pytest.raises(ImageLoadError, match=r"8000×8000 pixels is over the \d+ pixel limit"):
        ImageCache().get(str(path))
