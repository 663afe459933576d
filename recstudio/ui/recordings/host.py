"""What the controller's mixins may use of :class:`RecordingsController`: its state, its
signals and the helpers it defines. Declared for the type checker only; the controller
provides them at run time (signals stay defined on the QObject class)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from PySide6.QtCore import SignalInstance

    from recstudio.api.ledger import Ledger, LedgerEntry
    from recstudio.api.results import RequestRecord
    from recstudio.ui.recordings.connections import Connections
    from recstudio.ui.recordings.items import RecordingItem
    from recstudio.ui.recordings.options import RecordingOptions
    from recstudio.ui.recordings.workers import TaskPool


class ControllerHost:
    """Base of the controller's mixins (see the module docstring)."""

    if TYPE_CHECKING:
        items_changed: SignalInstance
        elapsed_ticked: SignalInstance
        request_logged: SignalInstance
        message: SignalInstance
        start_state_changed: SignalInstance
        item_added: SignalInstance

        document: Any
        options: RecordingOptions
        pool: TaskPool
        items: dict[str, RecordingItem]
        log: list[RequestRecord]
        log_texts: list[str]
        _starting: dict[str, Any] | None
        _shut_down: bool
        _last_second: int
        _bridge: Any

        def ledger(self) -> Ledger: ...
        def connections(self) -> Connections: ...
        def ordered(self) -> list[RecordingItem]: ...
        def target(self, key: str | None = None) -> RecordingItem | None: ...
        def query(self, key: str | None = None) -> bool: ...
        def stop(
            self,
            key: str | None = None,
            *,
            async_stop: bool | None = None,
            on_finished: Callable[[bool], None] | None = None,
            reason: str = "",
        ) -> bool: ...
        def _schedule_poll(self, item: RecordingItem) -> None: ...
        def _report(
            self, key: str | None, error: BaseException, *, quiet: bool = False
        ) -> None: ...
        def _changed(self) -> None: ...
        def keep_unjournaled(self, entry: LedgerEntry, error: Any) -> None: ...
