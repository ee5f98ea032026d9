"""Which admin objects (pages, snippets, their log entries and workflow states) belong to the host's network."""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.models import Page

from portal.models import Network
from portal.models.moderation import network_of


def network_pages(network: Network, pages=None):
    """`pages` (by default every page) narrowed to those under `network`'s root page."""
    pages = Page.objects.all() if pages is None else pages
    return pages.filter(path__startswith=network.site.root_page.path)


def belongs_to(obj, network: Network) -> bool:
    """True when `obj` (a page, or a record with a network) is `network`'s."""
    if obj is None:
        return False
    if isinstance(obj, Page):
        return obj.path.startswith(network.site.root_page.path)
    return network_of(obj) == network


def generic_objects_of(network: Network, content_type_ids, content_type_field: str, object_id_field: str) -> Q:
    """A filter on a generic relation (content type id, text object id) keeping `network`'s objects only.

    Pages are kept when they sit under the network's root page; other models when their default manager has
    `for_network`. Rows of models that belong to no network (or to every one) are left out.
    """
    condition = Q(pk__in=[])
    for content_type_id in set(content_type_ids):
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if issubclass(model, Page):
            objects = network_pages(network)
        elif hasattr(model._default_manager, "for_network"):
            objects = model._default_manager.for_network(network)
        else:
            continue
        text_ids = objects.order_by().annotate(text_id=Cast("pk", CharField())).values("text_id")
        condition |= Q(**{content_type_field: content_type_id, f"{object_id_field}__in": text_ids})
    return condition
