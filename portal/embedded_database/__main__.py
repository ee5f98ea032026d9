"""`python -m portal.embedded_database start|stop|status`: the demo's PostgreSQL under the settings' VAR_DIR."""

import argparse
import os
import sys

from django.conf import settings

from portal.embedded_database import connection_uri, data_directory, is_running
from portal.embedded_database.server import EmbeddedServerError, start, stop


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m portal.embedded_database",
        description="Start, stop or check the demo's embedded PostgreSQL, kept under VAR_DIR between runs.",
    )
    parser.add_argument("action", choices=["start", "stop", "status"])
    action = parser.parse_args(argv).action
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.dev")
    data_dir = data_directory(settings.VAR_DIR)
    try:
        if action == "start":
            start(data_dir)
            print(f"Embedded PostgreSQL is running: {connection_uri(data_dir)} (stop it with make demo-db-stop)")
        elif action == "stop":
            print("Embedded PostgreSQL stopped." if stop(data_dir) else "Embedded PostgreSQL was not running.")
        elif is_running(data_dir):
            print(f"Embedded PostgreSQL is running: {connection_uri(data_dir)}")
        else:
            print("Embedded PostgreSQL is not running.")
            return 3
    except EmbeddedServerError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
