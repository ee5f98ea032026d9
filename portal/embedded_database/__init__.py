"""The demo's embedded PostgreSQL: where it keeps its cluster under VAR_DIR and how Django reaches it."""

from __future__ import annotations

import os
from pathlib import Path

DATABASE_NAME = "portal"
# The superuser the wheel's initdb creates; local connections are trusted and there is no TCP listener.
SUPERUSER = "postgres"
START_HINT = "make demo-db (or .venv/bin/python -m portal.embedded_database start)"


def data_directory(var_dir: Path) -> Path:
    """The cluster under `var_dir`; the server's Unix socket lives there too, so it is the connection host."""
    # Absolute: libpq takes a host for a socket directory only when it starts with a slash.
    return (var_dir / "postgres").resolve()


def connection_settings(var_dir: Path) -> dict[str, str]:
    """`DATABASES["default"]` for the embedded server under `var_dir`."""
    return {
        "ENGINE": "portal.embedded_database",
        "NAME": DATABASE_NAME,
        "USER": SUPERUSER,
        "HOST": str(data_directory(var_dir)),
    }


def connection_uri(data_dir: Path) -> str:
    """The libpq URI of the portal database, for psql and other clients."""
    return f"postgresql://{SUPERUSER}@/{DATABASE_NAME}?host={data_dir}"


def running_pid(data_dir: Path) -> int | None:
    """The process id of the live server that owns `data_dir` (from its postmaster.pid), or None."""
    try:
        pid = int((data_dir / "postmaster.pid").read_text().split()[0])
    except (OSError, IndexError, ValueError):
        return None
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        # The process exists but belongs to another account, as the server does when root started it.
        return pid
    return pid


def is_running(data_dir: Path) -> bool:
    """Whether a live server owns `data_dir`."""
    return running_pid(data_dir) is not None
