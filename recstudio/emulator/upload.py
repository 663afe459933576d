"""The Sandbox's uploader: after stop, write the recording's files and put them in the
customer's bucket with the body's own keys, the way Agora's uploader does — so a receipt
can be checked end to end without an Agora account.

Only a vendor-11 ``storageConfig`` whose ``extensionParams.endpoint`` is on loopback is
uploaded (nothing else can be reached from here, and Agora could not reach that one);
with ``local_folder`` set, any other storageConfig gets its files in
``<local_folder>/<bucket>/<prefix>/`` instead. Faults reproduce what users see from Agora:

* ``backup_first_s`` — some segments go to "Agora's backup" first: stop answers
  ``uploadingStatus: "backuped"`` and they reach the bucket that many seconds later;
* ``missing_segment`` — one segment named by the playlist never arrives;
* ``failover_split`` — a failover halfway: the rest is a ``bak1_`` piece (§9.3).
"""

from __future__ import annotations

import shutil
import tempfile
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from recstudio.emulator.recording import Recording
from recstudio.emulator.responses import Reply
from recstudio.model import Mode
from recstudio.storage.endpoints import S3_COMPATIBLE, is_loopback_endpoint

#: Sync stop waits this long for the upload, like Agora's ≤ 20 s (§3.6).
SYNC_STOP_WAIT_S = 20.0
#: Longest media the Sandbox renders for one recording (longer ones are cut, and say so).
MAX_MEDIA_S = 3600.0
#: How long the uploader waits for the compositor's render of a task.
MEDIA_WAIT_S = 600.0


@dataclass(slots=True)
class StorageFaults:
    backup_first_s: float | None = None
    missing_segment: bool = False
    failover_split: bool = False

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(slots=True)
class Delivery:
    """What happened to one recording's files (kept for ``/_sandbox/state`` and tests)."""

    sid: str
    destination: str
    uploaded: list[str] = field(default_factory=list)
    held_back: list[str] = field(default_factory=list)
    withheld: list[str] = field(default_factory=list)
    playlists: list[str] = field(default_factory=list)
    error: str | None = None
    #: the StorageError kind of ``error`` (the NCS notifier picks uploader error 32 or 47)
    error_kind: str | None = None
    done: threading.Event = field(default_factory=threading.Event)
    #: set to forward the backed-up files now instead of after ``backup_first_s``
    release: threading.Event = field(default_factory=threading.Event)
    #: the first upload round (everything not held back) has finished
    first_round: threading.Event = field(default_factory=threading.Event)

    @property
    def uploading_status(self) -> str:
        # Agora's uploader puts what your bucket refused into its backup cloud (§3.6)
        return "backuped" if self.held_back or self.error else "uploaded"

    def to_json(self) -> dict[str, Any]:
        return {
            "sid": self.sid,
            "destination": self.destination,
            "uploaded": list(self.uploaded),
            "heldBack": list(self.held_back),
            "withheld": list(self.withheld),
            "playlists": list(self.playlists),
            "error": self.error,
            "done": self.done.is_set(),
        }


def uploadable(config: Any) -> bool:
    """Vendor 11 on a loopback endpoint: the only bucket the Sandbox uploads to."""
    if not isinstance(config, Mapping) or config.get("vendor") != S3_COMPATIBLE:
        return False
    params = config.get("extensionParams")
    endpoint = params.get("endpoint") if isinstance(params, Mapping) else None
    return isinstance(endpoint, str) and is_loopback_endpoint(endpoint)


def upload_files(files: list[Path], storage_config: Mapping[str, Any]) -> list[str]:
    """Put ``files`` under the config's prefix with its keys (the same boto3 path the
    receipt reads with); returns the object keys. Raises StorageError."""
    from recstudio.storage.opener import open_bucket
    from recstudio.storage.target import target_from_config

    target = target_from_config(storage_config)
    bucket = open_bucket(target)
    keys = []
    try:
        for path in files:
            key = target.prefix_path + path.name
            bucket.upload_file(key, path)
            keys.append(key)
    finally:
        bucket.close()
    return keys


def copy_files(files: list[Path], storage_config: Mapping[str, Any], root: Path) -> list[str]:
    """The local stand-in for a bucket we cannot reach: ``root/<bucket>/<prefix>/``."""
    bucket = str(storage_config.get("bucket") or "bucket")
    prefix = [str(p) for p in storage_config.get("fileNamePrefix") or []]
    folder = root.joinpath(bucket, *prefix)
    folder.mkdir(parents=True, exist_ok=True)
    for path in files:
        shutil.copy2(path, folder / path.name)
    return ["/".join([*prefix, p.name]) for p in files]


class SandboxUploader:
    """Per-Sandbox delivery of recorded files; stop hands each finished task to it."""

    def __init__(self, local_folder: Path | None = None, segment_s: float = 15.0) -> None:
        self.local_folder = local_folder
        self.segment_s = segment_s
        self.faults = StorageFaults()
        self.deliveries: dict[str, Delivery] = {}
        self._lock = threading.Lock()
        self._closing = threading.Event()
        #: ``media_files(sid, timeout)``: the files the compositor rendered for a task
        #: (emulator/media.py, set by the server when it renders media); None = the
        #: stand-in files of :mod:`recorded_files` are rendered here instead
        self.media_files: Callable[[str, float], list[Path]] | None = None

    def close(self) -> None:
        """Stop waiting for backed-up files (the Sandbox is shutting down)."""
        self._closing.set()

    def release_backups(self) -> int:
        """Forward every backed-up file now (the admin route and tests use it)."""
        with self._lock:
            waiting = [d for d in self.deliveries.values() if d.held_back and not d.done.is_set()]
        for delivery in waiting:
            delivery.release.set()
        return len(waiting)

    def set_faults(self, **changes: Any) -> StorageFaults:
        known = set(StorageFaults.__dataclass_fields__)
        unknown = sorted(set(changes) - known)
        if unknown:
            raise ValueError(
                f"unknown storage faults: {', '.join(unknown)}; known: {', '.join(sorted(known))}"
            )
        with self._lock:
            for key, value in changes.items():
                setattr(self.faults, key, value)
            return self.faults

    def snapshot(self) -> dict[str, Any]:
        with self._lock:
            return {
                "faults": self.faults.to_json(),
                "deliveries": [d.to_json() for d in self.deliveries.values()],
            }

    def wanted(self, rec: Recording) -> bool:
        config = rec.client_request.get("storageConfig")
        if rec.mode is Mode.WEB or rec.snapshot or not isinstance(config, Mapping):
            return False
        return uploadable(config) or self.local_folder is not None

    def after_stop(self, rec: Recording, *, wait: bool) -> Delivery | None:
        """Render and deliver ``rec``'s files in the background; with ``wait`` (sync stop)
        return once the first upload round is done or SYNC_STOP_WAIT_S passed."""
        if not self.wanted(rec):
            return None
        with self._lock:
            faults = StorageFaults(**self.faults.to_json())
        config = dict(rec.client_request["storageConfig"])
        destination = "bucket" if uploadable(config) else "local folder"
        delivery = Delivery(rec.sid, destination)
        delivery.playlists = _playlist_names(rec, faults)
        with self._lock:
            self.deliveries[rec.sid] = delivery
        worker = threading.Thread(
            target=self._deliver,
            args=(rec, config, faults, delivery),
            name=f"sandbox-upload-{rec.sid[:8]}",
            daemon=True,
        )
        worker.start()
        if wait:
            delivery.first_round.wait(SYNC_STOP_WAIT_S)
        return delivery

    def _deliver(
        self,
        rec: Recording,
        config: dict[str, Any],
        faults: StorageFaults,
        delivery: Delivery,
    ) -> None:
        try:
            with tempfile.TemporaryDirectory(prefix="sandbox-rec-") as work:
                files = self._files(rec, Path(work), faults)
                segments = [p for p in files if p.suffix == ".ts"]
                held: list[Path] = []
                if faults.missing_segment and len(segments) > 1:
                    gone = segments[len(segments) // 2]
                    delivery.withheld.append(gone.name)
                    files.remove(gone)
                if faults.backup_first_s is not None and segments:
                    held = [p for p in segments[-1:] if p in files]
                    delivery.held_back = [p.name for p in held]
                now_files = [p for p in files if p not in held]
                delivery.uploaded += self._put(now_files, config)
                delivery.first_round.set()
                if held:
                    assert faults.backup_first_s is not None
                    # Agora forwards backed-up files later; the Sandbox after a real delay
                    deadline = time.monotonic() + faults.backup_first_s
                    while not delivery.release.wait(0.05):
                        if self._closing.is_set():
                            return
                        if time.monotonic() >= deadline:
                            break
                    delivery.uploaded += self._put(held, config)
        except Exception as exc:  # never kill the Sandbox over one upload
            field = getattr(exc, "field", None)
            delivery.error = f"{exc}" + (f" (fix {field})" if field else "")
            delivery.error_kind = getattr(exc, "kind", None) or "other"
        finally:
            delivery.first_round.set()
            delivery.done.set()

    def _put(self, files: list[Path], config: dict[str, Any]) -> list[str]:
        if uploadable(config):
            return upload_files(files, config)
        assert self.local_folder is not None
        return copy_files(files, config, self.local_folder)

    def _files(self, rec: Recording, work: Path, faults: StorageFaults) -> list[Path]:
        """The task's files in upload order (segments before their playlist): the
        compositor's when the Sandbox renders media — except for the failover fault, whose
        ``bak1_`` pieces only the stand-in writes."""
        if self.media_files is not None and not faults.failover_split:
            rendered = self.media_files(rec.sid, MEDIA_WAIT_S)
            order = {".ts": 0, ".m3u8": 1}
            return sorted(rendered, key=lambda p: (order.get(p.suffix, 2), p.name))
        return self._render(rec, work, faults)

    def _render(self, rec: Recording, work: Path, faults: StorageFaults) -> list[Path]:
        from recstudio.emulator import recorded_files as media

        first = rec.first_data_at() or rec.started_at
        ended = rec.ended_at or first
        if rec.mode is Mode.MIX:
            seconds = min(max(ended - first, 1.0), MAX_MEDIA_S)
            written = media.write_mix_recording(
                work,
                rec.sid,
                rec.cname,
                started_ms=int(first * 1000),
                duration_s=seconds,
                mp4="mp4" in rec.av_file_types,
                stream_types=rec.stream_types,
                publishers=len({uid for uid, _kind in rec.recorded}),
                failover_at_s=seconds / 2 if faults.failover_split else None,
                segment_s=self.segment_s,
            )
        else:
            tracks = [
                (uid, kind, int(since * 1000))
                for (uid, kind), since in sorted(rec.recorded.items())
            ]
            if rec.mode is Mode.RAW:
                raw = media.write_raw_recording(
                    work,
                    rec.sid,
                    rec.cname,
                    tracks=tracks,
                    ended_ms=int(ended * 1000),
                    mp4="mp4" in rec.av_file_types,
                    segment_s=self.segment_s,
                )
                return list(raw.files)
            written = media.write_individual_recording(
                work,
                rec.sid,
                rec.cname,
                tracks=tracks,
                ended_ms=int(ended * 1000),
                segment_s=self.segment_s,
            )
        return list(written.files)

    def amend_stop(self, rec: Recording, reply: Reply, body: Mapping[str, Any]) -> Reply:
        """Stop's reply once the files are being delivered: uploadingStatus as Agora
        reports it and, after a failover, the ``bak1_`` playlist in the fileList."""
        request = body.get("clientRequest")
        async_stop = isinstance(request, Mapping) and bool(request.get("async_stop"))
        delivery = self.after_stop(rec, wait=not async_stop)
        response = reply.body.get("serverResponse")
        if delivery is None or not isinstance(response, dict):
            return reply
        response = dict(response)
        # Agora's sync stop answers once uploads are done (≤ 20 s); later than that, or
        # with async_stop, it cannot know yet. The stranded fault (raw mode) wins.
        if response.get("uploadingStatus") != "stranded":
            response["uploadingStatus"] = (
                delivery.uploading_status if delivery.first_round.is_set() else "unknown"
            )
        listing = response.get("fileList")
        if isinstance(listing, list) and listing:
            known = {entry.get("fileName") for entry in listing if isinstance(entry, dict)}
            template = listing[0]
            for name in delivery.playlists:
                if name not in known and name.startswith("bak"):
                    listing = [*listing, {**template, "fileName": name}]
            response["fileList"] = listing
        return Reply(reply.status, {**reply.body, "serverResponse": response})


def _playlist_names(rec: Recording, faults: StorageFaults) -> list[str]:
    """The playlists stop's fileList names, known before any media is rendered."""
    if rec.mode is Mode.MIX:
        names = [f"{rec.sid}_{rec.cname}.m3u8"]
        if faults.failover_split:
            names.append(f"bak1_{rec.sid}_{rec.cname}.m3u8")
        return names
    if rec.mode is Mode.RAW:
        return []  # one playlist per uid, named by codec: the fileList already has them
    return [
        f"{rec.sid}_{rec.cname}__uid_s_{uid}__uid_e_{kind}.m3u8"
        for (uid, kind) in sorted(rec.recorded)
    ]
