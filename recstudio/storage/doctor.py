"""File doctor: fetch a recording's files and turn them into something a person can play.

Agora leaves HLS (an .m3u8 plus many .ts), separate audio and video playlists per uid in
individual mode, and ``bak<n>_`` pieces after a failover; its merge script needs Python 2.
Here: download everything with the sid (progress, cancellable), then remux — never
re-encode — into one MP4 per recording (mix/web, failover pieces stitched in time order)
or per uid (individual: audio + video merged, aligned by Agora's START tags).
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass, field
from pathlib import Path

from recstudio.storage.bucket import Bucket, Progress
from recstudio.storage.hls import parse_playlist
from recstudio.storage.remux import RemuxError, RemuxResult, Track, playlist_segments, remux
from recstudio.storage.target import StorageTarget

_INDIVIDUAL = re.compile(r"^(?P<stem>.+)__uid_s_(?P<uid>[^_]+)__uid_e_(?P<kind>audio|video)$")
_PIECE = re.compile(r"^bak(?P<n>\d+)_")


@dataclass
class FetchResult:
    folder: Path
    downloaded: list[Path] = field(default_factory=list)
    bytes: int = 0


@dataclass
class DoctorResult:
    outputs: list[RemuxResult] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def fetch_recording(
    bucket: Bucket,
    target: StorageTarget,
    sid: str,
    dest: Path,
    *,
    progress: Progress | None = None,
    on_file: Progress | None = None,
    cancel: threading.Event | None = None,
) -> FetchResult:
    """Download every object with ``sid`` under the prefix into ``dest``.

    ``progress(done, total)`` is in bytes over all files; ``on_file(index, count)`` per
    file. ``cancel`` stops between chunks (StorageError ``cancelled``; no partial file
    stays). Blocking network I/O: call it off the GUI thread.
    """
    dest.mkdir(parents=True, exist_ok=True)
    depth = len(target.prefix_path)
    objects = [
        o
        for o in bucket.list(target.prefix_path)
        if sid in o.key[depth:] and "/" not in o.key[depth:]
    ]
    total = sum(o.size for o in objects)
    result = FetchResult(dest)
    for index, info in enumerate(sorted(objects, key=lambda o: o.key), start=1):
        if on_file is not None:
            on_file(index, len(objects))
        before = result.bytes

        def report(done: int, _size: int, before: int = before) -> None:
            if progress is not None:
                progress(before + done, total)

        path = dest / info.key[depth:]
        result.bytes += bucket.download(info.key, path, progress=report, cancel=cancel)
        result.downloaded.append(path)
    return result


def _start_s(playlist: Path) -> float:
    start = parse_playlist(playlist.read_text(encoding="utf-8")).start_ms
    return (start or 0) / 1000


def _ordered(playlists: list[Path]) -> list[Path]:
    """Pieces in time order: START tag first, then bak number (0 for the original)."""

    def key(path: Path) -> tuple[float, int]:
        match = _PIECE.match(path.name)
        return _start_s(path), int(match["n"]) if match else 0

    return sorted(playlists, key=key)


def make_mp4(folder: Path, sid: str) -> DoctorResult:
    """Remux the playlists of ``sid`` in ``folder`` into MP4 files next to them."""
    playlists = sorted(p for p in folder.glob(f"*{sid}*.m3u8"))
    result = DoctorResult()
    if not playlists:
        raise RemuxError(f"no .m3u8 of {sid} in {folder}")
    individual: dict[tuple[str, str], dict[str, list[Path]]] = {}
    composite: dict[str, list[Path]] = {}
    for playlist in playlists:
        stem = _PIECE.sub("", playlist.stem)
        match = _INDIVIDUAL.match(stem)
        if match:
            kinds = individual.setdefault((match["stem"], match["uid"]), {})
            kinds.setdefault(match["kind"], []).append(playlist)
        else:
            composite.setdefault(stem, []).append(playlist)
    for stem, pieces in composite.items():
        ordered = _ordered(pieces)
        if len(ordered) > 1:
            result.notes.append(
                f"stitched {len(ordered)} failover pieces in time order: "
                + ", ".join(p.name for p in ordered)
            )
        segments = [s for p in ordered for s in playlist_segments(p)]
        result.outputs.append(remux([Track(segments)], folder / f"{stem}.mp4"))
    for (stem, uid), kinds in sorted(individual.items()):
        starts = {kind: min(_start_s(p) for p in lists) for kind, lists in kinds.items()}
        first = min(starts.values())
        tracks = [
            Track(
                [s for p in _ordered(lists) for s in playlist_segments(p)],
                kind,
                starts[kind] - first,
            )
            for kind, lists in sorted(kinds.items())
        ]
        out = folder / f"{stem}__uid_s_{uid}.mp4"
        result.outputs.append(remux(tracks, out))
        if len(kinds) == 2 and abs(starts["audio"] - starts["video"]) > 0.001:
            result.notes.append(
                f"uid {uid}: video starts {starts['video'] - starts['audio']:+.1f} s after "
                "audio (aligned by the START tags)"
            )
    return result


def open_in_player(path: Path) -> None:
    """Hand ``path`` to the system's default player (never waits for it)."""
    import os
    import subprocess
    import sys

    if sys.platform.startswith("win"):
        os.startfile(str(path))  # type: ignore[attr-defined]
        return
    opener = "open" if sys.platform == "darwin" else "xdg-open"
    subprocess.Popen([opener, str(path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
