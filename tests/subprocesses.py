"""Runs project commands in child processes as an operator would, without the test run's own environment."""

import os
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
# Set for the browser tests in this process only; deploy checks rightly refuse it.
TEST_ONLY_VARIABLES = {"DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE", "SECRET_KEY", "ALLOWED_HOSTS"}


def _environment(drop: Iterable[str], env: dict[str, str]) -> dict[str, str]:
    clean = {key: value for key, value in os.environ.items() if key not in TEST_ONLY_VARIABLES | set(drop)}
    clean.update(env)
    return clean


def python(*args: str, timeout: int = 300, drop=(), **env: str) -> subprocess.CompletedProcess:
    """`python <args>` in the project directory, with the project's interpreter."""
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env=_environment(drop, env),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def manage_py(*args: str, timeout: int = 300, drop=(), **env: str) -> subprocess.CompletedProcess:
    return python("manage.py", *args, timeout=timeout, drop=drop, **env)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _accepts(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
    except OSError:
        return False
    return True


@contextmanager
def serving(drop=(), startup_timeout: float = 60, **env: str) -> Iterator[int]:
    """`manage.py runserver` on a free local port for the block, which gets the port; stopped however it ends."""
    port = _free_port()
    # A file, not a pipe: nobody reads the request log while the server runs, and a full pipe would block it.
    with tempfile.TemporaryFile("w+") as log:
        server = subprocess.Popen(
            [sys.executable, "manage.py", "runserver", "--noreload", f"127.0.0.1:{port}"],
            cwd=ROOT,
            env=_environment(drop, env),
            stdout=log,
            stderr=subprocess.STDOUT,
            text=True,
        )
        try:
            deadline = time.monotonic() + startup_timeout
            while not _accepts(port):
                if server.poll() is not None or time.monotonic() > deadline:
                    log.seek(0)
                    raise RuntimeError(f"runserver did not start on port {port}:\n{log.read()[-3000:]}")
                time.sleep(0.2)
            yield port
        finally:
            server.terminate()
            try:
                server.wait(timeout=10)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
