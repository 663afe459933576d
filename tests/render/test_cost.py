"""Cost meter tests from the pricing page (agora-2026.md §3): its worked example and every
tier boundary, the free minutes, idle as audio, web page recording by output size."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from recstudio.model.project import new_project
from recstudio.render.cost import (
    DEFAULT_PRICES,
    CostError,
    Stream,
    estimate_session,
    month_cost,
    parse_stream,
    quote,
    tier_for,
    with_prices,
)
from recstudio.render.session import Session


def test_the_pricing_pages_worked_example() -> None:
    # A 640×360 + B 1280×720 + C 960×720 = 1,843,200 → Full HD
    abc = [Stream(640, 360), Stream(1280, 720), Stream(960, 720)]
    q = quote(abc)
    assert (q.aggregate_pixels, q.tier, q.usd_per_1000_minutes) == (1_843_200, "full_hd", 13.49)
    # adding D 1920×1080 → 3,916,800 → 2K+
    q = quote([*abc, Stream(1920, 1080)])
    assert (q.aggregate_pixels, q.tier, q.usd_per_1000_minutes) == (3_916_800, "2k_plus", 53.99)


@pytest.mark.parametrize(
    ("pixels", "tier"),
    [
        (0, "audio"),
        (1, "hd"),
        (921_600, "hd"),
        (921_601, "full_hd"),
        (2_073_600, "full_hd"),
        (2_073_601, "2k"),
        (3_686_400, "2k"),
        (3_686_401, "2k_plus"),
        (8_847_360, "2k_plus"),
    ],
)
def test_every_tier_boundary(pixels: int, tier: str) -> None:
    assert tier_for(pixels) == tier


def test_streams_at_each_boundary_resolution() -> None:
    assert quote([Stream(1280, 720)]).tier == "hd"
    assert quote([Stream(1920, 1080)]).tier == "full_hd"
    assert quote([Stream(2560, 1440)]).tier == "2k"
    assert quote([Stream(4096, 2160)]).tier == "2k_plus"
    assert quote([]).tier == "audio" and quote([]).usd_per_1000_minutes == 1.49


def test_per_hour_is_sixty_minutes_of_the_per_1000_price() -> None:
    assert quote([Stream(1280, 720)]).usd_per_hour == pytest.approx(5.99 * 60 / 1000)


def test_free_minutes_go_to_audio_first_then_upward() -> None:
    # 4,000 audio + 9,000 HD minutes: 10,000 free covers all audio and 6,000 HD
    before, after = month_cost({"audio": 4000, "hd": 9000}, DEFAULT_PRICES)
    assert before == pytest.approx(4000 * 1.49 / 1000 + 9000 * 5.99 / 1000)
    assert after == pytest.approx(3000 * 5.99 / 1000)


def test_seconds_round_up_to_whole_minutes_per_tier() -> None:
    before, _ = month_cost({"hd": 10.01}, DEFAULT_PRICES)
    assert before == pytest.approx(11 * 5.99 / 1000)


def test_bad_stream_text_is_a_clear_error() -> None:
    assert parse_stream("1280x720") == Stream(1280, 720)
    assert parse_stream("1002=640x360") == Stream(640, 360, "1002")
    with pytest.raises(CostError, match="WIDTHxHEIGHT"):
        parse_stream("big")


def test_prices_can_be_replaced_with_their_date() -> None:
    prices = with_prices(DEFAULT_PRICES, {"recording": {"hd": 7.0}, "date": "2027-01-01"})
    assert quote([Stream(1280, 720)], prices).usd_per_1000_minutes == 7.0
    assert prices.date == "2027-01-01"
    with pytest.raises(CostError, match="price of hd"):
        with_prices(DEFAULT_PRICES, {"recording": {"hd": "cheap"}})


def _project(rehearsal: dict, **recording: object):
    p = new_project()
    p.start["recordingConfig"].update(recording)
    p.layouts["Main"] = {"mixedVideoLayout": 3, "layoutConfig": [
        {"uid": "1001", "x_axis": 0, "y_axis": 0, "width": 0.5, "height": 1},
        {"uid": "1002", "x_axis": 0.5, "y_axis": 0, "width": 0.5, "height": 1},
    ]}  # fmt: skip
    p.rehearsal = rehearsal
    return p


def test_a_subscribed_uid_without_a_region_is_named_and_a_low_stream_hint_drops_the_tier() -> None:
    events = [
        {"at": 0, "kind": "join", "uid": "1001", "source": "card@1280x720"},
        {"at": 0, "kind": "join", "uid": "1002", "source": "card@1920x1080"},
        {"at": 0, "kind": "join", "uid": "1005", "source": "card@1280x720"},
    ]
    est = estimate_session(Session.from_project(_project({"duration": 60, "events": events})))
    # 921,600 + 2,073,600 + 921,600 = 3,916,800 → 2K+
    assert est.quote.tier == "2k_plus"
    assert any("uid 1005 has no region but is subscribed" in h for h in est.hints)
    # uid 1002 at the 160×120 low stream: 921,600 + 19,200 + 921,600 = 1,862,400 → Full HD
    assert any(
        "subscribing to the low stream of uid 1002 moves this from 2K+ to Full HD: "
        "$53.99 → $13.49 per 1,000 min" in h
        for h in est.hints
    )


def test_timeline_bills_idle_as_audio_and_stops_at_the_idle_exit() -> None:
    events = [
        {"at": 0, "kind": "join", "uid": "1001"},
        {"at": 60, "kind": "video_off", "uid": "1001"},
        {"at": 120, "kind": "leave", "uid": "1001"},
    ]
    p = _project({"duration": 600, "events": events}, maxIdleTime=30)
    est = estimate_session(Session.from_project(p))
    # 60 s HD, then 60 s audio-only + 30 s idle (audio) until the exit at 150 s
    assert est.duration_s == 150
    assert est.minutes_by_tier == pytest.approx({"hd": 1.0, "audio": 1.5})
    assert est.usd_timeline == pytest.approx(5.99 / 1000 + 1.5 * 1.49 / 1000)


def test_web_page_recording_is_billed_by_output_resolution() -> None:
    from recstudio.model.enums import Mode

    p = new_project(Mode.WEB)
    est = estimate_session(Session.from_project(p))
    assert (est.quote.tier, est.quote.usd_per_1000_minutes) == ("hd", 14.0)
    param = p.start["extensionServiceConfig"]["extensionServices"][0]["serviceParam"]
    param.update(videoWidth=1920, videoHeight=1080)
    assert estimate_session(Session.from_project(p)).quote.usd_per_1000_minutes == 28.0


def test_cli_cost_streams_json() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "recstudio", "cost", "--stream", "640x360", "--stream",
         "1280x720", "--stream", "960x720", "--stream", "1920x1080", "--json"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    data = json.loads(out)
    assert (data["tier"], data["aggregate_pixels"], data["usd_per_1000_minutes"]) == (
        "2k_plus",
        3_916_800,
        53.99,
    )


def test_cli_cost_bad_stream_names_the_argument() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "recstudio", "cost", "--stream", "wide"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 2 and "--stream must be WIDTHxHEIGHT" in proc.stderr


def test_cli_cost_uses_the_cost_prices_preference(_private_home) -> None:
    from recstudio.settings.preferences import Preferences, save_preferences

    save_preferences(Preferences(cost_prices={"recording": {"hd": 7.25}, "date": "2027-01-01"}))
    out = subprocess.run(
        [sys.executable, "-m", "recstudio", "cost", "--stream", "1280x720", "--json"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    data = json.loads(out)
    assert data["usd_per_1000_minutes"] == 7.25 and data["prices"]["date"] == "2027-01-01"
    save_preferences(Preferences(cost_prices={"recording": {"4k": 1}}))
    proc = subprocess.run(
        [sys.executable, "-m", "recstudio", "cost", "--stream", "1280x720"],
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc.returncode == 2 and "unknown tier 4k" in proc.stderr


def test_without_a_script_a_too_long_subscribe_list_joins_only_what_r13_allows() -> None:
    """A 10 MB body of 700k UIDs is not a channel of 700k people (issue 12): the rehearsal
    joins the layout's uids and the first 32 subscribed, as many as Agora could take."""
    uids = [str(5000 + n) for n in range(1000)]
    session = Session.from_project(_project({}, subscribeAudioUids=uids))
    joined = {e.uid for e in session.rehearsal.events}
    assert joined == {"1001", "1002", *uids[:32]}
    assert not session.subscription.audio_allow or "5999" in session.subscription.audio_allow
