"""The HSDS 3.0 columns the directory holds, per table: what an export writes and an import keeps."""

COLUMNS = {
    "organization": ["id", "name", "alternate_name", "description", "email", "website"],
    "service": [
        "id",
        "organization_id",
        "name",
        "alternate_name",
        "description",
        "url",
        "email",
        "status",
        "interpretation_services",
        "application_process",
        "fees_description",
        "eligibility_description",
        "minimum_age",
        "maximum_age",
        "assured_date",
        "alert",
        "last_modified",
    ],
    "location": [
        "id",
        "location_type",
        "url",
        "organization_id",
        "name",
        "description",
        "transportation",
        "latitude",
        "longitude",
    ],
    "address": [
        "id",
        "location_id",
        "address_1",
        "address_2",
        "city",
        "state_province",
        "postal_code",
        "country",
        "address_type",
    ],
    "accessibility": ["id", "location_id", "description"],
    "service_at_location": ["id", "service_id", "location_id", "description"],
    "phone": ["id", "service_id", "number", "extension", "type", "description"],
    "language": ["id", "service_id", "phone_id", "code"],
    "schedule": ["id", "service_id", "valid_from", "valid_to", "freq", "byday", "opens_at", "closes_at", "description"],
    "cost_option": ["id", "service_id", "option", "currency", "amount", "amount_description"],
    "required_document": ["id", "service_id", "document"],
    "taxonomy": ["id", "name", "description"],
    "taxonomy_term": ["id", "code", "name", "description", "parent_id", "taxonomy", "language", "taxonomy_id"],
    "attribute": ["id", "link_id", "taxonomy_term_id", "link_type", "link_entity"],
}

# Written by the export but not read back: derived from other data (last_modified, the network's taxonomy).
# A term's taxonomy_id is read: a term of the network's own taxonomy names one of its categories.
EXPORT_ONLY = {
    "service": {"last_modified"},
    "taxonomy_term": {"taxonomy", "language"},
    "attribute": {"link_type"},
}
# Read by the import though the export writes them otherwise (phones and hours of a service at a location).
IMPORT_ALSO = {
    "phone": {"service_at_location_id"},
    "schedule": {"service_at_location_id", "wkst", "interval"},
    "accessibility": {"details"},
}
# The network's own taxonomy replaces an imported one: that table is reported as not kept.
KEPT_COLUMNS = {
    table: (set(columns) - EXPORT_ONLY.get(table, set())) | IMPORT_ALSO.get(table, set())
    for table, columns in COLUMNS.items()
    if table != "taxonomy"
}
