"""Local demo: DEBUG on, emails to the console, SQLite unless DATABASE_URL is set."""

from portal.settings.base import *  # noqa: F403
from portal.settings.base import ALLOWED_HOSTS, SECRET_KEY, VAR_DIR

VAR_DIR.mkdir(parents=True, exist_ok=True)

DEBUG = True
SECRET_KEY = SECRET_KEY or "demo-only-secret-key-never-use-in-production"  # noqa: S105
ALLOWED_HOSTS = ALLOWED_HOSTS or ["localhost", "127.0.0.1", ".localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
