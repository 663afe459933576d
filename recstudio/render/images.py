"""Pictures a layout names (backgroundImage, defaultUserBackgroundImage, backgroundConfig):
loaded once, by URL or from a local file, and kept.

A preview scrubbing a timeline asks for the same picture many times a second, so each
reference is fetched at most once per cache; a failure is remembered too (Agora only
applies an image "once downloaded", §4.3, so the compositor falls back to the next
background in §6.5 order and reports the reason instead of retrying every frame).
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlparse

if TYPE_CHECKING:
    from PIL import Image

#: §4.3: backgroundConfig images are at most 6 MB; the same bound protects every fetch.
MAX_IMAGE_BYTES = 6 * 1024 * 1024
FETCH_TIMEOUT_S = 5.0
#: A few MB of PNG can declare a picture of billions of pixels; decoding one would take
#: gigabytes. 4096×4096 is far above any canvas (§4.3: ≤ 1920×1080).
MAX_IMAGE_PIXELS = 4096 * 4096


class ImageLoadError(Exception):
    """A picture that cannot be used; the message names the reference and the cause."""


class ImageCache:
    """Reference (URL or path) → decoded RGB picture, or the error it gave; thread-safe."""

    def __init__(
        self,
        *,
        timeout_s: float = FETCH_TIMEOUT_S,
        max_bytes: int = MAX_IMAGE_BYTES,
        max_pixels: int = MAX_IMAGE_PIXELS,
    ) -> None:
        #: the whole fetch, not each read: a server dripping a byte a second stays bounded
        self.timeout_s = timeout_s
        self.max_bytes = max_bytes
        self.max_pixels = max_pixels
        self._items: dict[str, Image.Image | ImageLoadError] = {}
        self._lock = threading.Lock()
        self.fetches = 0

    def get(self, ref: str) -> Image.Image:
        """The picture, loading it on first use; raises :class:`ImageLoadError`."""
        with self._lock:
            item = self._items.get(ref)
            if item is None:
                try:
                    item = self._load(ref)
                except ImageLoadError as exc:
                    item = exc
                self._items[ref] = item
        if isinstance(item, ImageLoadError):
            raise item
        return item

    def _load(self, ref: str) -> Image.Image:
        import io

        from PIL import Image, UnidentifiedImageError

        parsed = urlparse(ref)
        source: io.BytesIO | Path
        if parsed.scheme in ("http", "https"):
            source = io.BytesIO(self._fetch(ref))
        else:
            if parsed.scheme == "file":
                source = Path(unquote(parsed.path))
            elif len(parsed.scheme) > 1:  # one letter: a Windows drive, not a scheme
                raise ImageLoadError(f"{ref}: only http(s) URLs and local files can be loaded")
            else:
                source = Path(ref).expanduser()
            try:
                size = source.stat().st_size
            except OSError as exc:
                raise ImageLoadError(f"{ref}: cannot read: {exc.strerror or exc}") from None
            if size > self.max_bytes:
                raise ImageLoadError(f"{ref}: {size} bytes is over the {self.max_bytes} limit")
        try:
            with Image.open(source) as im:  # reads the header only
                w, h = im.size
                if w * h > self.max_pixels:
                    raise ImageLoadError(
                        f"{ref}: {w}×{h} pixels is over the {self.max_pixels} pixel limit"
                    )
                return im.convert("RGB")
        except (UnidentifiedImageError, OSError, ValueError, Image.DecompressionBombError) as exc:
            raise ImageLoadError(f"{ref}: not a picture Pillow can read ({exc})") from None

    def _fetch(self, url: str) -> bytes:
        import requests

        self.fetches += 1
        deadline = time.monotonic() + self.timeout_s
        try:
            with requests.get(url, timeout=self.timeout_s, stream=True) as resp:
                if resp.status_code != 200:
                    raise ImageLoadError(f"{url}: HTTP {resp.status_code}")
                declared = resp.headers.get("Content-Length")
                if declared and declared.isdigit() and int(declared) > self.max_bytes:
                    raise ImageLoadError(
                        f"{url}: {declared} bytes is over the {self.max_bytes} limit"
                    )
                chunks: list[bytes] = []
                total = 0
                for chunk in _chunks(resp):
                    total += len(chunk)
                    if total > self.max_bytes:
                        raise ImageLoadError(f"{url}: more than {self.max_bytes} bytes")
                    if time.monotonic() > deadline:
                        raise ImageLoadError(f"{url}: not received within {self.timeout_s:g} s")
                    chunks.append(chunk)
                return b"".join(chunks)
        except requests.Timeout:
            raise ImageLoadError(f"{url}: no answer within {self.timeout_s:g} s") from None
        except requests.RequestException as exc:
            raise ImageLoadError(f"{url}: {type(exc).__name__}: {exc}") from None


def _chunks(resp: Any) -> Iterator[bytes]:
    """The body as it arrives: ``read1`` returns after one socket read, so the deadline is
    checked between reads (``iter_content`` would wait for a full 64 KB chunk)."""
    read1 = getattr(resp.raw, "read1", None)
    if read1 is None:  # urllib3 1.x
        yield from resp.iter_content(64 * 1024)
        return
    while chunk := read1(64 * 1024, decode_content=True):
        yield chunk
