"""The request log's filter and export at a support desk's scale (issue 12): filtering on
precomputed text, rows that keep their filter as calls arrive and old ones drop out, and a
bundle written on a worker that is still the documented JSON."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, Signal

from recstudio.api.results import RequestRecord
from recstudio.ui.recordings.log_panel import FilteredLog, RequestLogModel
from recstudio.ui.recordings.request_log import _bundle, _bundle_text, search_text


def _record(i: int, endpoint: str = "query", error: str | None = None) -> RequestRecord:
    return RequestRecord(
        time=1.7e9 + i,
        endpoint=endpoint,
        method="POST",
        url=f"https://api.sd-rtn.com/v1/apps/x/cloud_recording/sid/SID{i:04d}/{endpoint}",
        http_status=200 if error is None else 404,
        agora_code=None if error is None else 404,
        latency_ms=12.0,
        request_body={"cname": f"Room{i}"},
        response_body={"sid": f"SID{i:04d}"},
        error=error,
    )


class _Controller(QObject):
    request_logged = Signal(object)

    def __init__(self, records: list[RequestRecord]) -> None:
        super().__init__()
        self.log = records
        self.log_texts = [search_text(r) for r in records]


def test_filter_narrows_widens_and_follows_new_calls(qapp: Any) -> None:
    controller = _Controller([_record(i, ("start", "query")[i % 2]) for i in range(10)])
    model = RequestLogModel(controller)
    view = FilteredLog(model)
    view.set_filter("ROOM1")  # case-insensitive, in the request body
    assert view.rowCount() == 1
    view.set_filter("")
    assert view.rowCount() == 10
    view.set_filter("start")
    assert view.rowCount() == 5
    view.set_filter("start/")  # typing on narrows the previous result only
    assert view.rowCount() == 0
    view.set_filter("sid0003")
    assert [view.data(view.index(r, 1)) for r in range(view.rowCount())] == ["query"]
    controller.request_logged.emit(_record(13, "stop", error="not found"))
    controller.request_logged.emit(_record(20, "stop"))
    view.set_filter("not found")
    assert view.rowCount() == 1 and view.data(view.index(0, 5)) == "not found"


def test_rows_survive_the_log_limit(qapp: Any) -> None:
    controller = _Controller([_record(i) for i in range(3)])
    model = RequestLogModel(controller)
    model._limit = 3
    view = FilteredLog(model)
    view.set_filter("sid000")  # SID0000..SID0009
    for i in range(3, 6):
        controller.request_logged.emit(_record(i))
    assert len(model.records) == 3
    shown = [view.data(view.index(r, 0), 256) for r in range(view.rowCount())]
    assert [json.loads(t.split("Request body:\n")[1].split("\n\n")[0])["cname"] for t in shown] == [
        "Room3",
        "Room4",
        "Room5",
    ]


def test_bundle_text_is_the_bundle(tmp_path: Path) -> None:
    records = [_record(i) for i in range(4)]
    recordings = [{"sid": "S", "cname": "c"}]
    text = _bundle_text(recordings, records)
    loaded = json.loads(text)
    expected = json.loads(json.dumps(_bundle(recordings, records), default=str))
    loaded.pop("exported_at"), expected.pop("exported_at")
    assert loaded == expected
    assert json.loads(_bundle_text([], []))["requests"] == []
