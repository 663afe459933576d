"""Frames of a :class:`~recstudio.render.session.Session`: sources per participant plus the
compositor, so the CLI, the preview and the Sandbox draw a moment the same way."""

from __future__ import annotations

from collections.abc import Callable, Mapping

import numpy as np

from recstudio.render.compositor import Compositor
from recstudio.render.images import ImageCache
from recstudio.render.plan import FramePlan
from recstudio.render.session import Session
from recstudio.render.sources import Source, SourceSpec, build_source, parse_spec


class FrameRenderer:
    """``overrides`` (uid → spec) win over the script's sources, which win over a test card
    at the roster participant's resolution."""

    def __init__(
        self,
        session: Session,
        overrides: Mapping[str, str | SourceSpec] | None = None,
        *,
        images: ImageCache | None = None,
        warn: Callable[[str], None] | None = None,
    ) -> None:
        self.session = session
        self.images = images or ImageCache()
        self._specs: dict[str, SourceSpec | None] = {}
        for uid, text in session.source_specs().items():
            self._specs[uid] = None if text is None else parse_spec(text)
        for uid, spec in (overrides or {}).items():
            self._specs[uid] = parse_spec(spec) if isinstance(spec, str) else spec
        self._sources: dict[str, Source] = {}
        self.compositor = Compositor(self.source_for, self.images, warn)

    def source_for(self, uid: str) -> Source:
        source = self._sources.get(uid)
        if source is None:
            size = self.session.roster_sizes.get(uid)
            source = build_source(uid, self._specs.get(uid), self.images, size=size)
            self._sources[uid] = source
        return source

    def prepare(self) -> None:
        """Open every named source now, so a bad file fails before a long export starts."""
        for uid in self._specs:
            self.source_for(uid)

    def plan(self, t: float) -> FramePlan:
        return self.session.plan_at(t)

    def frame(self, t: float) -> np.ndarray:
        return self.compositor.render(self.session.plan_at(t))

    def close(self) -> None:
        for source in self._sources.values():
            close = getattr(source, "close", None)
            if close is not None:
                close()
