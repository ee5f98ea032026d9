"""What an import changed, row by row: compared before saving, so unchanged rows are neither saved nor logged."""

from __future__ import annotations

from collections.abc import Callable

from django.db import models
from modelcluster.models import ClusterableModel
from wagtail.log_actions import log
from wagtail.models import RevisionMixin

from directory.models.services import SERVICE_CHILD_RELATIONS

# Fields a save or a publication sets by itself: they say when, not what, so they are no change of content.
BOOKKEEPING = {
    "updated_at",
    "created_at",
    "latest_revision",
    "live_revision",
    "first_published_at",
    "last_published_at",
    "locked",
    "locked_at",
    "locked_by",
}


def _fields(obj: models.Model, skip: set[str]) -> dict[str, object]:
    # An empty text is stored as NULL in a language column and read back as "" from a file: the same content.
    return {
        field.attname: "" if (value := field.value_from_object(obj)) is None else value
        for field in obj._meta.concrete_fields
        if not field.primary_key and field.name not in BOOKKEEPING and field.name not in skip
    }


def existing_or_new(existing: models.Model | None, new: Callable[[], models.Model]):
    """The row an import updates, whether it is new, and its state before (None for a new row)."""
    if existing is None:
        return new(), True, None
    return existing, False, state(existing)


def state(obj: models.Model) -> dict[str, object]:
    """The content of `obj` as an import compares it: its own columns and, for a service, its children."""
    values = _fields(obj, set())
    if not isinstance(obj, ClusterableModel):
        return values
    for relation in SERVICE_CHILD_RELATIONS:
        manager = getattr(obj, relation, None)
        if manager is None:
            continue
        children = list(manager.all())
        if all(child.pk for child in children):
            # Read from the database: in their numbered order. Assigned by the import: in the package's order.
            children.sort(key=lambda child: (getattr(child, "sort_order", 0) or 0, child.pk))
        values[relation] = [_fields(child, {"sort_order", "service"}) for child in children]
    if hasattr(obj, "categories"):
        values["categories"] = sorted(category.pk for category in obj.categories.all())
    return values


def record(obj: models.Model, created: bool, user=None) -> None:
    """A log entry for a row the import created or changed; for a revisioned row a revision, published."""
    action = "wagtail.create" if created else "wagtail.edit"
    if isinstance(obj, RevisionMixin):
        # Read back, so the revision holds what the database holds (translations written by UPDATE, links).
        fresh = type(obj)._default_manager.get(pk=obj.pk)
        # HSDS does not require a description; the model's form does, so the revision is not cleaned.
        revision = fresh.save_revision(user=user, clean=False)
        log(fresh, action, user=user, revision=revision)
        revision.publish(user=user, skip_permission_checks=True)
        return
    log(obj, action, user=user)
