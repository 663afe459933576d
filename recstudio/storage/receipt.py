"""Delivery receipt: did the recording's files land, and are they playable?

Support staff answer "where are my files" by hand with the sid and a storage console.
The receipt does the same: list the objects under the prefix that carry the sid, compare
them with the file list stop/query returned, read every playlist (segments present and
non-empty, total duration, Agora's START tags, discontinuities) and give one verdict:

* ``complete`` — every playlist and every segment it names is there, none empty;
* ``still_arriving`` — something is missing but Agora said the files went to its backup
  (``backuped``) or stall on the recorder (``stranded``, raw mode), or stop was moments ago;
* ``incomplete`` — something is missing and nothing says it is on its way (names it);
* ``not_found`` — no object with the sid; the likely causes come from the storageConfig.
"""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass, field
from typing import Any, Literal

from recstudio.storage.bucket import Bucket, ObjectInfo
from recstudio.storage.errors import StorageError
from recstudio.storage.hls import parse_playlist
from recstudio.storage.target import StorageTarget

Verdict = Literal["complete", "still_arriving", "incomplete", "not_found"]
#: after a stop without uploadingStatus, missing files get this long before "incomplete"
GRACE_S = 120.0
#: playlists covering less than this share of the recording's run get a warning
SHORT_SHARE = 0.5

UPLOAD_STATUS_TEXT = {
    "uploaded": "uploaded: Agora reported every file in your storage",
    "backuped": (
        "backuped: at least one file went to Agora's backup cloud first and is forwarded "
        "to your bucket later — check again in a few minutes"
    ),
    "stranded": (
        "stranded: a file is held on the recorder (raw mode) and is uploaded later by an "
        "offline sync — not a failure"
    ),
    "unknown": "unknown: Agora did not say whether the upload finished",
}


@dataclass
class PlaylistCheck:
    name: str
    segments: int = 0
    missing: list[str] = field(default_factory=list)
    empty: list[str] = field(default_factory=list)
    duration_s: float = 0.0
    discontinuities: int = 0
    start_tags: list[dict[str, Any]] = field(default_factory=list)
    ended: bool = False
    problems: list[str] = field(default_factory=list)


@dataclass
class Receipt:
    sid: str
    verdict: Verdict
    target: dict[str, Any]
    reasons: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    objects: list[dict[str, Any]] = field(default_factory=list)
    expected: list[str] = field(default_factory=list)
    playlists: list[PlaylistCheck] = field(default_factory=list)
    uploading_status: str | None = None
    checked_at: float = 0.0

    @property
    def ok(self) -> bool:
        return self.verdict == "complete"

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = {}
        for item in self.objects:
            kind = item["key"].rsplit(".", 1)[-1] if "." in item["key"] else "other"
            out[kind] = out.get(kind, 0) + 1
        return out

    def summary(self) -> str:
        counts = ", ".join(f"{n} {kind}" for kind, n in sorted(self.counts().items()))
        words = {
            "complete": "complete",
            "still_arriving": "still arriving",
            "incomplete": "incomplete",
            "not_found": "not found",
        }[self.verdict]
        return f"{words}: {counts}" if counts else words

    def to_json(self) -> dict[str, Any]:
        data = asdict(self)
        data["summary"] = self.summary()
        return data

    def text(self) -> str:
        lines = [f"recording {self.sid}: {self.summary()}"]
        lines += [f"  - {reason}" for reason in self.reasons]
        if self.uploading_status:
            text = UPLOAD_STATUS_TEXT.get(self.uploading_status, self.uploading_status)
            lines.append(f"  stop said {text}")
        for check in self.playlists:
            tags = ", ".join(f"{t['track_type']} at {t['time_ms']}" for t in check.start_tags)
            lines.append(
                f"  {check.name}: {check.segments} segment(s), {check.duration_s:.1f} s"
                + (f", {check.discontinuities} discontinuity(ies)" if check.discontinuities else "")
                + (f", START {tags}" if tags else "")
            )
        lines += [f"  note: {note}" for note in self.notes]
        if self.objects:
            lines.append("  objects:")
            lines += [f"    {o['key']} ({o['size']} bytes)" for o in self.objects]
        return "\n".join(lines)


def expected_names(files: Any) -> list[str]:
    """File names from stop/query's ``fileList`` in any of its shapes (§3.3, §3.6)."""
    if isinstance(files, str):
        return [files] if files else []
    names: list[str] = []
    for item in files or []:
        if isinstance(item, str):
            names.append(item)
        elif isinstance(item, dict):
            name = item.get("fileName") or item.get("filename")
            if isinstance(name, str) and name:
                names.append(name)
    return names


def _base(name: str) -> str:
    return name.rsplit("/", 1)[-1]


def build_receipt(
    bucket: Bucket,
    target: StorageTarget,
    sid: str,
    *,
    expected_files: Any = None,
    uploading_status: str | None = None,
    stopped_at: float | None = None,
    elapsed_s: float | None = None,
    now: float | None = None,
) -> Receipt:
    """List, compare and parse; raises StorageError when the bucket cannot be listed."""
    now = time.time() if now is None else now
    receipt = Receipt(sid, "complete", target.describe(), checked_at=now)
    receipt.uploading_status = uploading_status
    receipt.expected = [_base(n) for n in expected_names(expected_files)]
    try:
        listed = bucket.list(target.prefix_path)
    except StorageError as exc:
        if exc.kind == "denied":
            raise StorageError(
                "denied",
                "this key may not list the bucket; a receipt needs list and read permission "
                "(Agora's write-only key is not enough — use a read key for checking)",
                field=exc.field,
            ) from None
        raise
    mine = [
        o for o in listed if sid in _base(o.key) and "/" not in o.key[len(target.prefix_path) :]
    ]
    receipt.objects = [{"key": o.key, "size": o.size} for o in sorted(mine, key=lambda o: o.key)]
    if not mine:
        receipt.verdict = "not_found"
        receipt.reasons = _not_found_causes(target, sid, listed, uploading_status)
        return receipt
    by_name = {_base(o.key): o for o in mine}
    missing: list[str] = []
    empty: list[str] = []
    for name in receipt.expected:
        if name not in by_name:
            missing.append(name)
    for name, info in sorted(by_name.items()):
        if info.size == 0:
            empty.append(name)
    playlist_names = sorted(n for n in by_name if n.endswith(".m3u8"))
    for name in [n for n in receipt.expected if n.endswith(".m3u8") and n not in by_name]:
        receipt.reasons.append(f"playlist {name} from the file list is not in the bucket")
    for name in playlist_names:
        check = _check_playlist(bucket, by_name[name], by_name)
        receipt.playlists.append(check)
        missing += check.missing
    # time order (a failover's bak1_ piece after the piece it continues)
    receipt.playlists.sort(
        key=lambda c: (min((t["time_ms"] for t in c.start_tags), default=0), c.name)
    )
    for name in dict.fromkeys(missing):
        if not name.endswith(".m3u8"):
            receipt.reasons.append(f"missing: {name}")
    for name in empty:
        receipt.reasons.append(f"empty (0 bytes): {name}")
    _notes(receipt, elapsed_s)
    if not missing and not empty and not any(c.problems for c in receipt.playlists):
        if not playlist_names and not any(n.endswith(".mp4") for n in by_name):
            receipt.verdict = "incomplete"
            receipt.reasons.append("no playlist (.m3u8) or MP4 with this sid is in the bucket")
        return receipt
    for check in receipt.playlists:
        receipt.reasons += [f"{check.name}: {p}" for p in check.problems]
    arriving = uploading_status in ("backuped", "stranded") or (
        uploading_status in (None, "unknown")
        and stopped_at is not None
        and now - stopped_at < GRACE_S
    )
    receipt.verdict = "still_arriving" if arriving and not empty else "incomplete"
    if receipt.verdict == "still_arriving":
        receipt.notes.append("check again in a few minutes: Agora forwards these files later")
    return receipt


def _check_playlist(
    bucket: Bucket, info: ObjectInfo, by_name: dict[str, ObjectInfo]
) -> PlaylistCheck:
    name = _base(info.key)
    check = PlaylistCheck(name)
    try:
        text = bucket.get(info.key).decode("utf-8", errors="replace")
    except StorageError as exc:
        check.problems.append(f"cannot read it ({exc.message})")
        return check
    parsed = parse_playlist(text)
    check.segments = len(parsed.segments)
    check.duration_s = parsed.duration
    check.discontinuities = parsed.discontinuities
    check.ended = parsed.ended
    check.start_tags = [
        {"track_type": e.track_type, "time_ms": e.time_ms}
        for e in parsed.events
        if e.event == "START"
    ]
    check.problems += parsed.problems
    for segment in parsed.segments:
        found = by_name.get(_base(segment.uri))
        if found is None:
            check.missing.append(_base(segment.uri))
        elif found.size == 0:
            check.empty.append(found.key)
    if not parsed.segments:
        check.problems.append("names no segments (only a playlist, no .ts — nothing to play)")
    return check


def _notes(receipt: Receipt, elapsed_s: float | None) -> None:
    pieces = [c for c in receipt.playlists if c.name.startswith("bak")]
    if pieces:
        receipt.notes.append(
            f"a failover split the recording into {len(pieces) + 1} pieces "
            f"({', '.join(c.name for c in pieces)}); 'recstudio files fetch SID --mp4' "
            "stitches them in time order"
        )
    for check in receipt.playlists:
        if check.discontinuities:
            receipt.notes.append(
                f"{check.name} has {check.discontinuities} discontinuity(ies): the stream was "
                "interrupted (failover or rejoin); players may jump there"
            )
        if len(check.start_tags) > 2:
            receipt.notes.append(
                f"{check.name} has {len(check.start_tags)} START tags: a user left and came back"
            )
    total = sum(c.duration_s for c in receipt.playlists if not c.name.startswith("bak"))
    total += sum(c.duration_s for c in pieces)
    if elapsed_s and receipt.playlists and total < elapsed_s * SHORT_SHARE:
        receipt.notes.append(
            f"the playlists cover {total:.0f} s of the {elapsed_s:.0f} s the recording ran "
            "(nobody published for a while, or pieces are missing)"
        )


def _not_found_causes(
    target: StorageTarget, sid: str, listed: list[ObjectInfo], status: str | None
) -> list[str]:
    """Why a sid's files may be nowhere: what to compare with the console."""
    from recstudio.model.vendors import VENDORS

    vendor = VENDORS.get(target.vendor)
    vendor_name = vendor.name if vendor else f"vendor {target.vendor}"
    region = vendor.region_label(target.region) if vendor else str(target.region)
    where = target.prefix_path or "(bucket root)"
    causes = [
        f"no object with {sid} under {where} in bucket {target.bucket!r} ({vendor_name}, "
        f"region {region})",
        "the recording may have used another storageConfig (vendor, region, bucket or "
        "fileNamePrefix) than this file has",
    ]
    if status in ("backuped", "stranded"):
        causes.append(UPLOAD_STATUS_TEXT[status])
    else:
        causes.append("files may still be on their way (async stop, backup upload)")
    elsewhere = [o.key for o in listed if sid in o.key]
    if elsewhere:
        causes.append(f"objects with this sid exist in other folders: {', '.join(elsewhere[:3])}")
    causes.append("a recording that received no stream (stop code 435) uploads nothing")
    return causes
