"""Which uids' audio and video a recorder subscribes to (reference §4.2).

Shared by the Sandbox (which tracks what a task records) and the render package (which
shows, and bills, only subscribed streams), so both read the lists the same way.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from recstudio.model.jsontree import chunks

ALL_STREAMS = "#allstream#"

#: R13: each subscribe/unsubscribe list holds at most this many UIDs.
MAX_LIST_UIDS = 32


@dataclass(frozen=True, slots=True)
class Subscription:
    """Which uids' audio/video the recorder takes (§4.2).

    ``allow`` None means everyone; an empty allow set means no track of that kind.
    """

    audio_allow: frozenset[str] | None = None
    audio_deny: frozenset[str] = frozenset()
    video_allow: frozenset[str] | None = None
    video_deny: frozenset[str] = frozenset()

    @classmethod
    def from_lists(cls, lists: Mapping[str, Any]) -> Subscription:
        """Read ``subscribeAudioUids``-style keys (both blacklist spellings, §10 #1).

        A whitelist for only one kind means the other kind is not subscribed (§4.2).
        """

        def values(*keys: str) -> frozenset[str] | None:
            for key in keys:
                if isinstance(lists.get(key), list):
                    return _uid_set(lists[key])
            return None

        allow = {k: values(f"subscribe{k}Uids") for k in ("Audio", "Video")}
        deny = {k: values(f"unSubscribe{k}Uids", f"unsubscribe{k}Uids") for k in ("Audio", "Video")}
        any_whitelist = any(v is not None for v in allow.values())

        def resolve(kind: str) -> frozenset[str] | None:
            chosen = allow[kind]
            if chosen is not None:
                return None if ALL_STREAMS in chosen else chosen
            if deny[kind] is not None or not any_whitelist:
                return None
            return frozenset()

        return cls(
            audio_allow=resolve("Audio"),
            audio_deny=deny["Audio"] or frozenset(),
            video_allow=resolve("Video"),
            video_deny=deny["Video"] or frozenset(),
        )

    @classmethod
    def from_update(cls, stream_subscribe: Mapping[str, Any]) -> Subscription:
        """update.streamSubscribe nests the same lists under audioUidList/videoUidList."""
        flat: dict[str, Any] = {}
        for key in ("audioUidList", "videoUidList"):
            part = stream_subscribe.get(key)
            if isinstance(part, Mapping):
                flat.update(part)
        return cls.from_lists(flat)

    def wants(self, uid: str, kind: str) -> bool:
        allow = self.audio_allow if kind == "audio" else self.video_allow
        deny = self.audio_deny if kind == "audio" else self.video_deny
        return (allow is None or uid in allow) and uid not in deny

    def to_json(self) -> dict[str, Any]:
        def side(allow: frozenset[str] | None, deny: frozenset[str]) -> dict[str, Any]:
            return {"allow": None if allow is None else sorted(allow), "deny": sorted(deny)}

        return {
            "audio": side(self.audio_allow, self.audio_deny),
            "video": side(self.video_allow, self.video_deny),
        }


def _uid_set(items: list[Any]) -> frozenset[str]:
    """The UIDs of a list as strings, converted in C a chunk at a time (a 10 MB body's 700k
    UIDs were a generator step each, or one call holding the GIL 50 ms)."""
    out: set[str] = set()
    for chunk in chunks(items):
        out.update(map(str, chunk))
    return frozenset(out)
