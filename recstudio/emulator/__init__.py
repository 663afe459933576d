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

from recstudio.emulator.faults import FaultSet
from recstudio.emulator.recording import Timing
from recstudio.emulator.server import ChannelHandle, SandboxServer
from recstudio.emulator.state import ManualClock, SandboxState

__all__ = ["ChannelHandle", "FaultSet", "ManualClock", "SandboxServer", "SandboxState", "Timing"]
