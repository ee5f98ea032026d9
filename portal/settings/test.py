"""Tests: real PostgreSQL from DATABASE_URL (the Makefile starts the local cluster)."""

import os
import tempfile

import dj_database_url

from portal.settings.base import *  # noqa: F403
from portal.settings.base import DATABASE_CACHE, STORAGES

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
DATABASES = {
    "default": dj_database_url.parse(os.environ.get("DATABASE_URL", "postgres://portal:portal@localhost:5432/portal"))
}
# Production's default shared cache, whatever REDIS_URL the shell has: its rows roll back with each test, so no
# test inherits another's sign-in counters.
CACHES = {"default": DATABASE_CACHE}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "http"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES = {
    **STORAGES,
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    # Evidence files that tests upload go to a directory of this run, not the checkout's var/.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": tempfile.mkdtemp(prefix="portal-test-private-"), "base_url": None},
    },
}
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
# Serve static files straight from the apps, so the browser tests' live server needs no collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
