"""Where volunteers' evidence files live: outside MEDIA_ROOT, never served by URL, only through a checked view."""

from django.core.files.storage import Storage, storages


def private_storage() -> Storage:
    # A callable, so migrations name this function rather than a path of the machine they were made on.
    return storages["private"]
