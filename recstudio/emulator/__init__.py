"""The Sandbox: a local Agora Cloud Recording server on loopback (design.md, "Talking to Agora").

Same routes, Basic auth, state machine (resource expiry, sid, status progression, idle exit,
file lists per mode), error codes and switchable faults as the real service, so a new user
can press Start without an Agora account and tests can talk real HTTP::

    from recstudio.emulator import ManualClock, SandboxServer

    with SandboxServer(clock=ManualClock(), rate_limit=None) as sandbox:
        sandbox.channel("appid", "room").join("1001")
        ...  # requests against sandbox.base_url with auth ("sandbox", "sandbox")
        sandbox.advance(15)
        sandbox.faults.set(endpoint="query", http_5xx=503, count=1)

Admin routes (``/_sandbox/...``) are listed in :mod:`recstudio.emulator.admin`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from recstudio.model.lazy import lazy_getattr

if TYPE_CHECKING:
    from recstudio.emulator.faults import FaultSet
    from recstudio.emulator.recording import Timing
    from recstudio.emulator.server import ChannelHandle, SandboxServer
    from recstudio.emulator.state import ManualClock, SandboxState

#: name -> submodule, loaded on first use: ``recstudio --help`` (which imports this package's
#: commands) must not start the HTTP server's imports (issue 12)
_HOME = {
    "FaultSet": "recstudio.emulator.faults",
    "Timing": "recstudio.emulator.recording",
    "ChannelHandle": "recstudio.emulator.server",
    "SandboxServer": "recstudio.emulator.server",
    "ManualClock": "recstudio.emulator.state",
    "SandboxState": "recstudio.emulator.state",
}

__getattr__ = lazy_getattr(globals(), _HOME)

__all__ = ["ChannelHandle", "FaultSet", "ManualClock", "SandboxServer", "SandboxState", "Timing"]
