"""Session fixture: one moto S3 server on a free loopback port, IAM authentication on."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from s3_kit import S3Server, free_port, running_s3


@pytest.fixture(scope="session")
def s3() -> Iterator[S3Server]:
    with running_s3() as server:
        yield server


AZURITE_ACCOUNT = "devstoreaccount1"
#: Azurite's published development key (https://learn.microsoft.com/azure/storage/common/storage-use-azurite)
AZURITE_KEY = (
    "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw=="
)


@pytest.fixture(scope="session")
def azurite(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """Azurite's blob service on a free loopback port (installed by bootstrap --test);
    yields the account URL."""
    import socket
    import subprocess
    import time
    from pathlib import Path

    binary = Path(__file__).resolve().parents[2] / ".venv/azurite/node_modules/.bin/azurite-blob"
    assert binary.is_file(), "Azurite missing: run 'bash packaging/bootstrap.sh --test'"
    port = free_port()
    workdir = tmp_path_factory.mktemp("azurite")
    proc = subprocess.Popen(
        [str(binary), "--blobHost", "127.0.0.1", "--blobPort", str(port), "--location",
         str(workdir), "--silent", "--skipApiVersionCheck", "--loose"],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with socket.create_connection(("127.0.0.1", port), timeout=0.5):
                    break
            except OSError:
                assert time.monotonic() < deadline, "Azurite did not listen within 60 s"
                try:  # poll: wait a moment for the port, or notice that Azurite died
                    code = proc.wait(0.1)
                except subprocess.TimeoutExpired:
                    continue
                raise AssertionError(f"Azurite exited at start (code {code})") from None
        yield f"http://127.0.0.1:{port}/{AZURITE_ACCOUNT}"
    finally:
        proc.terminate()
        try:  # Azurite closes gracefully, but may wait for idle keep-alive sockets
            proc.wait(5)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(5)
