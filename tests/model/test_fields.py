"""Field metadata for forms: completeness, lookups with concrete indices, modes, flags."""

from __future__ import annotations

from recstudio.model.enums import Endpoint, Mode
from recstudio.model.fields import FieldMeta, field_meta, iter_fields
from recstudio.model.schema import canonical_body

LC = "clientRequest.recordingConfig.transcodingConfig.layoutConfig"


def test_start_fields_come_in_declaration_order() -> None:
    paths = [f.path for f in iter_fields(Endpoint.START)]
    assert paths[:4] == ["cname", "uid", "clientRequest", "clientRequest.token"]
    assert paths.index(f"{LC}[].x_axis") < paths.index(f"{LC}[].render_mode")
    assert len(paths) == len(set(paths))


def test_every_field_has_a_description_and_a_known_type() -> None:
    types = {"int", "float", "str", "bool", "list[str]", "object", "list[object]"}
    for endpoint in (Endpoint.ACQUIRE, Endpoint.START, Endpoint.UPDATE, Endpoint.UPDATE_LAYOUT):
        for meta in iter_fields(endpoint):
            assert meta.description, meta.path
            assert meta.type in types, (meta.path, meta.type)


def test_layout_number_meta_with_concrete_index() -> None:
    meta = field_meta(Endpoint.START, f"{LC}[3].x_axis")
    assert isinstance(meta, FieldMeta)
    assert meta.path == f"{LC}[].x_axis"
    assert (meta.key, meta.type, meta.minimum, meta.maximum) == ("x_axis", "float", 0, 1)
    assert meta.required and meta.rule == "R20"
    assert meta.modes == {Mode.MIX}
    assert field_meta("update-layout", "clientRequest.layoutConfig[16].alpha") is not None
    assert field_meta(Endpoint.UPDATE_LAYOUT, "clientRequest.layoutConfig[0].alpha").default == 1.0


def test_enum_labels_and_defaults() -> None:
    layout = field_meta(
        Endpoint.START, "clientRequest.recordingConfig.transcodingConfig.mixedVideoLayout"
    )
    assert layout is not None
    assert layout.choices == (0, 1, 2, 3)
    assert layout.labels == {0: "Floating", 1: "Best fit", 2: "Vertical", 3: "Custom"}
    assert layout.default == 0
    channel = field_meta(Endpoint.START, "clientRequest.recordingConfig.channelType")
    assert channel is not None and channel.labels == {0: "Communication", 1: "Live broadcast"}
    render = field_meta(Endpoint.START, f"{LC}[0].render_mode")
    assert render is not None and render.labels == {0: "Crop to fill", 1: "Fit"}
    idle = field_meta(Endpoint.START, "clientRequest.recordingConfig.maxIdleTime")
    assert idle is not None and (idle.default, idle.minimum, idle.maximum) == (30, 5, 2_592_000)
    expire = field_meta(Endpoint.ACQUIRE, "clientRequest.resourceExpiredHour")
    assert expire is not None and (expire.default, expire.rule) == (72, "R5")


def test_modes_are_inherited_and_narrowed() -> None:
    audio = field_meta(Endpoint.START, "clientRequest.recordingConfig.audioProfile")
    stream_mode = field_meta(Endpoint.START, "clientRequest.recordingConfig.streamMode")
    token = field_meta(Endpoint.START, "clientRequest.token")
    storage = field_meta(Endpoint.START, "clientRequest.storageConfig.bucket")
    assert audio is not None and audio.modes == {Mode.MIX}
    # raw removed streamMode (agora-2026.md §1) but joins the channel like v1 (R35)
    assert stream_mode is not None and stream_mode.modes == {Mode.INDIVIDUAL}
    assert token is not None and token.modes == {Mode.RAW, Mode.INDIVIDUAL, Mode.MIX}
    assert storage is not None and storage.modes == set(Mode)
    # raw rejects extensionServiceConfig (R9), so its form hides the whole section
    services = field_meta(Endpoint.START, "clientRequest.extensionServiceConfig")
    assert services is not None and Mode.RAW not in services.modes
    web_url = field_meta(
        Endpoint.START,
        "clientRequest.extensionServiceConfig.extensionServices[0].serviceParam.url",
    )
    assert web_url is not None
    assert web_url.modes == {Mode.WEB} and web_url.variant == "web_recorder_service"


def test_secret_legacy_and_widget_flags() -> None:
    secrets = {m.path for m in iter_fields(Endpoint.START) if m.secret}
    assert secrets == {
        "clientRequest.token",
        "clientRequest.storageConfig.accessKey",
        "clientRequest.storageConfig.secretKey",
        "clientRequest.storageConfig.stsToken",
        "clientRequest.recordingConfig.secret",
        "clientRequest.recordingConfig.salt",
        "clientRequest.extensionServiceConfig.extensionServices[].serviceParam.accessKey",
        "clientRequest.extensionServiceConfig.extensionServices[].serviceParam.secretKey",
    }
    legacy = {m.key for m in iter_fields(Endpoint.START) if m.legacy}
    assert {"appsCollection", "transcodeOptions", "apiVersion", "transMode", "title"} <= legacy
    assert "storageConfig" not in legacy
    affinity = field_meta(Endpoint.ACQUIRE, "clientRequest.regionAffinity")
    assert affinity is not None and affinity.legacy
    vendor = field_meta(Endpoint.START, "clientRequest.storageConfig.vendor")
    assert vendor is not None and vendor.legacy_values == (0, 4)
    region = field_meta(Endpoint.START, "clientRequest.storageConfig.region")
    assert region is not None and region.widget == "region_by_vendor"
    color = field_meta(
        Endpoint.START, "clientRequest.recordingConfig.transcodingConfig.backgroundColor"
    )
    assert color is not None and color.widget == "color" and color.pattern == r"^#[0-9A-Fa-f]{6}$"
    prefix = field_meta(Endpoint.START, "clientRequest.storageConfig.fileNamePrefix")
    assert prefix is not None and prefix.type == "list[str]" and prefix.pattern == r"^[A-Za-z0-9]+$"


def test_alias_paths_and_list_items_resolve() -> None:
    via_alias = field_meta(Endpoint.START, "clientRequest.recordingConfig.unsubscribeAudioUids")
    assert via_alias is not None and via_alias.key == "unSubscribeAudioUids"
    assert via_alias.aliases == ("unsubscribeAudioUids",) and via_alias.max_length == 32
    item = field_meta(Endpoint.START, "clientRequest.recordingConfig.subscribeVideoUids[5]")
    assert item is not None and item.key == "subscribeVideoUids"
    nested = field_meta(
        Endpoint.UPDATE, "clientRequest.streamSubscribe.audioUidList.unsubscribeAudioUids[0]"
    )
    assert nested is not None and nested.key == "unSubscribeAudioUids"


def test_service_name_merges_all_variants() -> None:
    meta = field_meta(
        Endpoint.START, "clientRequest.extensionServiceConfig.extensionServices[1].serviceName"
    )
    assert meta is not None
    assert meta.choices == ("web_recorder_service", "rtmp_publish_service", "aliyun_vod_service")
    assert meta.variant is None


def test_unknown_paths_give_none() -> None:
    assert field_meta(Endpoint.START, "clientRequest.nope") is None
    assert field_meta(Endpoint.STOP, "clientRequest.async_stop") is not None
    assert field_meta("stop", "clientRequest.async_stop") is field_meta(
        Endpoint.STOP, "clientRequest.async_stop"
    )


def test_field_paths_cover_canonical_keys() -> None:
    """Every key the schema orders has a FieldMeta (forms and schema agree)."""
    body = {
        "cname": "c",
        "uid": "1",
        "clientRequest": {"recordingConfig": {"transcodingConfig": {"layoutConfig": [{}]}}},
    }
    assert canonical_body(body, Endpoint.START) == body
    for meta in iter_fields(Endpoint.START):
        assert field_meta(Endpoint.START, meta.path) is meta
