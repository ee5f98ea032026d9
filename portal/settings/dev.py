"""Local demo: DEBUG on, emails to the console, the embedded PostgreSQL under VAR_DIR unless DATABASE_URL is set."""

from portal import embedded_database
from portal.settings.base import *  # noqa: F403
from portal.settings.base import ALLOWED_HOSTS, DATABASES, SECRET_KEY, STORAGES, VAR_DIR
from portal.settings.environment import env_int

VAR_DIR.mkdir(parents=True, exist_ok=True)

if not DATABASES["default"]:
    # No DATABASE_URL: the server `make demo-db` starts (manage.py says so in one line when it is down).
    DATABASES = {
        "default": {
            **embedded_database.connection_settings(VAR_DIR),
            "CONN_MAX_AGE": env_int("DATABASE_CONN_MAX_AGE", 60),
            "CONN_HEALTH_CHECKS": True,
        }
    }

DEBUG = True
SECRET_KEY = SECRET_KEY or "demo-only-secret-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", ".localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
