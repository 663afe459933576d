"""Switching modes branch by branch (R4, R8–R11, R23, R33): what each step removes, adds
and says, and that the project itself is never touched (undo restores from it)."""

from __future__ import annotations

import copy

from recstudio.model import Mode
from recstudio.model.mode_switch import adapt_for_mode
from recstudio.model.project import Project, new_project

WEB_SERVICE = {"serviceName": "web_recorder_service", "serviceParam": {"url": "https://x"}}
VOD_SERVICE = {"serviceName": "aliyun_vod_service", "serviceParam": {}}


def _mix_with_services(*services: object) -> Project:
    project = new_project(Mode.MIX)
    project.start["extensionServiceConfig"] = {"extensionServices": list(services)}
    return project


def test_leaving_web_keeps_other_services_and_says_web_ones_went_r9() -> None:
    change = adapt_for_mode(_mix_with_services(WEB_SERVICE, VOD_SERVICE), Mode.INDIVIDUAL)
    assert change.start["extensionServiceConfig"] == {"extensionServices": [VOD_SERVICE]}
    assert "extensionServiceConfig (web page services)" in change.removed


def test_a_list_of_only_web_services_goes_entirely() -> None:
    rtmp = {"serviceName": "rtmp_publish_service"}
    change = adapt_for_mode(_mix_with_services(WEB_SERVICE, rtmp), Mode.MIX)
    assert "extensionServiceConfig" not in change.start
    assert change.removed == ["extensionServiceConfig (web page services)"]


def test_services_without_web_ones_stay_as_they_are() -> None:
    change = adapt_for_mode(_mix_with_services(VOD_SERVICE, "odd"), Mode.INDIVIDUAL)
    assert change.start["extensionServiceConfig"]["extensionServices"] == [VOD_SERVICE, "odd"]
    assert not any("web page" in r for r in change.removed)


def test_web_mode_keeps_its_services_and_gets_scene_1_r4() -> None:
    project = _mix_with_services(WEB_SERVICE)
    project.acquire["scene"] = 0
    change = adapt_for_mode(project, Mode.WEB)
    assert change.start["extensionServiceConfig"]["extensionServices"] == [WEB_SERVICE]
    assert change.acquire["scene"] == 1 and "acquire scene 1 (web)" in change.added
    for forbidden in ("recordingConfig", "token"):  # R8: web has no recordingConfig
        assert forbidden not in change.start


def test_leaving_web_drops_scene_1_r4() -> None:
    web = new_project(Mode.WEB)
    assert web.acquire.get("scene") == 1
    change = adapt_for_mode(web, Mode.MIX)
    assert "scene" not in change.acquire and "acquire scene 1" in change.removed
    assert "recordingConfig" in change.added  # mix needs one (added from a new project)


def test_scene_0_outside_web_and_raw_is_kept() -> None:
    project = new_project(Mode.INDIVIDUAL)
    project.acquire["scene"] = 0
    change = adapt_for_mode(project, Mode.MIX)
    assert change.acquire["scene"] == 0 and not any("scene" in r for r in change.removed)


def test_file_types_left_empty_fall_back_to_hls_r23() -> None:
    project = new_project(Mode.MIX)
    project.start["recordingFileConfig"] = {"avFileType": ["mp4", "mp3"]}
    change = adapt_for_mode(project, Mode.INDIVIDUAL)
    assert change.start["recordingFileConfig"]["avFileType"] == ["hls"]
    assert change.removed[-2:] == [
        "recordingFileConfig.avFileType mp4",
        "recordingFileConfig.avFileType mp3",
    ]


def test_a_file_type_that_is_not_a_list_is_left_for_the_checks() -> None:
    project = new_project(Mode.MIX)
    project.start["recordingFileConfig"] = {"avFileType": "mp3"}
    change = adapt_for_mode(project, Mode.INDIVIDUAL)
    assert change.start["recordingFileConfig"] == {"avFileType": "mp3"}


def test_update_draft_members_per_mode_r33() -> None:
    project = new_project(Mode.MIX)
    project.update = {"streamSubscribe": {}, "webRecordingConfig": {}, "rtmpPublishConfig": {}}
    to_web = adapt_for_mode(project, Mode.WEB)
    assert set(to_web.update) == {"webRecordingConfig", "rtmpPublishConfig"}
    assert "update draft streamSubscribe" in to_web.removed
    to_mix = adapt_for_mode(project, Mode.MIX)
    assert set(to_mix.update) == {"streamSubscribe"}
    assert to_mix.removed == ["update draft webRecordingConfig", "update draft rtmpPublishConfig"]


def test_a_broken_recording_config_is_neither_edited_nor_filled() -> None:
    project = new_project(Mode.MIX)
    project.start["recordingConfig"] = "typed by hand"
    change = adapt_for_mode(project, Mode.INDIVIDUAL)
    assert change.start["recordingConfig"] == "typed by hand"
    assert not any(a.startswith("recordingConfig.") for a in change.added)


def test_removals_are_listed_in_body_order_and_the_project_is_untouched() -> None:
    project = _mix_with_services(WEB_SERVICE)
    project.start["snapshotConfig"] = {"captureInterval": 5}
    project.start["recordingConfig"]["streamMode"] = "standard"
    project.start["recordingFileConfig"] = {"avFileType": ["hls", "mp3"]}
    project.update = {"webRecordingConfig": {}}
    project.acquire["scene"] = 1
    before = copy.deepcopy((project.start, project.acquire, project.update))
    change = adapt_for_mode(project, Mode.MIX)
    assert change.removed == [
        "snapshotConfig",
        "recordingConfig.streamMode",
        "extensionServiceConfig (web page services)",
        "recordingFileConfig.avFileType mp3",
        "update draft webRecordingConfig",
        "acquire scene 1",
    ]
    assert (project.start, project.acquire, project.update) == before
    assert change.summary().startswith("Switched to mix mode. Removed what it does not allow: ")
    assert change.summary().endswith("(Undo restores it).")


def test_nothing_removed_says_only_the_switch() -> None:
    change = adapt_for_mode(new_project(Mode.MIX), Mode.MIX)
    assert change.removed == [] and change.added == []
    assert change.summary() == "Switched to mix mode."
