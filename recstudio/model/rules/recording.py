"""``recordingConfig``: presence per mode (R8), mix-only members (R10), streamMode (R11),
subscribeUidGroup (R12), subscription lists (R13, R14), decryption (R15).

Also the blacklist spelling conflict of reference §10 #1: ``unsubscribe…`` (2026 docs) vs
``unSubscribe…`` (the spelling known to work, which recstudio writes).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from recstudio.model.enums import Mode
from recstudio.model.jsontree import chunks
from recstudio.model.messages import Term, msg
from recstudio.model.rules._common import ALL_STREAMS, Ctx, as_dict, as_int, as_list
from recstudio.model.subscription import MAX_LIST_UIDS

#: (whitelist key, canonical blacklist key, lowercase blacklist key) per media.
LIST_KEYS: dict[str, tuple[str, str, str]] = {
    "audio": ("subscribeAudioUids", "unSubscribeAudioUids", "unsubscribeAudioUids"),
    "video": ("subscribeVideoUids", "unSubscribeVideoUids", "unsubscribeVideoUids"),
}

#: subscribeUidGroup -> (min, max) distinct UIDs, English bands (reference §10 #14).
UID_GROUP_BANDS: dict[int, tuple[int, int]] = {
    0: (1, 2),
    1: (3, 7),
    2: (8, 12),
    3: (13, 17),
    4: (18, 32),
    5: (33, 49),
}
STREAM_TYPE_NAMES = {0: "audio only", 1: "video only", 2: "audio and video"}
_DECRYPTION_WITH_SALT = frozenset({7, 8})


@dataclass(frozen=True, slots=True)
class Subscription:
    """Who is subscribed for one media type: ``kind`` is all / only / except / none."""

    kind: str
    uids: frozenset[str] = frozenset()

    def includes(self, uid: str) -> bool:
        if self.kind == "all":
            return True
        if self.kind == "only":
            return uid in self.uids
        if self.kind == "except":
            return uid not in self.uids
        return False


ALL = Subscription("all")
NONE = Subscription("none")


@dataclass(frozen=True, slots=True)
class UidLists:
    """The lists one media type carries; ``None`` = key absent or not a list."""

    whitelist: list[Any] | None
    blacklist: list[Any] | None
    has_whitelist_key: bool
    has_blacklist_key: bool


@dataclass(frozen=True, slots=True)
class RecordingInfo:
    """What later rules (transcoding, files, snapshots) need to know about recordingConfig."""

    config: Mapping[str, Any] | None
    stream_types: int
    audio_lists: UidLists
    video_lists: UidLists
    video: Subscription
    transcoding: Mapping[str, Any] | None


_NO_LISTS = UidLists(None, None, False, False)
EMPTY_INFO = RecordingInfo(None, 2, _NO_LISTS, _NO_LISTS, ALL, None)


def check_uid_lists(
    ctx: Ctx, container: Mapping[str, Any], base: str, media: str, *, canonical_only: bool
) -> UidLists:
    """R13 on one media's whitelist/blacklist inside ``container`` (+ §10 #1 spelling)."""
    white_key, black_key, lower_key = LIST_KEYS[media]
    present_black = [k for k in (black_key, lower_key) if k in container]
    if canonical_only and lower_key in container:
        ctx.warn(
            f"{base}.{lower_key}",
            msg(
                "R13.spelling_agora_s",
                "{lower_key} is the spelling of Agora's 2026 reference; recstudio writes "
                "{black_key}, the spelling known to work",
                "export and the app write it as {black_key} unless the project's blacklist "
                "spelling setting says otherwise",
            ),
            lower_key=lower_key,
            black_key=black_key,
        )
    if len(present_black) == 2:
        ctx.error(
            f"{base}.{lower_key}",
            msg(
                "R13.both_given_they",
                "both {black_key} and {lower_key} are given; they are the same list",
                "keep only {black_key}",
            ),
            black_key=black_key,
            lower_key=lower_key,
        )
    if white_key in container and present_black:
        ctx.error(
            f"{base}.{present_black[0]}",
            msg(
                "R13.cannot_used_together",
                "{white_key} and {black_key} cannot be used together",
                "keep either the subscribe list or the unsubscribe list of this media",
            ),
            white_key=white_key,
            black_key=present_black[0],
        )
    whitelist = as_list(container.get(white_key))
    if whitelist is not None:
        _check_one_list(ctx, whitelist, f"{base}.{white_key}", allow_all=True)
    blacklist: list[Any] | None = None
    for key in present_black:
        items = as_list(container.get(key))
        if items is not None:
            _check_one_list(ctx, items, f"{base}.{key}", allow_all=False)
            blacklist = items if blacklist is None else blacklist + items
    return UidLists(whitelist, blacklist, white_key in container, bool(present_black))


def _check_one_list(ctx: Ctx, items: list[Any], path: str, *, allow_all: bool) -> None:
    if not items:
        ctx.warn(
            path,
            msg(
                "R13.empty_uid_list",
                "an empty UID list is ambiguous and Agora advises against it",
                'remove the key, or list UIDs (["#allstream#"] means everyone)',
            ),
        )
        return
    if len(items) > MAX_LIST_UIDS:
        ctx.error(
            path,
            msg(
                "R13.list_uids_most",
                "the list has {count} UIDs; at most {most} are allowed",
                'remove UIDs, or use ["#allstream#"] for everyone',
            ),
            count=len(items),
            most=MAX_LIST_UIDS,
        )
    if ALL_STREAMS not in items and _all_distinct(items):
        return  # the common case, decided in C: a 10 MB body's 700k UIDs took 170 ms a call
    seen: set[str] = set()
    for index, item in enumerate(items):
        item_path = f"{path}[{index}]"
        if item == ALL_STREAMS:
            if not allow_all:
                ctx.error(
                    item_path,
                    msg(
                        "R13.allstream_allowed_subscribe",
                        "#allstream# is only allowed in subscribe lists, not in unsubscribe lists",
                        "remove it; to record nobody, do not record this media",
                    ),
                )
            elif len(items) > 1:
                ctx.warn(
                    item_path,
                    msg(
                        "R13.allstream_already_means",
                        "#allstream# already means everyone; the other UIDs are redundant",
                        'use ["#allstream#"] alone',
                    ),
                )
            continue
        if isinstance(item, str):  # the UID format itself is a schema check
            if item in seen:
                ctx.warn(
                    item_path,
                    msg(
                        "R13.uid_listed_twice",
                        "UID {item} is listed twice",
                        "remove the duplicate",
                    ),
                    item=item,
                )
            seen.add(item)


def _all_distinct(items: list[Any]) -> bool:
    """No item repeats (False also when an item is unhashable: the exact loop decides)."""
    seen: set[Any] = set()
    for chunk in chunks(items):  # not one set(items): that holds the GIL 60 ms at 700k
        try:
            seen.update(chunk)
        except TypeError:
            return False
    return len(seen) == len(items)


def _subscription(own: UidLists, other: UidLists, media_on: bool) -> Subscription:
    """Effective subscription of one media type (reference §4.2)."""
    if not media_on:
        return NONE
    if own.whitelist is not None:
        if ALL_STREAMS in own.whitelist:
            return ALL
        return Subscription("only", frozenset(u for u in own.whitelist if isinstance(u, str)))
    if own.blacklist is not None:
        return Subscription("except", frozenset(u for u in own.blacklist if isinstance(u, str)))
    if other.has_whitelist_key:
        return NONE  # a list for only the other media type: this one is not subscribed
    return ALL


def check_recording(ctx: Ctx, request: Mapping[str, Any], base: str) -> RecordingInfo:
    """All recordingConfig rules of a start clientRequest (or acquire startParameter)."""
    path = f"{base}.recordingConfig"
    present = "recordingConfig" in request
    if ctx.mode is Mode.WEB:
        if present:
            ctx.error(
                path,
                msg(
                    "R8.web_page_recording",
                    "web page recording does not take recordingConfig",
                    "remove recordingConfig; web settings go in extensionServiceConfig",
                ),
            )
        return EMPTY_INFO
    if not present:
        ctx.error(
            path,
            msg(
                "R8.mode_requires_recordingconfig",
                "{mode} mode requires recordingConfig",
                'add recordingConfig with at least "channelType"',
            ),
            mode=Term(ctx.mode.value),
        )
        return EMPTY_INFO
    config = as_dict(request["recordingConfig"])
    if config is None:
        return EMPTY_INFO
    if "channelType" not in config:
        ctx.error(
            f"{path}.channelType",
            msg(
                "R8.channeltype_required_must",
                "channelType is required: it must match your app's channel profile",
                "0 = communication, 1 = live broadcast",
            ),
        )
    stream_types = as_int(config.get("streamTypes", 2))
    if stream_types not in (0, 1, 2):
        stream_types = 2  # the schema reports the bad value; judge the rest with the default
    transcoding = _check_mix_only(ctx, config, path)
    _check_stream_mode(ctx, config, path, stream_types)
    audio = check_uid_lists(ctx, config, path, "audio", canonical_only=True)
    video = check_uid_lists(ctx, config, path, "video", canonical_only=True)
    snapshot_only = "snapshotConfig" in request and "recordingFileConfig" not in request
    _check_lists_vs_stream_types(ctx, path, stream_types, audio, video, snapshot_only)
    if ctx.mode.per_uid:
        # [analysis] raw keeps subscribeUidGroup: the migration guide (agora-2026.md §1)
        # removes streamMode only, and the official clients still send it.
        _check_uid_group(ctx, config, path, stream_types, audio, video)
    _check_decryption(ctx, config, path)
    video_sub = _subscription(video, audio, stream_types in (1, 2))
    return RecordingInfo(config, stream_types, audio, video, video_sub, transcoding)


def _check_mix_only(ctx: Ctx, config: Mapping[str, Any], path: str) -> Mapping[str, Any] | None:
    """R10: audioProfile and transcodingConfig belong to mix; returns transcodingConfig."""
    if ctx.mode is Mode.MIX:
        return as_dict(config.get("transcodingConfig"))
    for key, what in (
        ("audioProfile", Term("audio profile")),
        ("transcodingConfig", Term("canvas")),
    ):
        if key in config:
            ctx.error(
                f"{path}.{key}",
                msg(
                    "R10.composite_used_mix",
                    "{key} (the composite {what}) is only used in mix mode",
                    "remove {key}, or switch the project to mix mode",
                ),
                key=key,
                what=what,
            )
    return None


def _check_stream_mode(ctx: Ctx, config: Mapping[str, Any], path: str, stream_types: int) -> None:
    """R11: streamMode is individual-only; "original" only for audio-only recordings.

    Raw mode removed it (agora-2026.md §1: "Removed: recordingConfig.streamMode"): raw
    always writes one combined A/V M3U8 per uid, so sending it is an error there.
    """
    if "streamMode" not in config:
        return
    mode_path = f"{path}.streamMode"
    if ctx.mode is Mode.RAW:
        ctx.error(
            mode_path,
            msg(
                "R11.streammode_was_removed",
                "streamMode was removed in raw mode (Individual Recording v2): raw always "
                "writes one combined audio+video M3U8 per uid",
                "remove streamMode, or switch the project to legacy individual mode",
            ),
        )
        return
    if ctx.mode is not Mode.INDIVIDUAL:
        # Agora's own mix examples send "default"; it is ignored, so warn rather than block.
        ctx.warn(
            mode_path,
            msg(
                "R11.streammode_applies_individual",
                "streamMode only applies to individual mode; {mode} mode ignores it",
                "remove streamMode",
            ),
            mode=Term(ctx.mode.value),
        )
        return
    if config.get("streamMode") == "original" and stream_types != 0:
        ctx.error(
            mode_path,
            msg(
                "R11.streammode_original_works",
                'streamMode "original" only works with streamTypes 0 (audio only), but '
                "streamTypes is {stream_types} ({streams})",
                'set streamTypes to 0, or use streamMode "standard"',
            ),
            stream_types=stream_types,
            streams=Term(STREAM_TYPE_NAMES[stream_types]),
        )


def _check_lists_vs_stream_types(
    ctx: Ctx,
    path: str,
    stream_types: int,
    audio: UidLists,
    video: UidLists,
    snapshot_only: bool,
) -> None:
    """R14: no lists for a media type that is not recorded; one-sided whitelists."""
    for media, lists, forbidden_for in ((Term("audio"), audio, 1), (Term("video"), video, 0)):
        if stream_types != forbidden_for:
            continue
        white_key, black_key, lower_key = LIST_KEYS[media]
        for key, present in (
            (white_key, lists.has_whitelist_key),
            (black_key if lists.has_blacklist_key else lower_key, lists.has_blacklist_key),
        ):
            if present:
                ctx.error(
                    f"{path}.{key}",
                    msg(
                        "R14.streamtypes_records_lists",
                        "streamTypes {stream_types} records {streams}, so {media} lists are not "
                        "allowed",
                        "remove {key}, or set streamTypes to 2",
                    ),
                    stream_types=stream_types,
                    streams=Term(STREAM_TYPE_NAMES[stream_types]),
                    media=media,
                    key=key,
                )
    if stream_types != 2 or snapshot_only:
        return
    for media, own, other in ((Term("audio"), audio, video), (Term("video"), video, audio)):
        if other.has_whitelist_key and not own.has_whitelist_key and not own.has_blacklist_key:
            key = LIST_KEYS[media][0]
            ctx.warn(
                f"{path}.{key}",
                msg(
                    "R14.list_set_will",
                    "only the {other} list is set, so no {media} will be recorded at all",
                    'add {key}: ["#allstream#"] to record everyone\'s {media}',
                ),
                other=Term("video" if media == "audio" else "audio"),
                media=media,
                key=key,
            )


def _distinct_uids(stream_types: int, audio: UidLists, video: UidLists) -> int | None:
    """Distinct subscribed UIDs across both media, or None when it cannot be counted."""
    used: list[tuple[UidLists, UidLists]] = []
    if stream_types in (0, 2):
        used.append((audio, video))
    if stream_types in (1, 2):
        used.append((video, audio))
    uids: set[str] = set()
    for own, other in used:
        if own.whitelist is not None:
            if ALL_STREAMS in own.whitelist:
                return None
            uids.update(u for u in own.whitelist if isinstance(u, str))
        elif own.has_whitelist_key or own.has_blacklist_key:
            return None  # malformed list, or everyone minus a blacklist: cannot count
        elif not (stream_types == 2 and other.has_whitelist_key):
            return None  # everyone is subscribed
        # else: only the other media has a list, so this media is not subscribed (§4.2)
    return len(uids)


def _group_for(count: int) -> int | None:
    for group, (_low, high) in UID_GROUP_BANDS.items():
        if count <= high:
            return group
    return None


def _check_uid_group(
    ctx: Ctx,
    config: Mapping[str, Any],
    path: str,
    stream_types: int,
    audio: UidLists,
    video: UidLists,
) -> None:
    """R12: individual mode must size its subscription with subscribeUidGroup."""
    group_path = f"{path}.subscribeUidGroup"
    count = _distinct_uids(stream_types, audio, video)
    needed = _group_for(count) if count else None
    if "subscribeUidGroup" not in config:
        missing = (
            msg(
                "R12.group_missing",
                "{mode} mode requires subscribeUidGroup (how many UIDs you subscribe)",
                "set it to {needed}",
            )
            if needed is not None
            else msg(
                "R12.group_missing_bands",
                "{mode} mode requires subscribeUidGroup (how many UIDs you subscribe)",
                "0 = 1–2 UIDs … 5 = 33–49 UIDs",
            )
        )
        ctx.error(group_path, missing, mode=Term(ctx.mode.value), needed=needed or 0)
        return
    group = as_int(config.get("subscribeUidGroup"))
    if group not in UID_GROUP_BANDS or count is None:
        return
    low, high = UID_GROUP_BANDS[group]
    if count > high:
        message = (
            msg(
                "R12.group_small",
                "subscribeUidGroup {group} covers {low}–{high} UIDs, but {count} distinct "
                "UIDs are subscribed across the audio and video lists",
                "set subscribeUidGroup to {needed}",
            )
            if needed is not None
            else msg(
                "R12.group_too_many",
                "subscribeUidGroup {group} covers {low}–{high} UIDs, but {count} distinct "
                "UIDs are subscribed across the audio and video lists",
                "subscribe at most 49 distinct UIDs",
            )
        )
        ctx.error(
            group_path, message, group=group, low=low, high=high, count=count, needed=needed or 0
        )


def _check_decryption(ctx: Ctx, config: Mapping[str, Any], path: str) -> None:
    """R15: a decryption mode needs its secret, GCM2 modes also a 32-byte Base64 salt."""
    mode = as_int(config.get("decryptionMode", 0))
    if mode is None:
        return
    secret, salt = config.get("secret"), config.get("salt")
    if mode != 0 and (secret is None or secret == ""):
        ctx.error(
            f"{path}.secret",
            msg(
                "R15.decryptionmode_needs_decryption",
                "decryptionMode {mode} needs the decryption secret your app uses",
                "enter the same encryption key the RTC SDK uses",
            ),
            mode=mode,
        )
    if mode in _DECRYPTION_WITH_SALT:
        if salt is None or salt == "":
            ctx.error(
                f"{path}.salt",
                msg(
                    "R15.decryptionmode_gcm_needs",
                    "decryptionMode {mode} (GCM2) needs the salt your app uses",
                    "enter the Base64 encoding of the 32-byte salt",
                ),
                mode=mode,
            )
    elif salt is not None:
        ctx.warn(
            f"{path}.salt",
            msg(
                "R15.salt_used_decryptionmode",
                "a salt is only used with decryptionMode 7 or 8, not {mode}",
                "remove the salt, or choose an AES-GCM2 mode",
            ),
            mode=mode,
        )
    if mode == 0 and secret is not None:
        ctx.warn(
            f"{path}.secret",
            msg(
                "R15.decryption_secret_given",
                "a decryption secret is given but decryptionMode is 0 (no decryption)",
                "set decryptionMode to match your app's encryption, or remove the secret",
            ),
        )
