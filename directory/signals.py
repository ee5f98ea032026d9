"""Keeps the search documents in step with what is published: only live rows are ever indexed."""

from django.db.models.signals import m2m_changed, post_save
from django.dispatch import receiver

from directory.models import Category, Service
from directory.search import index_service
from directory.search.documents import indexing_deferred


@receiver(post_save, sender=Service)
def index_saved_service(sender, instance: Service, raw: bool = False, **kwargs) -> None:
    # Saving a draft of a live service writes only a revision (and flags), so the row still holds the
    # published text; a service that is not live loses its documents here.
    if not raw and not indexing_deferred():
        index_service(instance)


@receiver(m2m_changed, sender=Service.categories.through)
def index_recategorised_service(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "post_clear") or indexing_deferred():
        return
    if not reverse:
        index_service(instance)
        return
    for service in Service.objects.filter(pk__in=pk_set or ()):
        index_service(service)


@receiver(post_save, sender=Category)
def index_services_of_renamed_category(sender, instance: Category, created: bool, raw: bool = False, **kwargs) -> None:
    if created or raw or indexing_deferred():
        return
    for service in Service.objects.filter(categories=instance).listed():
        index_service(service)
