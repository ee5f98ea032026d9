"""Recording and reading a service's live openings: saved at once, outside moderation, each update kept."""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from django.db import transaction
from django.utils import timezone

from directory.models import Service, ServiceCapacity, ServiceCapacityChange
from portal.models import Network
from portal.permissions import editable_organization_ids

# A count older than this is shown, but marked as possibly out of date.
STALE_AFTER = datetime.timedelta(days=1)


@transaction.atomic
def save_capacity(capacity: ServiceCapacity, user, moment: datetime.datetime | None = None) -> ServiceCapacity:
    """Save `capacity` as counted by `user` at `moment` (now), and append the update to its history."""
    capacity.updated_at = moment or timezone.now()
    capacity.updated_by = user if getattr(user, "is_authenticated", False) else None
    capacity.network_id = capacity.service.network_id
    capacity.save()
    ServiceCapacityChange.objects.create(
        network_id=capacity.network_id,
        capacity=capacity,
        available=capacity.available,
        maximum=capacity.maximum,
        recorded_at=capacity.updated_at,
        recorded_by=capacity.updated_by,
    )
    return capacity


def record_capacity(
    service: Service,
    unit: str,
    available: int,
    maximum: int | None,
    user,
    moment: datetime.datetime | None = None,
) -> ServiceCapacity:
    """Set `service`'s openings of `unit`: a new count replaces the current one and joins the history."""
    capacity = ServiceCapacity.objects.filter(service=service, unit=unit).first() or ServiceCapacity(
        service=service, unit=unit
    )
    capacity.available, capacity.maximum = available, maximum
    capacity.full_clean(exclude=["network", "updated_at"])
    return save_capacity(capacity, user, moment)


@dataclass
class CapacityShown:
    pk: int
    unit: str
    available: int
    maximum: int | None
    updated_at: datetime.datetime
    is_stale: bool
    # The one-step form, for the people who may update this count (see `may_update_capacity`).
    update_url: str = ""


def may_update_capacity(user, network: Network, service: Service) -> bool:
    """Moderators of `network` and the staff of the service's organization update its openings at once."""
    organization_ids = editable_organization_ids(user, network)
    return organization_ids is None or service.organization_id in organization_ids


def capacity_shown(service: Service, moment: datetime.datetime) -> list[CapacityShown]:
    """The openings of `service` as a reader sees them (reads prefetched rows when there are some)."""
    return [
        CapacityShown(
            capacity.pk,
            capacity.get_unit_display(),
            capacity.available,
            capacity.maximum,
            capacity.updated_at,
            moment - capacity.updated_at > STALE_AFTER,
        )
        for capacity in sorted(service.capacities.all(), key=lambda capacity: capacity.unit)
    ]
