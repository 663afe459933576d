"""``recstudio render`` (a frame or an MP4 of the mixed output) and ``recstudio cost``.

Light at import (``--help`` must stay fast): numpy, Pillow and PyAV load in the handlers.
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recstudio.render.cost import PriceList
    from recstudio.render.session import Session

EXIT_OK, EXIT_FAILED, EXIT_INPUT = 0, 1, 2
_MODES = ["individual", "mix", "web"]


def register(subparsers: Any) -> None:
    r = subparsers.add_parser(
        "render",
        help="draw the mixed output as Agora would: a PNG frame or an H.264 MP4",
        description=(
            "Compose the recording's output exactly as reference §4.3/§6 describe. FILE is "
            "a project (its rehearsal script and roster) or a start body. With no script, "
            "every bound or subscribed uid is present from 0 s with a test card."
        ),
    )
    r.add_argument("file", metavar="FILE", help="project or start body JSON")
    r.add_argument("--mode", choices=_MODES, default=None, help="for a body (default mix)")
    out = r.add_mutually_exclusive_group(required=True)
    out.add_argument("-o", "--output", metavar="PNG", help="write one frame (with --at)")
    out.add_argument("--video", metavar="MP4", help="write an H.264 MP4")
    r.add_argument("--at", type=float, default=0.0, metavar="SECONDS", help="frame time")
    r.add_argument(
        "--duration",
        type=float,
        default=None,
        metavar="SECONDS",
        help="video length (default: the rehearsal's duration)",
    )
    r.add_argument("--layout", metavar="NAME", default=None, help="start with this named layout")
    r.add_argument(
        "--source",
        action="append",
        default=[],
        metavar="UID=SPEC",
        help="participant source: #RRGGBB[@WxH], card[@WxH], an image or a video path",
    )
    r.set_defaults(func=_cmd_render)

    c = subparsers.add_parser(
        "cost",
        help="what a recording bills: tier by aggregate subscribed resolution",
        description=(
            "Price a project/body (its subscriptions and rehearsal) or explicit --stream "
            "sizes. Agora bills by the sum of the subscribed video streams, not the canvas."
        ),
    )
    c.add_argument("file", metavar="FILE", nargs="?", help="project or start body JSON")
    c.add_argument("--mode", choices=_MODES, default=None, help="for a body (default mix)")
    c.add_argument(
        "--stream", action="append", default=[], metavar="WxH", help="a subscribed video stream"
    )
    c.add_argument(
        "--hours", type=float, default=100.0, help="recorded hours per month (default 100)"
    )
    c.add_argument("--json", action="store_true", help="print JSON")
    c.set_defaults(func=_cmd_cost)


def _fail(message: str, code: int = EXIT_INPUT) -> int:
    from recstudio.model.problems import one_line  # messages quote values from the file

    print(f"recstudio: {one_line(message)}", file=sys.stderr)
    return code


def _load_session(file: str, mode: str | None, layout: str | None) -> Session | str:
    """The session of FILE, or an error message naming the cause."""
    from recstudio.model.jsontext import JsonSyntaxError, parse_json
    from recstudio.model.project import ProjectFormatError, project_from_data
    from recstudio.render.plan import PlanError
    from recstudio.render.session import Session
    from recstudio.render.timeline import TimelineError

    try:
        text = sys.stdin.read() if file == "-" else Path(file).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return f"cannot read {file}: {exc}"
    try:
        data = parse_json(text)
        if not isinstance(data, dict):
            return f"{file}: expected a JSON object"
        if "format_version" in data:
            project = project_from_data(data)
            if mode:
                from recstudio.model.enums import Mode

                project.mode = Mode(mode)
            return Session.from_project(project, layout=layout)
        if layout is not None:
            return "--layout needs a project (a body has only its own layout)"
        return Session.from_body(data, mode=mode or "mix")
    except JsonSyntaxError as exc:
        return f"{file}: not valid JSON: {exc}"
    except (ProjectFormatError, PlanError, TimelineError) as exc:
        return f"{file}: {exc}"


def _overrides(values: list[str]) -> dict[str, str] | str:
    out: dict[str, str] = {}
    for value in values:
        uid, sep, spec = value.partition("=")
        if not sep or not uid.strip() or not spec.strip():
            return f"--source must be UID=SPEC, not {value!r}"
        out[uid.strip()] = spec.strip()
    return out


def _cmd_render(args: argparse.Namespace) -> int:
    session = _load_session(args.file, args.mode, args.layout)
    if isinstance(session, str):
        return _fail(session)
    overrides = _overrides(args.source)
    if isinstance(overrides, str):
        return _fail(overrides)
    if not (math.isfinite(args.at) and args.at >= 0):
        return _fail(f"--at must be a number of seconds ≥ 0, not {args.at:g}")
    if args.duration is not None and not (math.isfinite(args.duration) and args.duration > 0):
        return _fail(f"--duration must be a number of seconds > 0, not {args.duration:g}")

    from recstudio.render.frames import FrameRenderer
    from recstudio.render.plan import PlanError
    from recstudio.render.sources import SourceError
    from recstudio.render.video import EncodeError, write_mp4

    def warn(message: str) -> None:
        from recstudio.model.problems import one_line

        print(f"warning: {one_line(message)}", file=sys.stderr)

    try:
        renderer = FrameRenderer(session, overrides, warn=warn)
        renderer.prepare()
        if args.output:
            from PIL import Image

            frame = renderer.frame(args.at)
            try:
                Image.fromarray(frame).save(args.output, format="PNG")
            except OSError as exc:
                return _fail(f"cannot write {args.output}: {exc}", EXIT_FAILED)
            c = session.canvas
            print(f"{args.output}: {c.width}×{c.height} at {args.at:g} s", file=sys.stderr)
            return EXIT_OK
        duration = args.duration or session.duration
        last = [-1]

        def progress(done: int, total: int) -> None:
            percent = done * 100 // total
            if percent != last[0]:
                last[0] = percent
                print(f"\rrendering {done}/{total} frames ({percent}%)", end="", file=sys.stderr)

        frames = write_mp4(args.video, session.canvas, renderer.frame, duration, progress=progress)
        c = session.canvas
        print(
            f"\n{args.video}: {frames} frames, {c.width}×{c.height} @ {c.fps} fps, "
            f"{c.bitrate_kbps} Kbps H.264, {duration:g} s",
            file=sys.stderr,
        )
        return EXIT_OK
    except (SourceError, PlanError) as exc:
        return _fail(str(exc))
    except EncodeError as exc:
        return _fail(str(exc), EXIT_FAILED)
    finally:
        if "renderer" in locals():
            renderer.close()


def configured_prices() -> PriceList:
    """The shipped price list with the user's ``cost_prices`` preference applied."""
    from recstudio.render.cost import DEFAULT_PRICES, with_prices
    from recstudio.settings.preferences import load_preferences

    overrides = load_preferences().cost_prices
    return with_prices(DEFAULT_PRICES, overrides) if overrides else DEFAULT_PRICES


def _cmd_cost(args: argparse.Namespace) -> int:
    from recstudio.render.cost import (
        TIER_LABELS,
        CostError,
        Estimate,
        estimate_session,
        estimate_streams,
        money,
        parse_stream,
    )

    if not (math.isfinite(args.hours) and args.hours >= 0):
        return _fail(f"--hours must be a number ≥ 0, not {args.hours:g}")
    try:
        prices = configured_prices()
    except CostError as exc:
        return _fail(f"preferences: {exc}")
    estimate: Estimate
    if args.stream:
        if args.file:
            return _fail("give FILE or --stream, not both")
        try:
            streams = [parse_stream(s) for s in args.stream]
        except CostError as exc:
            return _fail(str(exc))
        estimate = estimate_streams(streams, month_hours=args.hours, prices=prices)
    elif args.file:
        session = _load_session(args.file, args.mode, None)
        if isinstance(session, str):
            return _fail(session)
        from recstudio.render.plan import PlanError
        from recstudio.render.timeline import TimelineError

        try:
            estimate = estimate_session(session, month_hours=args.hours, prices=prices)
        except (PlanError, TimelineError) as exc:  # a layout only read at some moment
            return _fail(f"{args.file}: {exc}")
    else:
        return _fail("give FILE or at least one --stream WxH")
    if args.json:
        print(json.dumps(estimate.to_json(), indent=2))
        return EXIT_OK
    q = estimate.quote
    kind = "web page recording" if estimate.web else "recording"
    print(
        f"{TIER_LABELS[q.tier]} {kind}: {q.aggregate_pixels:,} px aggregate — "
        f"{money(q.usd_per_1000_minutes)} per 1,000 min, {money(q.usd_per_hour)} per hour"
    )
    if not args.stream:
        print(
            f"timeline {estimate.duration_s:g} s: {money(estimate.usd_timeline)} "
            + ", ".join(
                f"{TIER_LABELS.get(t, t)} {m:.2f} min" for t, m in estimate.minutes_by_tier.items()
            )
        )
    print(
        f"{estimate.month_hours:g} h a month: {money(estimate.usd_month)}, "
        f"{money(estimate.usd_month_after_free)} after {estimate.prices.free_minutes:,} free min"
    )
    for hint in estimate.hints:
        print(f"hint: {hint}")
    for note in estimate.notes:
        print(f"note: {note}")
    print(f"prices of {estimate.prices.date}: {estimate.prices.source}")
    return EXIT_OK
