"""The doctor's storage check: run the storage pre-flight against the recording's bucket.

The request log keeps start bodies redacted, so the keys the recording used are never in
the ledger database; the check needs the project that started it (its keys come from the
keyring). The project's storageConfig is only trusted for this recording when it names
the same vendor, region, bucket and prefix as the start that was logged — otherwise the
check would judge another bucket and the doctor would blame the wrong thing.

Blocking network I/O with the pre-flight's bounded timeouts: call it where
:meth:`DoctorInput.gather` runs (a worker, or the CLI), never on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from recstudio.storage.preflight import PreflightReport

#: the storageConfig fields that say *which* bucket (the keys say who may write)
_WHERE = ("vendor", "region", "bucket", "fileNamePrefix")


@dataclass(frozen=True, slots=True)
class StorageCheck:
    """The pre-flight's report, or why no check ran (``skipped``)."""

    report: PreflightReport | None
    skipped: str = ""

    @property
    def failed(self) -> bool:
        return self.report is not None and not self.report.ok

    @property
    def passed(self) -> bool:
        return self.report is not None and self.report.ok

    def summary(self) -> str:
        if self.report is None:
            return f"storage not checked: {self.skipped}"
        return "storage check " + ("passed" if self.report.ok else "failed")

    def to_json(self) -> dict[str, Any]:
        if self.report is None:
            return {"ran": False, "skipped": self.skipped}
        return {
            "ran": True,
            "ok": self.report.ok,
            "target": self.report.target,  # describe(): no keys
            "steps": [
                {"name": s.name, "outcome": s.outcome, "message": s.message, "field": s.field}
                for s in self.report.steps
            ],
        }


def choose_config(logged: Any, project: Any) -> tuple[Any, str]:
    """(the storageConfig to check, "") or (None, why not): the project's keys, but only
    for the bucket the logged start used."""
    if not isinstance(project, Mapping):
        if isinstance(logged, Mapping):
            return None, ("the logged start body has its storage keys redacted; give the "
                          "project that started it (--project) to check the bucket")  # fmt: skip
        return None, "no storageConfig is known for this recording"
    if isinstance(logged, Mapping):
        differ = [k for k in _WHERE if logged.get(k) != project.get(k)]
        if differ:
            return None, ("the project's storageConfig names another bucket than the "
                          f"recording used ({', '.join(differ)} differ)")  # fmt: skip
    return project, ""


def check_storage(
    logged: Any,
    project: Any,
    *,
    acquire_region: str | None = None,
    endpoint_url: str | None = None,
) -> StorageCheck:
    config, why = choose_config(logged, project)
    if config is None:
        return StorageCheck(None, why)
    from recstudio.storage.preflight import run_preflight

    report = run_preflight(config, acquire_region=acquire_region, endpoint_url=endpoint_url)
    # a vendor's message may quote what it was given: no key reaches evidence or bundles
    secrets = [str(config.get(k)) for k in ("accessKey", "secretKey", "stsToken")
               if isinstance(config.get(k), str) and len(config[k]) >= 4]  # fmt: skip
    report.steps = [replace(step, message=_scrub(step.message, secrets)) for step in report.steps]
    return StorageCheck(report)


def _scrub(text: str, secrets: list[str]) -> str:
    for secret in secrets:
        text = text.replace(secret, "***")
    return text
