"""How the recordings panel polls and guards recordings (Qt-free, saved as a small file).

The poll interval is a setting because Agora suggests ~2 minutes during a task but asks
for one shorter than maxIdleTime (reference §9.2), and tests need fractions of a second.
Saved in ``recordings.json`` in the config directory with the house format (versioned,
atomic); the Preferences model belongs to the settings package and ignores unknown keys.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

OPTIONS_FORMAT_VERSION = 1
OPTIONS_FILE = "recordings.json"
#: Only these survive a restart; the confirm timings are for tests and the benchmark.
SAVED_FIELDS = ("poll_interval_s", "max_duration_min", "async_stop")


@dataclass(slots=True)
class RecordingOptions:
    #: Status poll while a recording runs (§9.2: about every 2 minutes).
    poll_interval_s: float = 120.0
    #: Stop a recording after this many minutes; 0 = never (billing guard, ux-anchors §7.7).
    max_duration_min: float = 0.0
    #: Stop without waiting for the upload (reference §3.6).
    async_stop: bool = False
    #: First query after the sid (§9.2: 5 s) and the back-off until status 4/5.
    first_query_delay_s: float = 5.0
    confirm_backoff_s: tuple[float, ...] = field(default=(2.0, 3.0, 5.0))
    confirm_timeout_s: float = 90.0

    @property
    def max_duration_s(self) -> float:
        return self.max_duration_min * 60.0

    def to_json(self) -> dict[str, Any]:
        data = {key: value for key, value in asdict(self).items() if key in SAVED_FIELDS}
        data["format_version"] = OPTIONS_FORMAT_VERSION
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RecordingOptions:
        options = cls()
        names = {f.name for f in fields(cls)}
        for key in SAVED_FIELDS:
            value = data.get(key)
            if key not in names or value is None:
                continue
            if key == "async_stop" and isinstance(value, bool):
                options.async_stop = value
            elif (
                key != "async_stop"
                and isinstance(value, int | float)
                and not isinstance(value, bool)
            ):
                if key == "poll_interval_s" and value >= 1:
                    options.poll_interval_s = float(value)
                elif key == "max_duration_min" and value >= 0:
                    options.max_duration_min = float(value)
        return options


def options_path() -> Path:
    from recstudio.settings.paths import config_dir

    return config_dir() / OPTIONS_FILE


def load_options(path: Path | None = None) -> RecordingOptions:
    from recstudio.settings.documents import read_document

    loaded = read_document(path or options_path())
    return RecordingOptions.from_json(loaded.data) if loaded.data else RecordingOptions()


def save_options(options: RecordingOptions, path: Path | None = None) -> None:
    from recstudio.settings.documents import write_document

    write_document(path or options_path(), options.to_json())
