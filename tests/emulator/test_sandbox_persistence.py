"""Issue 13 point 7: a Sandbox's recordings outlive it when a state file keeps them, and
the file never holds a secret."""

from __future__ import annotations

import json

from conftest import TEST_SECRET
from sandbox_kit import APP_ID, CNAME, STORAGE, Api

from recstudio.emulator import ManualClock, SandboxServer, Timing
from recstudio.emulator.persistence import StateFile, dump_state, load_state
from recstudio.model import Endpoint


def _server(clock: ManualClock) -> SandboxServer:
    return SandboxServer(clock=clock, rate_limit=None, timing=Timing(), customer_secret=TEST_SECRET)


def test_a_restarted_sandbox_answers_for_the_recordings_it_had(tmp_path) -> None:
    clock = ManualClock()
    path = tmp_path / "sandbox-state.json"
    first = _server(clock).start()
    keeper = StateFile(first.state, path)
    api = Api(first.base_url, auth=("sandbox", TEST_SECRET))
    first.channel(APP_ID, CNAME).join("1001")
    ids = api.begin("mix")
    clock.advance(5)
    keeper.save()
    api.close()
    first.stop()  # the app is gone; the file stays

    text = path.read_text(encoding="utf-8")
    assert STORAGE["secretKey"] not in text and STORAGE["accessKey"] not in text
    assert TEST_SECRET not in text

    second = _server(clock).start()
    restored = StateFile(second.state, path)
    api = Api(second.base_url, auth=("sandbox", TEST_SECRET))
    try:
        assert restored.loaded == 1
        second.channel(APP_ID, CNAME).join("1001")
        query = api.on_task(Endpoint.QUERY, ids)
        assert query.status_code == 200, query.text
        assert query.json()["serverResponse"]["status"] == 5
        stopped = api.on_task(Endpoint.STOP, ids)
        assert stopped.status_code == 200, stopped.text
        assert not second.recording(ids[1]).alive
        restored.close()
        saved = json.loads(path.read_text(encoding="utf-8"))
        (rec,) = saved["recordings"]
        assert rec["sid"] == ids[1] and rec["ended_at"] is not None
    finally:
        api.close()
        second.stop()


def test_broken_or_foreign_state_loads_nothing(tmp_path) -> None:
    with _server(ManualClock()) as server:
        assert load_state(server.state, {"format_version": 99, "recordings": [{}]}) == 0
        assert load_state(server.state, {"format_version": 1, "recordings": [{"sid": 1}]}) == 0
        path = tmp_path / "state.json"
        path.write_text("{not json", encoding="utf-8")
        keeper = StateFile(server.state, path)
        assert keeper.loaded == 0
        keeper.close()
        assert dump_state(server.state)["recordings"] == []
