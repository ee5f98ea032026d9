"""Keeps the search documents in step with what is published: only live rows are ever indexed."""

from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from directory.models import Category, NetworkCrisisTerm, Service, ServiceLanguage
from directory.search.crisis.network import forget_crisis_terms
from directory.search.documents import indexing_deferred
from directory.search.forms import spoken_languages_key
from directory.search.tasks import index_category_services_task, schedule_indexing


@receiver(post_save, sender=Service)
def index_saved_service(sender, instance: Service, raw: bool = False, **kwargs) -> None:
    # Saving a draft of a live service writes only a revision (and flags), so the row still holds the
    # published text; a service that is not live loses its documents.
    if not raw:
        schedule_indexing([instance.pk])


@receiver(m2m_changed, sender=Service.categories.through)
def index_recategorised_service(sender, instance, action: str, reverse: bool, pk_set, **kwargs) -> None:
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    schedule_indexing(pk_set or () if reverse else [instance.pk])


@receiver(post_save, sender=Category)
def index_services_of_renamed_category(sender, instance: Category, created: bool, raw: bool = False, **kwargs) -> None:
    if not (created or raw or indexing_deferred()):
        index_category_services_task.enqueue(category_id=instance.pk)


@receiver(post_save, sender=ServiceLanguage)
@receiver(post_delete, sender=ServiceLanguage)
def forget_spoken_languages(sender, instance: ServiceLanguage, **kwargs) -> None:
    network_id = Service.objects.filter(pk=instance.service_id).values_list("network_id", flat=True).first()
    if network_id is not None:
        # After commit: with a cache outside the database, another process could otherwise put the old list
        # back before this transaction commits, and keep it for the cache's lifetime.
        key = spoken_languages_key(network_id)
        transaction.on_commit(lambda: cache.delete(key))


@receiver(post_save, sender=NetworkCrisisTerm)
@receiver(post_delete, sender=NetworkCrisisTerm)
def forget_network_crisis_terms(sender, instance: NetworkCrisisTerm, **kwargs) -> None:
    forget_crisis_terms(instance.network_id)
