"""Pre-flight check: can Agora's recorder upload to this storageConfig, and will the files
be where the user expects them?

Agora only finds out at upload time, minutes into a recording (uploader error 32, or files
in Agora's backup). Writing one probe object under the ``fileNamePrefix`` path with the
same keys answers the question before Start. Agora recommends a write-only key, so a
denied read, list or delete is a pass with a note, never a failure.
"""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Literal

from recstudio.storage.errors import StorageError
from recstudio.storage.target import StorageConfigError, StorageTarget, target_from_config

Outcome = Literal["pass", "warn", "fail", "skip"]

MAX_PREFIX_CHARS = 128  # R26
_PREFIX_PART = re.compile(r"^[A-Za-z0-9]+$")
#: S3 rejects requests signed more than 15 min off; warn well before that.
SKEW_WARN_S = 300.0
SKEW_FAIL_S = 900.0
PROBE_NAME = "recstudio-preflight-{}.txt"
WRITE_ONLY_NOTE = "expected with the write-only key Agora recommends"


@dataclass(frozen=True, slots=True)
class Step:
    name: str
    outcome: Outcome
    message: str
    field: str | None = None

    def line(self) -> str:
        where = f" [fix: {self.field}]" if self.field and self.outcome == "fail" else ""
        return f"  {self.outcome.upper():<4} {self.name}: {self.message}{where}"


@dataclass
class PreflightReport:
    target: dict[str, object]
    steps: list[Step] = field(default_factory=list)
    probe_key: str | None = None

    @property
    def ok(self) -> bool:
        return not any(s.outcome == "fail" for s in self.steps)

    @property
    def failures(self) -> list[Step]:
        return [s for s in self.steps if s.outcome == "fail"]

    def add(self, name: str, outcome: Outcome, message: str, field: str | None = None) -> Step:
        step = Step(name, outcome, message, field)
        self.steps.append(step)
        return step

    def summary(self) -> str:
        if self.ok:
            return "ready: Agora's recorder can upload to this bucket with these keys"
        first = self.failures[0]
        return f"not ready: {first.name} failed" + (f" (fix {first.field})" if first.field else "")

    def text(self) -> str:
        head = "storage check:" + (
            f" vendor {self.target.get('vendor')} bucket {self.target.get('bucket')!r}, "
            f"region {self.target.get('region')}"
            if self.target
            else " the storageConfig cannot be used"
        )
        return "\n".join([head, *(s.line() for s in self.steps), self.summary()])


def check_prefix(prefix: tuple[str, ...]) -> Step:
    """R26: letters and digits per folder, at most 128 characters with the slashes."""
    joined = "/".join(prefix)
    bad = [p for p in prefix if not _PREFIX_PART.match(p)]
    where = "storageConfig.fileNamePrefix"
    if bad:
        return Step(
            "prefix valid (R26)",
            "fail",
            f"folder name(s) {', '.join(repr(b) for b in bad)} may only use A–Z, a–z and 0–9 "
            "(no '/', '_', '-', spaces or dots); Agora rejects the start",
            where,
        )
    if len(joined) > MAX_PREFIX_CHARS:
        return Step(
            "prefix valid (R26)",
            "fail",
            f"the folder path has {len(joined)} characters; at most {MAX_PREFIX_CHARS}",
            where,
        )
    shown = joined + "/" if joined else "(bucket root)"
    return Step("prefix valid (R26)", "pass", f"files go under {shown}")


def check_geography(vendor: int, region: int, acquire_region: str | None) -> Step | None:
    """Reference §4.6 / R7: the bucket must be in the recording region's geography."""
    from recstudio.model.rules.storage import area_of, region_name

    area = area_of(vendor, region)
    name = region_name(vendor, region) or f"region {region}"
    if acquire_region is None or area is None:
        return None
    if area == acquire_region:
        return Step("geography", "pass", f"bucket region {name} is in {area}, as the recording")
    return Step(
        "geography",
        "fail",
        f"the bucket region {name} is in {area} but the recording region (acquire "
        f"clientRequest.region) is {acquire_region}; Agora uploads across geographies slowly "
        "or not at all",
        "storageConfig.region",
    )


def _failure(report: PreflightReport, name: str, error: StorageError) -> None:
    """A failed write: each cause gets its own words and field (issue 15 §2)."""
    words = {
        "bad_access_key": "wrong access key: " + error.message,
        "bad_secret": "wrong secret key: " + error.message,
        "no_bucket": "missing bucket: " + error.message,
        "wrong_region": "wrong region: " + error.message,
        "clock_skew": "clock skew: " + error.message,
        "denied": "write denied: this key cannot upload; Agora needs at least PutObject "
        "on the prefix (" + error.message + ")",
        "unreachable": "unreachable: " + error.message,
    }.get(error.kind, error.message)
    report.add(
        name, "fail", words, error.field or ("system clock" if error.kind == "clock_skew" else None)
    )


def _clock_step(bucket_time: float | None, local_time: float | None) -> Step | None:
    if bucket_time is None or local_time is None:
        return None
    skew = local_time - bucket_time
    size = abs(skew)
    way = "ahead of" if skew > 0 else "behind"
    if size >= SKEW_FAIL_S:
        return Step(
            "clock",
            "fail",
            f"this computer's clock is {size:.0f} s {way} the storage service's; signed "
            "requests more than 15 min off are rejected — fix the system time",
            "system clock",
        )
    if size >= SKEW_WARN_S:
        return Step("clock", "warn", f"this computer's clock is {size:.0f} s {way} the service's")
    return Step("clock", "pass", f"within {max(size, 1.0):.0f} s of the storage service")


def run_preflight(
    storage_config: object,
    *,
    acquire_region: str | None = None,
    endpoint_url: str | None = None,
    clock: Callable[[], float] = time.time,
) -> PreflightReport:
    """Check ``storage_config`` against the real bucket. Blocking network I/O with bounded
    timeouts: call it off the GUI thread."""
    try:
        target = target_from_config(storage_config)
    except StorageConfigError as exc:
        report = PreflightReport({})
        report.add("storage config", "fail", str(exc), exc.field)
        return report
    report = PreflightReport(target.describe())
    report.steps.append(check_prefix(target.prefix))
    geo = check_geography(target.vendor, target.region, acquire_region)
    if geo is not None:
        report.steps.append(geo)
    if not report.ok:
        return report
    _probe(report, target, endpoint_url, clock)
    return report


def _probe(
    report: PreflightReport,
    target: StorageTarget,
    endpoint_url: str | None,
    clock: Callable[[], float],
) -> None:
    from recstudio.storage.opener import open_bucket

    try:
        bucket = open_bucket(target, endpoint_url=endpoint_url)
    except StorageError as exc:
        _failure(report, "bucket reachable", exc)
        return
    key = target.prefix_path + PROBE_NAME.format(uuid.uuid4().hex[:12])
    payload = f"recstudio pre-flight probe {uuid.uuid4().hex}\n".encode()
    report.probe_key = key
    try:
        try:
            bucket.put(key, payload)
        except StorageError as exc:
            _failure(report, "write allowed", exc)
            _add_clock(report, bucket, clock)
            return
        report.add("bucket reachable", "pass", f"wrote the probe object {key}")
        report.add("write allowed", "pass", "the key can upload under the prefix")
        _region(report, bucket, target)
        try:
            if bucket.get(key) == payload:
                report.add("read back", "pass", "the probe reads back unchanged")
            else:
                report.add("read back", "warn", "the probe read back different bytes")
        except StorageError as exc:
            if exc.kind != "denied":
                raise
            report.add("read back", "pass", f"read denied — {WRITE_ONLY_NOTE}")
        try:
            bucket.delete(key)
            report.add("delete", "pass", "the probe was deleted")
            report.probe_key = None
        except StorageError as exc:
            if exc.kind != "denied":
                raise
            report.add(
                "delete",
                "pass",
                f"list/delete denied — {WRITE_ONLY_NOTE}; the probe {key} stays (a few bytes)",
            )
        _add_clock(report, bucket, clock)
    except StorageError as exc:
        _failure(report, "storage call", exc)
    finally:
        bucket.close()


def _region(report: PreflightReport, bucket: object, target: StorageTarget) -> None:
    """Compare the bucket's real region with the one storageConfig names (S3 vendors)."""
    from recstudio.storage.endpoints import S3_COMPATIBLE

    if target.vendor in (5, 6, S3_COMPATIBLE):
        return  # Azure, Google and vendor 11 ignore the region number
    expected = getattr(getattr(bucket, "endpoint", None), "signing_region", None)
    try:
        actual = bucket.bucket_region()  # type: ignore[attr-defined]
    except StorageError as exc:
        if exc.kind == "denied":
            report.add("region matches", "pass", f"not confirmed: list denied — {WRITE_ONLY_NOTE}")
            return
        if exc.kind == "wrong_region":
            _failure(report, "region matches", exc)
            return
        raise
    if actual is None or expected is None or actual == expected:
        report.add("region matches", "pass", f"the bucket is in {actual or expected}")
        return
    report.add(
        "region matches",
        "fail",
        f"wrong region: the bucket is in {actual} but storageConfig.region "
        f"{target.region} means {expected}",
        "storageConfig.region",
    )


def _add_clock(report: PreflightReport, bucket: object, clock: Callable[[], float]) -> None:
    server = getattr(bucket, "last_server_time", None)
    local_seen = getattr(bucket, "last_local_time", None)
    if server is None or local_seen is None:
        return
    # the clock we judge is ``clock`` (tests move it); shift it to when the reply came
    step = _clock_step(server, clock() - (time.time() - local_seen))
    if step is not None:
        report.steps.append(step)
