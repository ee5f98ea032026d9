"""Which network serves which host name, kept in the process."""

from __future__ import annotations

import copy
import itertools
import threading
import time
from dataclasses import dataclass
from typing import Any

from django.db import connections, router, transaction
from django.db.models import Model
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, Site

from portal.models import Network, NetworkAlias

# The bound on how long another process's committed change goes unseen: each process re-reads the
# map's rows (two small queries) when a request finds them older than this. See docs/decisions/0008.
RECHECK_SECONDS = 2.0

NETWORK_COLUMNS = tuple(field.attname for field in Network._meta.concrete_fields)
SITE_COLUMNS = tuple(field.attname for field in Site._meta.concrete_fields)
PAGE_COLUMNS = tuple(field.attname for field in Page._meta.concrete_fields)


def normalized_hostname(hostname: str) -> str:
    """A host name as the map keys it: lowercase, without the trailing dot of a fully qualified name."""
    return hostname.rstrip(".").lower()


def _unshared(values: tuple) -> tuple:
    # A JSON column (enabled languages) holds a list: each request gets its own, so none can change another's.
    return tuple(copy.deepcopy(value) if isinstance(value, list | dict) else value for value in values)


@dataclass(frozen=True)
class NetworkRow:
    """A network's columns with its site's and its root page's, exactly as the database returned them."""

    network: tuple
    site: tuple
    root_page: tuple

    def instantiate(self, database: str) -> Network:
        """New instances, as a query with `select_related("site__root_page")` would return them."""
        root_page = Page.from_db(database, PAGE_COLUMNS, _unshared(self.root_page))
        site = Site.from_db(database, SITE_COLUMNS, _unshared(self.site))
        site.root_page = root_page
        network = Network.from_db(database, NETWORK_COLUMNS, _unshared(self.network))
        network.site = site
        return network


@dataclass(frozen=True)
class Snapshot:
    """The map as read at one moment. Never changed once built; a newer read replaces it whole."""

    rows: tuple
    by_hostname: dict[str, NetworkRow]
    root_page_ids: frozenset[int]
    database: str
    generation: int
    read_at: float
    # The atomic blocks open when the rows were read, empty when they were read committed: rows read
    # inside a transaction (a test, say) may be rolled back, so they serve only while those blocks are open.
    atomic_blocks: tuple


def _open_atomic_blocks(database: str) -> tuple:
    # Django keeps the atomic blocks open on this thread's connection, outermost first.
    return tuple(connections[database].atomic_blocks)


def _still_open(atomic_blocks: tuple, database: str) -> bool:
    open_blocks = _open_atomic_blocks(database)[: len(atomic_blocks)]
    return len(open_blocks) == len(atomic_blocks) and all(
        block is open_block for block, open_block in zip(atomic_blocks, open_blocks, strict=True)
    )


def _read_rows(database: str) -> tuple:
    site_columns = [f"site__{column}" for column in SITE_COLUMNS]
    page_columns = [f"site__root_page__{column}" for column in PAGE_COLUMNS]
    # rewrite(False): modeltranslation would otherwise read `name` from the active language's column.
    networks = Network.objects.using(database).rewrite(False).order_by("pk")
    network_rows = tuple(networks.values_list(*NETWORK_COLUMNS, *site_columns, *page_columns))
    aliases = NetworkAlias.objects.using(database).order_by("pk").values_list("network_id", "hostname")
    return network_rows, tuple(aliases)


def _index(rows: tuple) -> tuple[dict[str, NetworkRow], frozenset[int]]:
    network_rows, alias_rows = rows
    site_start = len(NETWORK_COLUMNS)
    page_start = site_start + len(SITE_COLUMNS)
    by_network_id = {
        row[0]: NetworkRow(network=row[:site_start], site=row[site_start:page_start], root_page=row[page_start:])
        for row in network_rows
    }
    hostname_index = SITE_COLUMNS.index("hostname")
    by_hostname: dict[str, NetworkRow] = {}
    # Host names are unique across sites and aliases (provisioning checks); should two rows ever claim
    # one, the site beats the alias and the older network the newer, the same answer in every process.
    for network_row in by_network_id.values():
        by_hostname.setdefault(normalized_hostname(network_row.site[hostname_index]), network_row)
    for network_id, hostname in alias_rows:
        # A network committed between the two queries is left out; its aliases wait for the next read too.
        if network_id in by_network_id:
            by_hostname.setdefault(normalized_hostname(hostname), by_network_id[network_id])
    root_page_ids = frozenset(network_row.root_page[0] for network_row in by_network_id.values())
    return by_hostname, root_page_ids


class HostMap:
    """Host name to network, read from the database once and re-read when stale or changed."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._snapshot: Snapshot | None = None
        self._generations = itertools.count(1)
        self._generation = 0

    def network_for(self, hostname: str) -> Network | None:
        """The network served at `hostname` (no port), in instances no other caller holds, or None."""
        snapshot = self._current_snapshot()
        network_row = snapshot.by_hostname.get(normalized_hostname(hostname))
        return None if network_row is None else network_row.instantiate(snapshot.database)

    def invalidate(self) -> None:
        """Have the next lookup read the database again."""
        self._generation = next(self._generations)

    def serves_root_page(self, page_id: int) -> bool:
        snapshot = self._snapshot
        return snapshot is not None and page_id in snapshot.root_page_ids

    def _is_current(self, snapshot: Snapshot | None) -> bool:
        return (
            snapshot is not None
            and snapshot.generation == self._generation
            and time.monotonic() - snapshot.read_at < RECHECK_SECONDS
            and (not snapshot.atomic_blocks or _still_open(snapshot.atomic_blocks, snapshot.database))
        )

    def _current_snapshot(self) -> Snapshot:
        snapshot = self._snapshot
        if self._is_current(snapshot):
            return snapshot
        with self._lock:
            snapshot = self._snapshot
            if self._is_current(snapshot):
                return snapshot
            # Taken before the read, so a change saved while it runs makes the result stale at once.
            generation = self._generation
            read_at = time.monotonic()
            database = router.db_for_read(Network)
            rows = _read_rows(database)
            if snapshot is not None and snapshot.rows == rows and snapshot.database == database:
                by_hostname, root_page_ids = snapshot.by_hostname, snapshot.root_page_ids
            else:
                by_hostname, root_page_ids = _index(rows)
                # Wagtail builds page URLs from its own per-process cache of these rows, and clears it only
                # on changes saved in this process: a change found here may come from another.
                Site.clear_site_root_paths_cache()
            self._snapshot = Snapshot(
                rows=rows,
                by_hostname=by_hostname,
                root_page_ids=root_page_ids,
                database=database,
                generation=generation,
                read_at=read_at,
                atomic_blocks=_open_atomic_blocks(database),
            )
            return self._snapshot


host_map = HostMap()


def network_for_host(hostname: str) -> Network | None:
    """The network served at `hostname` with its site and root page loaded, new for each call, or None."""
    return host_map.network_for(hostname)


def _forget(using: str) -> None:
    # Now, so this thread sees its own change; and after commit, so no thread keeps rows it read before it.
    host_map.invalidate()
    transaction.on_commit(host_map.invalidate, using=using)


@receiver([post_save, post_delete], sender=Network)
@receiver([post_save, post_delete], sender=NetworkAlias)
@receiver([post_save, post_delete], sender=Site)
def forget_changed_hosts(sender: type[Model], using: str, **kwargs: Any) -> None:
    _forget(using)


@receiver(post_save)
def forget_changed_root_page(sender: type[Model], instance: Model, using: str, **kwargs: Any) -> None:
    """Root pages save as their own page type (a HomePage), so this hears every save and acts on theirs."""
    if isinstance(instance, Page) and host_map.serves_root_page(instance.pk):
        _forget(using)
