"""Start bodies from the seed start-method reference (S5), as plain dicts.

The first seed lacks a comma after fileNamePrefix (a JSON error handled elsewhere); here it
is the intended shape. The audio-mix seed's "xxxx" placeholders are given real values.
"""

from __future__ import annotations

from typing import Any

STORAGE: dict[str, Any] = {
    "accessKey": "xxxxxxf",
    "region": 3,
    "bucket": "xxxxx",
    "secretKey": "xxxxx",
    "vendor": 2,
    "fileNamePrefix": ["directory1", "directory2"],
}

MIX = {
    "uid": "527841",
    "cname": "httpClient463224",
    "clientRequest": {
        "token": "<token>",
        "recordingConfig": {
            "maxIdleTime": 30,
            "streamMode": "default",
            "streamTypes": 2,
            "channelType": 0,
            "transcodingConfig": {
                "height": 640,
                "width": 360,
                "bitrate": 500,
                "fps": 15,
                "mixedVideoLayout": 1,
                "backgroundColor": "#FF0000",
            },
            "subscribeVideoUids": ["123", "456"],
            "subscribeAudioUids": ["123", "456"],
            "subscribeUidGroup": 0,
        },
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": {**STORAGE, "extensionParams": {"tag": "xxxxxx", "sse": "kms"}},
    },
}

VOD = {
    "uid": "527841",
    "cname": "httpClient463224",
    "clientRequest": {
        "token": "<token>",
        "recordingConfig": {
            "maxIdleTime": 30,
            "streamTypes": 2,
            "channelType": 0,
            "subscribeUidGroup": 0,
        },
        "extensionServiceConfig": {
            "extensionServices": [
                {
                    "serviceName": "aliyun_vod_service",
                    "serviceParam": {
                        "secretKey": "xxxxxx",
                        "accessKey": "xxxxxx",
                        "regionId": "cn-shanghai",
                        "apiData": {
                            "videoData": {
                                "title": "My Video",
                                "description": "This is my first video",
                                "coverUrl": "http://xxxxx",
                            }
                        },
                    },
                }
            ]
        },
    },
}

SNAPSHOT_ONLY = {
    "uid": "527841",
    "cname": "httpClient463224",
    "clientRequest": {
        "token": "<token>",
        "recordingConfig": {
            "maxIdleTime": 30,
            "streamTypes": 2,
            "channelType": 0,
            "subscribeUidGroup": 0,
        },
        "snapshotConfig": {"captureInterval": 5, "fileType": ["jpg"]},
        "storageConfig": dict(STORAGE),
    },
}

SNAPSHOT_AND_RECORDING = {
    "uid": "527841",
    "cname": "httpClient463224",
    "clientRequest": {
        "token": "<token if any>",
        "recordingConfig": {"maxIdleTime": 30, "streamTypes": 1, "channelType": 0},
        "snapshotConfig": {"captureInterval": 5, "fileType": ["jpg"]},
        "recordingFileConfig": {"avFileType": ["hls"]},
        "storageConfig": dict(STORAGE),
    },
}

_WEB_SERVICE = {
    "serviceName": "web_recorder_service",
    "errorHandlePolicy": "error_abort",
    "serviceParam": {
        "url": "https://xxxxx",
        "audioProfile": 0,
        "videoWidth": 1280,
        "videoHeight": 720,
        "maxRecordingHour": 3,
        "maxVideoDuration": 200,
    },
}

WEB = {
    "cname": "httpClient463224",
    "uid": "527841",
    "clientRequest": {
        "token": "<token>",
        "extensionServiceConfig": {
            "errorHandlePolicy": "error_abort",
            "extensionServices": [_WEB_SERVICE],
        },
        "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
        "storageConfig": dict(STORAGE),
    },
}

WEB_RTMP = {
    "cname": "httpClient463224",
    "uid": "527841",
    "clientRequest": {
        "token": "<token>",
        "extensionServiceConfig": {
            "extensionServices": [
                _WEB_SERVICE,
                {
                    "serviceName": "rtmp_publish_service",
                    "errorHandlePolicy": "error_ignore",
                    "serviceParam": {"outputs": [{"rtmpUrl": "rtmp://xxx"}]},
                },
            ]
        },
        "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
        "storageConfig": dict(STORAGE),
    },
}

AUDIO_ORIGINAL = {
    "uid": "527841",
    "cname": "httpClient463224",
    "clientRequest": {
        "token": "<token if any>",
        "recordingConfig": {
            "maxIdleTime": 30,
            "streamTypes": 0,
            "streamMode": "original",
            "channelType": 0,
            "videoStreamType": 0,
            "subscribeAudioUids": ["123", "456"],
            "subscribeUidGroup": 0,
        },
        "storageConfig": dict(STORAGE),
    },
}

AUDIO_MIX = {
    "uid": "527841",
    "cname": "httpClient463224",
    "clientRequest": {
        "appsCollection": {"combinationPolicy": "postpone_transcoding"},
        "token": "<token if any>",
        "recordingConfig": {
            "maxIdleTime": 30,
            "streamTypes": 0,
            "streamMode": "original",
            "channelType": 0,
            "videoStreamType": 0,
            "subscribeAudioUids": ["123", "456"],
            "subscribeUidGroup": 0,
        },
        "transcodeOptions": {
            "container": {"format": "m4a"},
            "transConfig": {"transMode": "audioMix"},
            "audio": {"sampleRate": "48000", "bitrate": "48000", "channels": "2"},
        },
        "storageConfig": dict(STORAGE),
    },
}

ALL_SEEDS = {
    "mix": MIX,
    "vod": VOD,
    "snapshot_only": SNAPSHOT_ONLY,
    "snapshot_and_recording": SNAPSHOT_AND_RECORDING,
    "web": WEB,
    "web_rtmp": WEB_RTMP,
    "audio_original": AUDIO_ORIGINAL,
    "audio_mix": AUDIO_MIX,
}


def custom_mix_body(regions: int = 17) -> dict[str, Any]:
    """A full mix start body with a custom layout of ``regions`` regions."""
    layout = [
        {
            "uid": str(100 + i),
            "x_axis": round((i % 4) * 0.25, 6),
            "y_axis": round((i // 4) * 0.2, 6),
            "width": 0.25,
            "height": 0.2,
            "alpha": 1,
            "render_mode": i % 2,
        }
        for i in range(regions)
    ]
    return {
        "cname": "room1",
        "uid": "527841",
        "clientRequest": {
            "token": "007abc",
            "recordingConfig": {
                "channelType": 1,
                "streamTypes": 2,
                "maxIdleTime": 300,
                "audioProfile": 1,
                "subscribeAudioUids": ["#allstream#"],
                "transcodingConfig": {
                    "width": 1280,
                    "height": 720,
                    "fps": 30,
                    "bitrate": 3420,
                    "mixedVideoLayout": 3,
                    "backgroundColor": "#112233",
                    "layoutConfig": layout,
                    "backgroundConfig": [{"uid": "100", "image_url": "https://x.test/y.jpg"}],
                },
            },
            "recordingFileConfig": {"avFileType": ["hls", "mp4"]},
            "storageConfig": {
                "vendor": 1,
                "region": 0,
                "bucket": "b",
                "accessKey": "a",
                "secretKey": "s",
                "fileNamePrefix": ["a", "b"],
            },
        },
    }
