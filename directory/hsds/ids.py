"""HSDS ids of directory objects: the imported HSDS id when there is one, else a stable id made from the row."""

from __future__ import annotations

import contextlib
import uuid

from django.db.models import Q

# Generated ids look like UUIDs (HSDS 3.0 asks for them) and can be read back to the row they name.
KIND_CODES = {"organization": 1, "service": 2, "location": 3, "category": 4, "serviceatlocation": 5}
NAMESPACE = uuid.UUID("6f1c3b52-7a0e-4b8e-9d35-1f0d2c4a9e61")


def generated_id(kind: str, pk: int) -> str:
    return f"00000000-0000-4000-8{KIND_CODES[kind]:03x}-{pk:012x}"


def is_uuid(value: str) -> bool:
    try:
        return str(uuid.UUID(value)) == value.lower()
    except ValueError:
        return False


def public_id(obj) -> str:
    """The id an export or API response gives `obj`: its HSDS id when that is a UUID, as HSDS 3.0 requires."""
    hsds_id = getattr(obj, "hsds_id", "")
    return hsds_id if hsds_id and is_uuid(hsds_id) else generated_id(obj._meta.model_name, obj.pk)


def derived_id(*parts: object) -> str:
    """A stable id for an HSDS row the directory keeps inside another object (a phone's language)."""
    return str(uuid.uuid5(NAMESPACE, ":".join(str(part) for part in parts)))


def lookup(kind: str, value: str) -> Q:
    """A filter matching the object whose public id (or HSDS id) is `value`; scope it with for_network."""
    query = Q(hsds_id=value)
    prefix = f"00000000-0000-4000-8{KIND_CODES[kind]:03x}-"
    if value.startswith(prefix):
        with contextlib.suppress(ValueError):
            query |= Q(pk=int(value[len(prefix) :], 16))
    return query


# Every generated id starts so; an id of a package in this range must name the network's own row.
GENERATED_PREFIX = "00000000-0000-4000-8"


def generated_pk(kind: str, value: str) -> int | None:
    """The primary key a generated id of `kind` names, or None when `value` is not one."""
    prefix = f"{GENERATED_PREFIX}{KIND_CODES[kind]:03x}-"
    if value.lower().startswith(prefix):
        with contextlib.suppress(ValueError):
            return int(value[len(prefix) :], 16)
    return None


# A confidential location (a shelter) is marked in HSDS by an attribute linking it to this term, of this taxonomy:
# the same ids in every export, so any network's import recognises the mark.
LOCATION_FLAGS_TAXONOMY_ID = derived_id("taxonomy", "directory-location-flags")
CONFIDENTIAL_TERM_ID = derived_id("taxonomy_term", "confidential-location")
