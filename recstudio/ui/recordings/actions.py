"""What the toolbar does to a running recording: stop (async or waiting for the upload),
update its subscriptions, send a named layout (updateLayout). One part of
:class:`RecordingsController`."""

from __future__ import annotations

import copy
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from recstudio.model import Endpoint, Mode
from recstudio.ui.i18n import translate
from recstudio.ui.marks import QT_TRANSLATE_NOOP
from recstudio.ui.recordings.items import FINAL, RecordingItem
from recstudio.ui.recordings.layout_diff import LayoutChange, layout_changes
from recstudio.ui.recordings.polling import save_in_background, schedule_poll

if TYPE_CHECKING:
    from recstudio.ui.recordings.rows import Context

#: stop's ``uploadingStatus`` in words (reference §3.6).
UPLOAD_WORDS = {
    "uploaded": QT_TRANSLATE_NOOP("recordings.actions", "all files are in your storage"),
    "backuped": QT_TRANSLATE_NOOP(
        "recordings.actions", "files uploaded, some through Agora's backup cloud (forwarded later)"
    ),
    "unknown": QT_TRANSLATE_NOOP("recordings.actions", "upload status unknown"),
}


class Actions:
    """stop, update and updateLayout; stateless beyond the rows it is given."""

    def __init__(self, context: Context) -> None:
        self._c = context

    # -- stop ------------------------------------------------------------------------------
    def stop(
        self,
        key: str | None = None,
        *,
        async_stop: bool | None = None,
        on_finished: Callable[[bool], None] | None = None,
        reason: str = "",
    ) -> bool:
        item = self._c.rows.target(key)
        if item is None or not item.addressable:
            self._c.say(translate("recordings.actions", "No recording with a sid to stop."))
            return False
        if item.state in FINAL:
            self._c.say(
                translate("recordings.actions", "Recording {sid} is already {state}.").format(
                    sid=item.sid, state=item.state
                )
            )
            return False
        async_stop = self._c.options.async_stop if async_stop is None else async_stop
        item.generation += 1
        generation = item.generation
        rec = item.recording()
        item.busy = (
            translate("recordings.actions", "stopping (async)…")
            if async_stop
            else translate("recordings.actions", "stopping, waiting for the upload…")
        )
        item.next_poll = None
        self._c.rows.changed()

        def work() -> Any:
            runner = self._c.connections().get(item.profile, item.app_id).runner
            outcome = runner.stop(rec, async_stop)
            from recstudio.storage.commands import note_stop

            note_stop(rec.sid, outcome.uploading_status, list(outcome.files))  # for receipts
            return rec, outcome

        def done(result: Any) -> None:
            rec_after, outcome = result
            if generation == item.generation:
                item.busy = ""
                item.apply_rec(rec_after)
                item.files = list(outcome.files) or item.files
                words = {
                    "stopped": "stopped",
                    "already_stopping": "was already stopping",
                    "no_files": "stopped without files",
                    "upload_pending": "stopped; upload continues",
                    "not_found": "had already exited",
                }.get(outcome.outcome, outcome.outcome)
                upload = UPLOAD_WORDS.get(outcome.uploading_status or "", "")
                upload = translate("recordings.actions", upload) if upload else upload
                upload = f"; {upload}" if upload else ""
                item.note = f"{reason} Recording {words}{upload}. {outcome.note}".strip()
                item.error = None
                self._c.rows.changed()
                self._c.say(f"Recording {item.sid} {words}.")
            if on_finished is not None:
                on_finished(True)

        def failed(error: BaseException) -> None:
            if generation == item.generation:
                item.busy = ""
                self._c.report(item.key, error)
                schedule_poll(item, self._c.options)
            if on_finished is not None:
                on_finished(False)

        self._c.pool.submit(
            work,
            on_done=done,
            on_error=failed,
            label=translate("recordings.actions", "Stopping {cname}…").format(cname=item.cname),
        )
        return True

    def set_async_stop(self, on: bool) -> None:
        self._c.options.async_stop = bool(on)
        save_in_background(self._c)

    # -- update / updateLayout ---------------------------------------------------------------
    def update_problems(self) -> list[Any]:
        return [
            lp
            for lp in self._c.document.problems
            if lp.endpoint is Endpoint.UPDATE and lp.problem.is_error
        ]

    def update_subscriptions(self, key: str | None = None) -> bool:
        """Send the project's update draft (reference §3.4: it replaces the subscription)."""
        item = self._c.rows.target(key)
        if item is None or not item.addressable or not item.active:
            self._c.say(translate("recordings.actions", "No running recording to update."))
            return False
        project = self._c.document.project
        if not project.update:
            self._c.say(
                translate(
                    "recordings.actions",
                    "The update draft is empty: fill in the Update section first.",
                )
            )
            return False
        errors = self.update_problems()
        if errors:
            self._c.say(
                translate(
                    "recordings.actions", "The update body has {n_errors} error(s); see Problems."
                ).format(n_errors=len(errors))
            )
            return False
        from recstudio.model.generate import generate_body

        request = generate_body(project, Endpoint.UPDATE)["clientRequest"]
        return self._send_update(item, request, layout=None)

    def layout_preview(
        self, key: str | None, name: str
    ) -> tuple[dict[str, Any], list[LayoutChange], list[Any]]:
        """(updateLayout clientRequest, what changes, blocking problems) for layout ``name``."""
        from recstudio.model.generate import generate_body
        from recstudio.model.rules import check_body

        item = self._c.rows.target(key)
        project = self._c.document.project
        body = generate_body(project, Endpoint.UPDATE_LAYOUT, layout=name)
        errors = [p for p in check_body(body, Endpoint.UPDATE_LAYOUT, project.mode) if p.is_error]
        current = item.layout if item is not None and item.layout is not None else {}
        return body["clientRequest"], layout_changes(current, body["clientRequest"]), errors

    def send_layout(self, key: str | None, name: str, request: dict[str, Any]) -> bool:
        item = self._c.rows.target(key)
        if item is None or not item.addressable or not item.active:
            self._c.say(
                translate("recordings.actions", "No running recording to send a layout to.")
            )
            return False
        if item.mode != Mode.MIX.value:
            self._c.say(
                translate(
                    "recordings.actions", "updateLayout is only for composite (mix) recordings."
                )
            )
            return False
        return self._send_update(item, request, layout=name)

    def _send_update(
        self, item: RecordingItem, request: dict[str, Any], layout: str | None
    ) -> bool:
        rec = item.recording()
        what = f"layout “{layout}”" if layout is not None else "subscriptions"
        previous_busy = item.busy
        item.busy = f"sending {what}…"
        self._c.rows.changed()

        def work() -> Any:
            runner = self._c.connections().get(item.profile, item.app_id).runner
            if layout is not None:
                return runner.update_layout(rec, request)
            return runner.update(rec, request)

        def done(_result: Any) -> None:
            item.busy = previous_busy if previous_busy.startswith("stopping") else ""
            item.error = None
            if layout is not None:
                item.layout = copy.deepcopy(request)
                item.layout_name = layout
            self._c.rows.changed()
            self._c.say(
                translate("recordings.actions", "Sent {what} to {sid}.").format(
                    what=what, sid=item.sid
                )
            )

        def failed(error: BaseException) -> None:
            item.busy = ""
            self._c.report(item.key, error)

        self._c.pool.submit(
            work,
            on_done=done,
            on_error=failed,
            label=translate("recordings.actions", "Sending {what}…").format(what=what),
        )
        return True
