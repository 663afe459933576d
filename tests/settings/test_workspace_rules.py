"""The workspace decisions of issue 13, Qt-free: which docks each opens, where a launch
starts, and reading stored arrangements that may be damaged."""

from __future__ import annotations

from recstudio.settings.preferences import Preferences, load_preferences, save_preferences
from recstudio.settings.workspaces import (
    CENTRAL_VISIBLE,
    DEFAULT_DOCKS,
    SHORTCUTS,
    Workspace,
    all_docks,
    decode_state,
    encode_state,
    first_workspace,
)


def test_a_launch_opens_the_canvas_only_for_mix_projects() -> None:
    assert first_workspace(None, "mix") is Workspace.LAYOUT
    assert first_workspace(None, "individual") is Workspace.REQUEST
    assert first_workspace(None, "web") is Workspace.REQUEST
    assert first_workspace("recordings", "mix") is Workspace.RECORDINGS
    assert first_workspace("no-such-workspace", "mix") is Workspace.LAYOUT


def test_workspaces_have_distinct_shortcuts_and_docks() -> None:
    assert sorted(SHORTCUTS.values()) == ["Ctrl+1", "Ctrl+2", "Ctrl+3"]
    for ws, placements in DEFAULT_DOCKS.items():
        names = [p.dock for p in placements]
        assert len(names) == len(set(names)), ws
        for i, p in enumerate(placements):  # a tab partner is placed before its tab
            assert p.tab_with is None or p.tab_with in names[:i]
    assert "bodyDock" not in {p.dock for p in DEFAULT_DOCKS[Workspace.LAYOUT]}  # a strip
    assert "sandboxDock" not in {p.dock for p in DEFAULT_DOCKS[Workspace.LAYOUT]}
    assert CENTRAL_VISIBLE[Workspace.LAYOUT] and not CENTRAL_VISIBLE[Workspace.RECORDINGS]
    assert len(all_docks()) == len(set(all_docks())) == 8


def test_stored_arrangements_round_trip_and_damage_is_ignored(tmp_path) -> None:
    state = bytes(range(256))
    assert decode_state(encode_state(state)) == state
    assert decode_state("not base64!") is None
    assert decode_state(None) is None and decode_state("") is None
    path = tmp_path / "preferences.json"
    save_preferences(
        Preferences(workspace="request", workspace_states={"layout": encode_state(state)}), path
    )
    loaded = load_preferences(path)
    assert loaded.workspace == "request"
    assert decode_state(loaded.workspace_states["layout"]) == state
