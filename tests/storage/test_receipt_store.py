"""Receipts live in the ledger's SQLite file, in their own tables, either opening first."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from recstudio.api.ledger import Ledger
from recstudio.storage.receipt_store import DB_NAME, ReceiptStore, default_path


@pytest.mark.parametrize("ledger_first", [True, False])
def test_ledger_and_receipts_share_one_database(tmp_path: Path, ledger_first: bool) -> None:
    path = tmp_path / DB_NAME
    store = ReceiptStore(path)
    if not ledger_first:
        store.add("sid0", "complete", "complete: 1 m3u8", {"sid": "sid0"})
    ledger = Ledger(path)
    entry = ledger.create(
        profile="Sandbox", base_url="http://127.0.0.1:1", app_id="a", cname="c", uid="1",
        mode="mix",
    )  # fmt: skip
    ledger.mark(entry, state="stopped", sid="sid1", files=["sid1_c.m3u8"])
    store.note_stop("sid1", "backuped", ["sid1_c.m3u8"])
    store.add("sid1", "still_arriving", "still arriving", {"sid": "sid1"})
    store.add("sid1", "complete", "complete", {"sid": "sid1"})
    assert [r.verdict for r in store.receipts("sid1")] == ["still_arriving", "complete"]
    report = store.upload_report("sid1")
    assert report is not None and report.uploading_status == "backuped"
    found = Ledger(path).find_sid("sid1")
    assert found is not None and found.files == ["sid1_c.m3u8"]
    with sqlite3.connect(path) as db:
        tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert {"receipts", "upload_reports", "recordings"} <= tables


def test_default_path_is_the_ledgers(tmp_path: Path) -> None:
    assert default_path() == Ledger().path
