"""One call for "verify this recording's files": open the bucket, build the receipt, keep
it in the ledger database. Shared by ``record verify`` and the recordings panel so both
give the same verdict for the same facts. Blocking network I/O: off the GUI thread."""

from __future__ import annotations

from typing import Any

from recstudio.storage.receipt import Receipt, build_receipt
from recstudio.storage.target import target_from_config


def recording_facts(
    sid: str, *, files: Any = None, stopped_at: float | None = None
) -> dict[str, Any]:
    """What the ledger and the last stop say about ``sid``: file list, uploadingStatus,
    when it stopped (``files``/``stopped_at`` from the caller win where given)."""
    from recstudio.api.ledger import Ledger
    from recstudio.storage.receipt_store import ReceiptStore

    facts: dict[str, Any] = {}
    entry = Ledger().find_sid(sid)
    if entry is not None:
        facts["expected_files"] = list(entry.files)
        if entry.state == "stopped":
            facts["stopped_at"] = entry.updated_at
            facts["elapsed_s"] = max(0.0, entry.updated_at - entry.created_at)
    report = ReceiptStore().upload_report(sid)
    if report is not None:
        facts["uploading_status"] = report.uploading_status
        facts["stopped_at"] = report.stopped_at
        if report.files:
            facts["expected_files"] = report.files
    if files:
        facts["expected_files"] = files
    if stopped_at is not None:
        facts.setdefault("stopped_at", stopped_at)
    return facts


def verify_recording(
    storage_config: Any,
    sid: str,
    *,
    endpoint_url: str | None = None,
    facts: dict[str, Any] | None = None,
    keep: bool = True,
) -> Receipt:
    """Raises StorageConfigError (field to fix) or StorageError (cause and field)."""
    from recstudio.storage.opener import open_bucket
    from recstudio.storage.receipt_store import ReceiptStore

    target = target_from_config(storage_config)
    bucket = open_bucket(target, endpoint_url=endpoint_url)
    try:
        receipt = build_receipt(bucket, target, sid, **(facts or recording_facts(sid)))
    finally:
        bucket.close()
    if keep:
        ReceiptStore().add(sid, receipt.verdict, receipt.summary(), receipt.to_json())
    return receipt
