"""Import HSDS tables into one network: idempotent on HSDS ids, one transaction per organization."""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Callable
from contextlib import nullcontext
from itertools import groupby
from operator import attrgetter
from pathlib import Path

from django.db import DatabaseError, transaction
from django.db.models import F
from django.utils import translation
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Orderable

from directory.hsds.columns import KEPT_COLUMNS
from directory.hsds.exporter import taxonomy_row
from directory.hsds.history import existing_or_new, record, state
from directory.hsds.ids import CONFIDENTIAL_TERM_ID, lookup, public_id
from directory.hsds.json_shapes import read_json
from directory.hsds.locations import save_location
from directory.hsds.package_checks import refuse_duplicates_and_reserved_ids
from directory.hsds.report import ImportReport
from directory.hsds.services import save_service
from directory.hsds.tabular import TABLE_FILES, Row, Tables, read_package
from directory.hsds.translations import Translations
from directory.hsds.validation import RowError, check_row, clean_or_raise, set_text
from directory.models import (
    Category,
    CostOption,
    Location,
    RequiredDocument,
    ScheduleException,
    Service,
    ServiceAtLocation,
)
from directory.search.documents import defer_indexing, indexing_deferred
from portal.languages import network_default
from portal.models import Organization

Progress = Callable[[int, int, str], None]


# Tables whose content the directory keeps; every other table is summarised as "not kept".
class HsdsImporter:
    """Imports one set of HSDS tables into `network`."""

    def __init__(self, network, tables: Tables, progress: Progress | None = None, user=None):
        self.network = network
        self.tables = tables
        # Who the history entries name: the moderator of an admin upload; nobody for the command.
        self.user = user
        self.progress = progress or (lambda done, total, label: None)
        self.report = ImportReport()
        self.categories: dict[str, Category] = {}
        self.locations: dict[str, Location] = {}
        self.services: dict[str, Service] = {}
        # Terms of the network's own taxonomy, as export_hsds names it: they point at its categories.
        self.own_taxonomy_id = taxonomy_row(network)["id"]
        self.linked_terms: set[str] = set()
        # Services the current organization's transaction changed, for their history once their links are written.
        self.changed_services: dict[int, tuple[Service, bool]] = {}
        self.link_rows: dict[str | None, list[Row]] = {}
        # Services given new child rows (phones, hours, links...), whose children are numbered at the end.
        self.renumber: set[int] = set()
        self.translations = Translations(tables, network.default_language, self.report)

    def run(self) -> ImportReport:
        """Import everything; bad rows are reported and skipped, the good ones kept."""
        started = time.monotonic()
        self.report.errors += self.tables.errors
        self.report.warnings += self.tables.warnings
        if self.tables.unreadable or not self._anything_found():
            self.report.nothing_imported = True
            self.report.seconds = time.monotonic() - started
            return self.report
        refuse_duplicates_and_reserved_ids(self.network, self.tables, self.report)
        language = self.network.default_language
        # One rebuild of the network's search documents at the end instead of one per saved service; inside a
        # caller's deferred block (the demo seeder) the caller rebuilds them once its own changes are made too.
        indexing = nullcontext() if indexing_deferred() else defer_indexing(self.network)
        with translation.override(language), network_default(language), indexing:
            self._note_not_kept()
            self._index()
            groups = self._organization_groups()
            total = len(groups) + 2
            self.progress(0, total, _("taxonomy terms"))
            with transaction.atomic():
                self._import_taxonomy()
            for done, (org_id, group) in enumerate(groups.items(), start=1):
                self.progress(done, total, _("organization %(id)s") % {"id": org_id})
                self._import_organization(org_id, group)
            self.progress(total - 1, total, _("services at locations"))
            self._import_links(self.link_rows.pop(None, []))
            self._number_children()
            self.translations.report_unused()
            self.progress(total, total, _("done"))
        self.report.seconds = time.monotonic() - started
        return self.report

    def _anything_found(self) -> bool:
        """Whether the package holds a row of any table; an empty one is an error, not a quiet success."""
        if any(self.tables.rows.values()) or self.tables.translations:
            return True
        if not self.tables.errors:
            self.report.error("", "", _("nothing to import: no HSDS table or service was found"))
        return False

    # -- indexing ---------------------------------------------------------------------------------------------

    def _note_not_kept(self) -> None:
        for table, rows in self.tables.rows.items():
            if not rows:
                continue
            label = TABLE_FILES.get(table, table) if rows[0].source.endswith(".csv") else table
            kept = KEPT_COLUMNS.get(table)
            if kept is None:
                self.report.not_kept[label] = [_("the whole table (%(count)d rows)") % {"count": len(rows)}]
                continue
            dropped = sorted({col for row in rows for col, value in row.values.items() if value and col not in kept})
            dropped = [column for column in dropped if not column.endswith("_id") or column in {"program_id"}]
            if dropped:
                self.report.not_kept[label] = dropped

    def _index(self) -> None:
        self.by_service = defaultdict(lambda: defaultdict(list))
        sal_service = {row.get("id"): row.get("service_id") for row in self.tables["service_at_location"]}
        for table in ("phone", "schedule", "language", "cost_option", "required_document"):
            for row in self.tables[table]:
                service_id = row.get("service_id") or sal_service.get(row.get("service_at_location_id"), "")
                if service_id:
                    self.by_service[service_id][table].append(row)
                elif table in ("phone", "schedule") and not (table == "phone" and row.get("contact_id")):
                    self.report.warn(row.source, row.line, _("not kept: belongs to no service"))
        self.phone_languages = defaultdict(list)
        for row in self.tables["language"]:
            if row.get("phone_id"):
                self.phone_languages[row.get("phone_id")].append(row)
        service_ids = {row.get("id") for row in self.tables["service"]}
        self.confidential_locations = set()
        for row in self.tables["attribute"]:
            if row.get("taxonomy_term_id") == CONFIDENTIAL_TERM_ID and row.get("link_entity") == "location":
                self.confidential_locations.add(row.get("link_id"))
            elif row.get("link_id") in service_ids:
                self.by_service[row.get("link_id")]["attribute"].append(row)
            else:
                self.report.warn(
                    row.source,
                    row.line,
                    _("not kept: link_id %(id)s is not a service in this import") % {"id": row.get("link_id")},
                )
        self.by_location = defaultdict(lambda: defaultdict(list))
        for table in ("address", "accessibility"):
            for row in self.tables[table]:
                self.by_location[row.get("location_id")][table].append(row)

    def _organization_groups(self) -> dict[str, dict]:
        """Organization id -> its row (None for one already in the directory), locations and services."""
        existing = {}
        for org in Organization.objects.for_network(self.network):
            # By public id as well: an export names an organization without an HSDS id by its generated id.
            existing[public_id(org)] = org
            if org.hsds_id:
                existing[org.hsds_id] = org
        self.existing_organizations = existing
        groups: dict[str, dict] = {}
        for row in self.tables["organization"]:
            # Duplicate ids were refused before (package_checks); a row without one still gets a group of its own.
            org_id = row.get("id") or f"{row.source}:{row.line}"
            groups[org_id] = {"row": row, "locations": [], "services": []}
        service_org = {}
        for row in self.tables["service"]:
            org_id = row.get("organization_id")
            if org_id and org_id not in groups and org_id in existing:
                groups[org_id] = {"row": None, "locations": [], "services": []}
            if org_id in groups:
                groups[org_id]["services"].append(row)
                service_org[row.get("id")] = org_id
            elif not org_id:
                self.report.error(row.source, row.line, _("missing required field: organization_id"))
            else:
                self.report.error(row.source, row.line, _("unknown organization_id %(id)s") % {"id": org_id})
        location_org: dict[str, str] = {}
        location_services = defaultdict(list)
        for row in self.tables["service_at_location"]:
            location_services[row.get("location_id")].append(row.get("service_id"))
        for row in self.tables["location"]:
            org_id = row.get("organization_id")
            if org_id not in groups:
                # HSDS makes a location's organization optional: adopt the organization of a service offered there.
                owners = [service_org[s] for s in location_services[row.get("id")] if s in service_org]
                if not owners:
                    self.report.error(row.source, row.line, _("unknown organization_id %(id)s") % {"id": org_id})
                    continue
                if org_id:
                    self.report.warn(
                        row.source,
                        row.line,
                        _(
                            "unknown organization_id %(id)s: attached to %(owner)s, "
                            "the organization of a service offered there"
                        )
                        % {"id": org_id, "owner": owners[0]},
                    )
                org_id = owners[0]
            groups[org_id]["locations"].append(row)
            location_org[row.get("id")] = org_id
        self._place_links(list(groups), service_org, location_org)
        return groups

    def _place_links(self, order: list[str], service_org: dict[str, str], location_org: dict[str, str]) -> None:
        """Each service_at_location row goes into the transaction of the later of its service's and its
        location's organizations, so an interrupted import never leaves a service without its locations.
        Rows whose service is in no organization of the package go last, on their own (and are refused)."""
        position = {org_id: number for number, org_id in enumerate(order)}
        self.link_rows: dict[str | None, list[Row]] = defaultdict(list)
        for row in self.tables["service_at_location"]:
            service_owner = service_org.get(row.get("service_id"))
            location_owner = location_org.get(row.get("location_id"), service_owner)
            if service_owner is None:
                self.link_rows[None].append(row)
                continue
            self.link_rows[max(service_owner, location_owner, key=position.__getitem__)].append(row)

    # -- writing ----------------------------------------------------------------------------------------------

    def _guarded(self, row: Row, write: Callable[[], None]) -> bool:
        """Write one row in a savepoint; a bad row is reported and leaves nothing behind."""
        try:
            with transaction.atomic():
                write()
        except (RowError, DatabaseError) as error:
            self.report.error(row.source, row.line, str(error))
            return False
        return True

    def _count(self, kind: str, created: bool) -> None:
        (self.report.created if created else self.report.updated)[kind] += 1

    def _import_taxonomy(self) -> None:
        rows = self.tables["taxonomy_term"]
        by_hsds = {}
        for category in Category.objects.for_network(self.network):
            by_hsds[public_id(category)] = category
            if category.hsds_id:
                by_hsds[category.hsds_id] = category
        by_code = {c.code: c for c in Category.objects.for_network(self.network)}
        # Attributes may point at terms imported before, not only at terms of this package.
        self.categories.update(by_hsds)
        # The confidential mark is a term of the directory's own, not a category (see exporter.location_flag_rows).
        rows = [row for row in rows if row.get("id") != CONFIDENTIAL_TERM_ID]
        for row in rows:
            self._guarded(row, lambda row=row: self._save_category(row, by_hsds, by_code))
        for row in rows:
            category, parent_id = self.categories.get(row.get("id")), row.get("parent_id")
            if category is None or row.get("id") in self.linked_terms:
                continue
            parent = self.categories.get(parent_id) or by_hsds.get(parent_id) if parent_id else None
            if parent_id and (parent is None or parent.pk == category.pk):
                self.report.warn(
                    row.source, row.line, _("unknown parent_id %(id)s: kept at the top of the tree") % {"id": parent_id}
                )
            if category.parent_id != (parent.pk if parent else None):
                category.parent = parent if parent and parent.pk != category.pk else None
                category.save(update_fields=["parent"])
                record(category, False, self.user)

    def _save_category(self, row: Row, by_hsds: dict, by_code: dict) -> None:
        check_row("taxonomy_term", row)
        code = slugify(row.get("code") or row.get("name"))[:80] or slugify(row.get("id"))[:80]
        category = by_hsds.get(row.get("id")) or by_code.get(code)
        if category is not None and row.get("taxonomy_id") == self.own_taxonomy_id:
            # The network's own category: an import files services under it but leaves its names and place as
            # they are (the network's editors keep them, in every language).
            self.categories[row.get("id")] = category
            self.linked_terms.add(row.get("id"))
            return
        created = category is None
        if created:
            base, number = code, 2
            while code in by_code:
                code, number = f"{base[:75]}-{number}", number + 1
            category = Category(network=self.network, code=code)
        before = None if created else state(category)
        # An export names a category without an HSDS id by its generated id: that is no id to keep.
        if created or public_id(category) != row.get("id"):
            category.hsds_id = row.get("id")
        set_text(category, "name", row.get("name"))
        set_text(category, "description", row.get("description"))
        self.translations.set_on(category, "taxonomy_term", row.get("id"))
        clean_or_raise(category, exclude=["parent", "network"])
        by_code[category.code] = by_hsds[row.get("id")] = self.categories[row.get("id")] = category
        if before is not None and state(category) == before:
            self.report.unchanged["categories"] += 1
            return
        category.save()
        record(category, created, self.user)
        self._count("categories", created)

    def _import_organization(self, org_id: str, group: dict) -> None:
        row = group["row"]
        try:
            with transaction.atomic():
                self.changed_services = {}
                organization = self._save_organization(row) if row else self.existing_organizations[org_id]
                for location_row in group["locations"]:
                    self._guarded(location_row, lambda r=location_row: self._save_location(organization, r))
                for service_row in group["services"]:
                    self._guarded(service_row, lambda r=service_row: self._save_service(organization, r))
                self._import_links(self.link_rows.pop(org_id, []))
        except Exception as error:  # noqa: BLE001 - one organization's failure must not stop the others
            self.report.error(
                row.source if row else "",
                row.line if row else "",
                _(
                    "%(reason)s (the organization, its %(services)d services and %(locations)d locations were not "
                    "imported)"
                )
                % {"reason": error, "services": len(group["services"]), "locations": len(group["locations"])},
            )
            self.changed_services = {}
            for location_row in group["locations"]:
                self.locations.pop(location_row.get("id"), None)
            for service_row in group["services"]:
                self.services.pop(service_row.get("id"), None)

    def _save_organization(self, row: Row) -> Organization:
        check_row("organization", row)
        organization, created, before = existing_or_new(
            self.existing_organizations.get(row.get("id")),
            lambda: Organization(network=self.network, hsds_id=row.get("id")),
        )
        for column in ("name", "alternate_name", "description"):
            set_text(organization, column, row.get(column))
        organization.email = row.get("email")
        organization.website = row.get("website")
        self.translations.set_on(organization, "organization", row.get("id"))
        clean_or_raise(organization, exclude=["network"])
        if before is not None and state(organization) == before:
            self.report.unchanged["organizations"] += 1
            return organization
        organization.save()
        record(organization, created, self.user)
        self._count("organizations", created)
        return organization

    def _save_location(self, organization: Organization, row: Row) -> None:
        location, created, changed = save_location(self, organization, row)
        self.locations[row.get("id")] = location
        if changed:
            record(location, created, self.user)
            self._count("locations", created)
        else:
            self.report.unchanged["locations"] += 1

    def _save_service(self, organization: Organization, row: Row) -> None:
        service, created, changed = save_service(self, organization, row)
        changed = self._translate_service(service, row.get("id")) or changed
        self.services[row.get("id")] = service
        if changed:
            self.changed_services[service.pk] = (service, created)
            self.renumber.add(service.pk)
            self._count("services", created)
        else:
            self.report.unchanged["services"] += 1

    def _number_children(self) -> None:
        """Number the phones, hours, costs... of the imported services in the package's order.

        modelcluster saves child rows without a sort order, and rows of equal order come back in any order.
        """
        service_ids = sorted(self.renumber)
        for relation in Service._meta.related_objects:
            model, parent = relation.related_model, relation.field.attname
            if not issubclass(model, Orderable) or not service_ids:
                continue
            rows = (
                model.objects.filter(**{f"{parent}__in": service_ids})
                .order_by(parent, F("sort_order").asc(nulls_last=True), "pk")
                .only("pk", parent, "sort_order")
            )
            renumbered = []
            for _service_id, children in groupby(rows, key=attrgetter(parent)):
                for number, child in enumerate(children):
                    if child.sort_order != number:
                        child.sort_order = number
                        renumbered.append(child)
            model.objects.bulk_update(renumbered, ["sort_order"], batch_size=500)

    def _translate_service(self, service: Service, service_id: str) -> bool:
        """The texts of the service's costs, documents and dated notes in other languages; whether one changed.

        The service's own texts are set before it is saved (services.py).
        """
        children = self.by_service[service_id]
        changes = [
            self.translations.write_children(
                "cost_option",
                children["cost_option"],
                lambda: CostOption.objects.filter(service=service).order_by("sort_order", "pk"),
            ),
            self.translations.write_children(
                "required_document",
                children["required_document"],
                lambda: RequiredDocument.objects.filter(service=service).order_by("sort_order", "pk"),
                lambda row, document: document.document == row.get("document")[:300],
            ),
            self.translations.write_children(
                "schedule",
                children["schedule"],
                lambda: ScheduleException.objects.filter(service=service).order_by("sort_order", "pk"),
                lambda row, exception: (
                    (exception.date.isoformat(), exception.note)
                    == (row.get("valid_from")[:10], row.get("description")[:200])
                ),
            ),
        ]
        return any(changes)

    def _import_links(self, rows: list[Row]) -> None:
        """The service_at_location rows given, then the history of the services they and the import changed."""
        for row in rows:
            self._guarded(row, lambda row=row: self._save_link(row))
        changed, self.changed_services = self.changed_services, {}
        for service, created in changed.values():
            record(service, created, self.user)

    def _save_link(self, row: Row) -> None:
        check_row("service_at_location", row)
        service = self.services.get(row.get("service_id"))
        location = self.locations.get(row.get("location_id"))
        if location is None:
            location = (
                Location.objects.for_network(self.network).filter(lookup("location", row.get("location_id"))).first()
            )
        if service is None or location is None:
            raise RowError(_("unknown service_id or location_id (or its row was not imported)"))
        link, created, before = existing_or_new(
            ServiceAtLocation.objects.filter(service=service, location=location).first(),
            lambda: ServiceAtLocation(service=service, location=location),
        )
        # An export names a link without an HSDS id by its generated id: that is no id to keep.
        if created or public_id(link) != row.get("id"):
            link.hsds_id = row.get("id")
        link.description = row.get("description")[:300]
        if before is not None and state(link) == before:
            self.report.unchanged["services at locations"] += 1
            return
        link.save()
        # A link is part of its service's content: its change is in the service's next revision.
        self.changed_services.setdefault(service.pk, (service, False))
        self.renumber.add(service.pk)
        self._count("services at locations", created)


def read_source(path: Path, name: str = "") -> Tables:
    """Tables from a datapackage folder or zip, or from an HSDS JSON file; `name` is the file's name as uploaded."""
    if path.suffix.lower() == ".json" and path.name != "datapackage.json":
        return read_json(path, name)
    if path.name == "datapackage.json":
        path = path.parent
    return read_package(path, name)


def import_hsds(network, path: Path, progress: Progress | None = None, user=None, name: str = "") -> ImportReport:
    """Import the HSDS package or JSON file at `path` into `network`; `user` and `name` say who uploaded what."""
    return HsdsImporter(network, read_source(path, name), progress, user).run()
