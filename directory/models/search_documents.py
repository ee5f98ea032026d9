from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from portal.tenancy import NetworkScopedQuerySet


class ServiceSearchDocument(models.Model):
    """The searchable text of one listed service in one language, stemmed with that language's rules."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="+")
    service = models.ForeignKey("directory.Service", on_delete=models.CASCADE, related_name="search_documents")
    language = models.CharField(_("language"), max_length=10)
    # Kept apart so the vector can weigh them: name (A) > categories (B) > everything else (C).
    name = models.TextField(blank=True)
    categories = models.TextField(blank=True)
    body = models.TextField(blank=True)
    # All of the above, for substring matching of scripts without word breaks (Chinese).
    text = models.TextField(blank=True)
    vector = SearchVectorField(null=True)
    # Whether the service offers crisis help: matching crisis services come first, with no join at search time.
    is_crisis = models.BooleanField(default=False)

    objects = NetworkScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("service search document")
        constraints = [models.UniqueConstraint(fields=["service", "language"], name="unique_service_search_document")]
        indexes = [
            models.Index(fields=["network", "language"], name="directory_ssd_network_lang"),
            GinIndex(fields=["vector"], name="directory_ssd_vector"),
            GinIndex(fields=["text"], opclasses=["gin_trgm_ops"], name="directory_ssd_text_trgm"),
        ]

    def __str__(self) -> str:
        return f"{self.service_id} [{self.language}]"


class SearchTerm(models.Model):
    """A word that occurs in a network's listings in one language: what a misspelt word is corrected to."""

    network = models.ForeignKey("portal.Network", on_delete=models.CASCADE, related_name="+")
    language = models.CharField(_("language"), max_length=10)
    word = models.CharField(_("word"), max_length=60)

    objects = NetworkScopedQuerySet.as_manager()

    class Meta:
        verbose_name = _("search term")
        constraints = [
            models.UniqueConstraint(fields=["network", "language", "word"], name="unique_search_term"),
        ]
        indexes = [GinIndex(fields=["word"], opclasses=["gin_trgm_ops"], name="directory_search_term_trgm")]

    def __str__(self) -> str:
        return self.word
