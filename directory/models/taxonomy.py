from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel

from portal.admin.panels import select
from portal.tenancy import NetworkScopedQuerySet


class CategoryQuerySet(NetworkScopedQuerySet):
    def with_descendants(self, category: "Category") -> "CategoryQuerySet":
        """`category` and every category below it (the tree is small: one query per level)."""
        ids, frontier = {category.pk}, {category.pk}
        while frontier:
            frontier = set(self.filter(parent_id__in=frontier).values_list("pk", flat=True)) - ids
            ids |= frontier
        return self.filter(pk__in=ids)


class Category(models.Model):
    """A kind of help (HSDS taxonomy term), arranged in a tree: crisis, counseling, housing..."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="categories")
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.CASCADE, related_name="children", verbose_name=_("parent")
    )
    code = models.SlugField(_("code"), max_length=80)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    hsds_id = models.CharField(_("HSDS id"), max_length=100, blank=True)
    is_crisis = models.BooleanField(
        _("crisis help"), default=False, help_text=_("Services in this category come first for crisis searches.")
    )
    sort_order = models.PositiveIntegerField(_("order"), default=0)

    objects = CategoryQuerySet.as_manager()

    panels = [
        select("parent"),
        FieldRowPanel([FieldPanel("code"), FieldPanel("sort_order"), FieldPanel("is_crisis")]),
        FieldPanel("name"),
        FieldPanel("description"),
    ]

    class Meta:
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        ordering = ["sort_order", "code"]
        constraints = [models.UniqueConstraint(fields=["network", "code"], name="unique_category_code")]

    def __str__(self) -> str:
        return self.name
