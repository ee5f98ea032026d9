"""Django's PostgreSQL backend for the embedded server, with a one-line answer when the server is down."""

from pathlib import Path

from django.core.management.base import CommandError
from django.db.backends.postgresql import base as postgresql
from django.db.utils import OperationalError

from portal.embedded_database import START_HINT, is_running


class EmbeddedDatabaseNotRunning(CommandError, OperationalError):
    """The embedded server is not running.

    A CommandError, so that manage.py prints the message alone instead of a traceback; an OperationalError, so
    that code that tolerates an unreachable database (makemigrations' history check) still does.
    """


class DatabaseWrapper(postgresql.DatabaseWrapper):
    """Django's PostgreSQL backend, unchanged while the embedded server answers."""

    def get_new_connection(self, conn_params):
        try:
            return super().get_new_connection(conn_params)
        except postgresql.Database.OperationalError as error:
            data_dir = Path(self.settings_dict["HOST"])
            if is_running(data_dir):
                raise
            raise EmbeddedDatabaseNotRunning(
                f"The demo database (embedded PostgreSQL in {data_dir}) is not running: start it with {START_HINT},"
                " or set DATABASE_URL."
            ) from error
