"""The cost meter: what a recording bills, from the video streams it subscribes to.

Agora bills cloud recording by the *aggregate resolution of the subscribed video streams*
at each moment — not by the output canvas, whatever the mode — with idle or audio-only
time billed as audio (agora-2026.md §3). Prices are data (:class:`PriceList`) with their
date and source so preferences can replace them. Plain Python: no numpy, no Pillow.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recstudio.render.session import Session

#: Tier names in billing order (cheapest first); the free minutes are used up in this order.
TIERS: tuple[str, ...] = ("audio", "hd", "full_hd", "2k", "2k_plus")
TIER_LABELS = {"audio": "Audio", "hd": "HD", "full_hd": "Full HD", "2k": "2K", "2k_plus": "2K+"}
#: Upper bound of each video tier in aggregate pixels (§3: 1280×720, 1920×1080, 2560×1440,
#: 4096×2160). Above the 2K+ bound Agora publishes no tier; it is billed as 2K+ and hinted.
TIER_LIMITS: tuple[tuple[str, int], ...] = (
    ("hd", 1280 * 720),
    ("full_hd", 1920 * 1080),
    ("2k", 2560 * 1440),
    ("2k_plus", 4096 * 2160),
)
#: [analysis] The Agora SDKs' default low stream (SimulcastStreamConfig) is 160×120; a
#: sender can configure another, which this figure cannot know.
LOW_STREAM_SIZE = (160, 120)


@dataclass(frozen=True, slots=True)
class PriceList:
    """US$ per 1,000 minutes per tier, web page recording by output, free minutes."""

    recording: Mapping[str, float]
    web: Mapping[str, float]
    free_minutes: int
    date: str
    source: str

    def per_1000(self, tier: str, *, web: bool = False) -> float:
        return float((self.web if web else self.recording)[tier])


#: agora-2026.md §3 (EN pricing page, Docs-Source cloud-recording/overview/pricing.md and
#: pricing-webpage-recording.md, last_update 2024-12-24).
DEFAULT_PRICES = PriceList(
    recording={"audio": 1.49, "hd": 5.99, "full_hd": 13.49, "2k": 23.99, "2k_plus": 53.99},
    web={"hd": 14.0, "full_hd": 28.0},
    free_minutes=10_000,
    date="2024-12-24",
    source="https://docs.agora.io/en/cloud-recording/billing_cloud_recording",
)


class CostError(ValueError):
    """Input the meter cannot price (the message names it)."""


@dataclass(frozen=True, slots=True)
class Stream:
    """A subscribed video stream; ``uid`` None for streams given on the command line."""

    width: int
    height: int
    uid: str | None = None

    @property
    def pixels(self) -> int:
        return self.width * self.height

    def label(self) -> str:
        size = f"{self.width}×{self.height}"
        return size if self.uid is None else f"uid {self.uid} {size}"


def parse_stream(text: str) -> Stream:
    """``WxH`` (or ``UID=WxH``) → Stream; bad input names the argument."""
    uid, sep, size = text.partition("=")
    if not sep:
        uid, size = "", text
    w, x, h = size.lower().replace("×", "x").partition("x")
    if not x or not w.strip().isdigit() or not h.strip().isdigit():
        raise CostError(f"--stream must be WIDTHxHEIGHT (e.g. 1280x720), not {text!r}")
    width, height = int(w), int(h)
    if width <= 0 or height <= 0:
        raise CostError(f"--stream {text!r}: width and height must be positive")
    return Stream(width, height, uid or None)


def tier_for(pixels: int) -> str:
    """The billing tier of an aggregate resolution (0 pixels: audio)."""
    if pixels <= 0:
        return "audio"
    for tier, limit in TIER_LIMITS:
        if pixels <= limit:
            return tier
    return "2k_plus"


def web_tier_for(width: int, height: int) -> str:
    """Web page recording: billed by output resolution (≤ 1280×720 HD, else Full HD)."""
    return "hd" if width * height <= 1280 * 720 else "full_hd"


def money(value: float) -> str:
    return f"${value:,.2f}"


@dataclass(frozen=True, slots=True)
class Quote:
    """The price of one moment's subscriptions."""

    tier: str
    aggregate_pixels: int
    usd_per_1000_minutes: float
    streams: tuple[Stream, ...] = ()
    web: bool = False

    @property
    def usd_per_minute(self) -> float:
        return self.usd_per_1000_minutes / 1000

    @property
    def usd_per_hour(self) -> float:
        return self.usd_per_minute * 60

    def to_json(self) -> dict[str, Any]:
        return {
            "tier": self.tier,
            "aggregate_pixels": self.aggregate_pixels,
            "usd_per_1000_minutes": self.usd_per_1000_minutes,
            "usd_per_hour": round(self.usd_per_hour, 4),
            "streams": [{"uid": s.uid, "width": s.width, "height": s.height} for s in self.streams],
        }


def quote(streams: Iterable[Stream], prices: PriceList = DEFAULT_PRICES) -> Quote:
    chosen = tuple(streams)
    pixels = sum(s.pixels for s in chosen)
    tier = tier_for(pixels)
    return Quote(tier, pixels, prices.per_1000(tier), chosen)


def web_quote(width: int, height: int, prices: PriceList = DEFAULT_PRICES) -> Quote:
    tier = web_tier_for(width, height)
    return Quote(tier, width * height, prices.per_1000(tier, web=True), web=True)


@dataclass(frozen=True, slots=True)
class Estimate:
    """A quote at the start plus what the whole timeline and a month of it cost."""

    quote: Quote
    minutes_by_tier: dict[str, float]
    usd_timeline: float
    month_hours: float
    usd_month: float
    usd_month_after_free: float
    hints: tuple[str, ...]
    prices: PriceList
    web: bool = False
    duration_s: float = 0.0
    notes: tuple[str, ...] = field(default=())

    def to_json(self) -> dict[str, Any]:
        return {
            **self.quote.to_json(),
            "web_page_recording": self.web,
            "timeline_seconds": self.duration_s,
            "minutes_by_tier": {k: round(v, 3) for k, v in self.minutes_by_tier.items()},
            "usd_timeline": round(self.usd_timeline, 4),
            "month_hours": self.month_hours,
            "usd_month": round(self.usd_month, 2),
            "usd_month_after_free_minutes": round(self.usd_month_after_free, 2),
            "free_minutes": self.prices.free_minutes,
            "hints": list(self.hints),
            "notes": list(self.notes),
            "prices": {"date": self.prices.date, "source": self.prices.source},
        }


def month_cost(
    minutes_by_tier: Mapping[str, float], prices: PriceList, *, web: bool = False
) -> tuple[float, float]:
    """(before, after) the free minutes: seconds summed per tier, rounded up to whole
    minutes, free minutes deducted in the fixed order (audio first, §3)."""
    whole = {t: math.ceil(round(m * 60, 6) / 60) for t, m in minutes_by_tier.items() if m > 0}
    before = sum(prices.per_1000(t, web=web) / 1000 * m for t, m in whole.items())
    free = prices.free_minutes
    after = 0.0
    order = [t for t in TIERS if t in whole] + [t for t in whole if t not in TIERS]
    for tier in order:
        billable = max(0, whole[tier] - free)
        free = max(0, free - whole[tier])
        after += prices.per_1000(tier, web=web) / 1000 * billable
    return before, after


def price_timeline(
    segments: Sequence[tuple[float, Quote]], prices: PriceList
) -> tuple[dict[str, float], float]:
    """(minutes per tier, US$) of (seconds, quote) segments."""
    minutes: dict[str, float] = {}
    usd = 0.0
    for seconds, q in segments:
        minutes[q.tier] = minutes.get(q.tier, 0.0) + seconds / 60
        usd += q.usd_per_minute * seconds / 60
    return minutes, usd


# --------------------------------------------------------------------------- hints


def tier_hints(q: Quote, shown: Sequence[str], prices: PriceList) -> list[str]:
    """Sentences naming what would drop the tier, and subscribed streams nobody sees."""
    hints: list[str] = []
    if q.aggregate_pixels > TIER_LIMITS[-1][1]:
        hints.append(
            f"{q.aggregate_pixels:,} px is above the largest published tier (2K+, "
            f"{TIER_LIMITS[-1][1]:,} px): priced as 2K+, check with Agora"
        )
    for stream in q.streams:
        if stream.uid is not None and stream.uid not in shown:
            rest = quote([s for s in q.streams if s is not stream], prices)
            hint = f"uid {stream.uid} has no region but is subscribed: it costs without showing"
            if rest.tier != q.tier:
                hint += f"; unsubscribing it moves this {_move(q, rest)}"
            hints.append(hint)
    if q.tier in ("audio", "hd"):
        return hints
    for stream in sorted(q.streams, key=lambda s: -s.pixels):
        if stream.uid is None or stream.pixels <= LOW_STREAM_SIZE[0] * LOW_STREAM_SIZE[1]:
            continue
        low = Stream(*LOW_STREAM_SIZE, stream.uid)
        dropped = quote([low if s is stream else s for s in q.streams], prices)
        if dropped.tier != q.tier:
            hints.append(
                f"subscribing to the low stream of uid {stream.uid} moves this "
                f"{_move(q, dropped)} (videoStreamType 1 applies to every uid)"
            )
    return hints


def _move(a: Quote, b: Quote) -> str:
    return (
        f"from {TIER_LABELS[a.tier]} to {TIER_LABELS[b.tier]}: "
        f"{money(a.usd_per_1000_minutes)} → {money(b.usd_per_1000_minutes)} per 1,000 min"
    )


# --------------------------------------------------------------------------- sessions


def _spec_size(spec: str | None) -> tuple[int, int] | None:
    """Size named by a ``#RRGGBB@WxH`` / ``card@WxH`` spec, without loading any file."""
    if spec is None or "@" not in spec:
        return None
    head, _, size = spec.rpartition("@")
    if not (head.startswith("#") or head == "card"):
        return None
    try:
        s = parse_stream(size)
    except CostError:
        return None
    return s.width, s.height


def streams_at(
    session: Session,
    t: float,
    sizes: Mapping[str, tuple[int, int]] | None = None,
) -> list[Stream]:
    """Video streams the recorder subscribes to at ``t``: users present and sending
    video, subscribed, and among the first 17 in mix mode (§4.2)."""
    from recstudio.layout.regions import MAX_REGIONS

    specs = session.source_specs()
    out: list[Stream] = []
    users = session.users_at(t)
    if session.mode == "mix":
        users = users[:MAX_REGIONS]
    for user in users:
        if not user.video:
            continue
        size = (sizes or {}).get(user.uid) or _spec_size(specs.get(user.uid))
        size = size or session.roster_sizes.get(user.uid) or (1280, 720)
        if session.video_stream_type == 1:
            size = LOW_STREAM_SIZE
        out.append(Stream(size[0], size[1], user.uid))
    return out


def estimate_session(
    session: Session,
    *,
    prices: PriceList = DEFAULT_PRICES,
    month_hours: float = 100.0,
    sizes: Mapping[str, tuple[int, int]] | None = None,
) -> Estimate:
    """Quote at 0 s, the timeline priced segment by segment (to the idle exit), and a month
    of ``month_hours`` hours with the same mix of tiers."""
    from recstudio.render.timeline import idle_exit

    end = session.duration
    exit_at = idle_exit(session.rehearsal, session.exit_rule)
    notes: list[str] = []
    if exit_at is not None and exit_at < end:
        notes.append(f"the recorder exits at {exit_at:g} s (maxIdleTime): billed up to there")
        end = exit_at
    if session.mode == "web":
        q = web_quote(session.canvas.width, session.canvas.height, prices)
        segments = [(end, q)]
        shown: Sequence[str] = ()
        hints: list[str] = []
        notes.append("web page recording is billed by output resolution")
    else:
        times = sorted({0.0, *(e.at for e in session.rehearsal.events if e.at < end)})
        segments = []
        for start, stop in zip(times, [*times[1:], end], strict=True):
            if stop > start:
                segments.append((stop - start, quote(streams_at(session, start, sizes), prices)))
        q = quote(streams_at(session, 0.0, sizes), prices)
        shown = session.plan_at(0.0).shown_uids
        hints = tier_hints(q, shown, prices)
        if session.video_stream_type == 1:
            notes.append(
                f"videoStreamType 1: streams priced at the SDK default low stream "
                f"{LOW_STREAM_SIZE[0]}×{LOW_STREAM_SIZE[1]}"
            )
    minutes, usd = price_timeline(segments, prices)
    total_min = sum(minutes.values())
    scale = (month_hours * 60 / total_min) if total_min > 0 else 0.0
    month = {tier: m * scale for tier, m in minutes.items()}
    before, after = month_cost(month, prices, web=session.mode == "web")
    return Estimate(
        quote=q,
        minutes_by_tier=minutes,
        usd_timeline=usd,
        month_hours=month_hours,
        usd_month=before,
        usd_month_after_free=after,
        hints=tuple(hints),
        prices=prices,
        web=session.mode == "web",
        duration_s=end,
        notes=tuple(notes),
    )


def estimate_streams(
    streams: Sequence[Stream], *, prices: PriceList = DEFAULT_PRICES, month_hours: float = 100.0
) -> Estimate:
    """``recstudio cost --stream …``: one constant set of streams for an hour and a month."""
    q = quote(streams, prices)
    minutes = {q.tier: 60.0}
    before, after = month_cost({q.tier: month_hours * 60}, prices)
    return Estimate(
        quote=q,
        minutes_by_tier=minutes,
        usd_timeline=q.usd_per_hour,
        month_hours=month_hours,
        usd_month=before,
        usd_month_after_free=after,
        hints=tuple(tier_hints(q, [s.uid for s in streams if s.uid], prices)),
        prices=prices,
        duration_s=3600.0,
    )


def with_prices(prices: PriceList, overrides: Mapping[str, Any]) -> PriceList:
    """Preferences may replace single prices: ``{"recording": {"hd": 6.5}, "date": …}``."""
    for key, known in (("recording", TIERS), ("web", ("hd", "full_hd"))):
        table = overrides.get(key) or {}
        if not isinstance(table, Mapping):
            raise CostError(f"cost_prices.{key} must be an object of tier → US$ per 1,000 min")
        unknown = sorted(set(table) - set(known))
        if unknown:
            raise CostError(
                f"cost_prices.{key}: unknown tier {', '.join(unknown)}; known: {', '.join(known)}"
            )
    recording = {**prices.recording, **(overrides.get("recording") or {})}
    web = {**prices.web, **(overrides.get("web") or {})}
    for table in (recording, web):
        for tier, value in table.items():
            if isinstance(value, bool) or not isinstance(value, int | float) or value < 0:
                raise CostError(f"price of {tier} must be a number ≥ 0, not {value!r}")
    free = overrides.get("free_minutes", prices.free_minutes)
    if isinstance(free, bool) or not isinstance(free, int) or free < 0:
        raise CostError(f"cost_prices.free_minutes must be a whole number ≥ 0, not {free!r}")
    return replace(
        prices,
        recording=recording,
        web=web,
        free_minutes=free,
        date=str(overrides.get("date", prices.date)),
        source=str(overrides.get("source", prices.source)),
    )
