"""Reading and writing HSDS 3.0 tabular datapackages: a folder or a .zip of CSVs with datapackage.json."""

from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

# Table (datapackage resource) name -> CSV file name, as the HSDS 3.0 datapackage names them.
TABLE_FILES = {
    "organization": "organizations.csv",
    "program": "programs.csv",
    "service": "services.csv",
    "attribute": "attributes.csv",
    "service_at_location": "service_at_location.csv",
    "location": "locations.csv",
    "phone": "phones.csv",
    "contact": "contacts.csv",
    "address": "addresses.csv",
    "schedule": "schedules.csv",
    "funding": "funding.csv",
    "service_area": "service_areas.csv",
    "required_document": "required_documents.csv",
    "language": "languages.csv",
    "accessibility": "accessibility.csv",
    "taxonomy_term": "taxonomy_terms.csv",
    "metadata": "metadata.csv",
    "meta_table_description": "meta_table_descriptions.csv",
    "cost_option": "cost_options.csv",
    "organization_identifier": "organization_identifiers.csv",
    "taxonomy": "taxonomies.csv",
}
FILE_TABLES = {file_name: table for table, file_name in TABLE_FILES.items()}
# Not an HSDS table: the package's texts in other languages (see docs/hsds-translations.md).
TRANSLATIONS = "translations"
TRANSLATIONS_FILE = "translations.csv"

# Columns whose datapackage type is not string; every other column is a string.
COLUMN_TYPES = {
    "organization": {"year_incorporated": "number"},
    "service": {"minimum_age": "number", "maximum_age": "number", "assured_date": "date", "last_modified": "datetime"},
    "location": {"latitude": "number", "longitude": "number"},
    "phone": {"extension": "number"},
    "schedule": {
        "valid_from": "date",
        "valid_to": "date",
        "dtstart": "date",
        "timezone": "number",
        "until": "date",
        "count": "number",
        "interval": "number",
        "opens_at": "time",
        "closes_at": "time",
    },
    "cost_option": {"valid_from": "date", "valid_to": "date", "amount": "number"},
    "metadata": {"last_action_date": "date"},
}


@dataclass
class Row:
    """One record of a table, with where it came from so problems can be reported against it."""

    source: str
    line: int | str
    values: dict[str, str]

    def get(self, column: str) -> str:
        value = self.values.get(column)
        return "" if value is None else str(value).strip()


@dataclass
class Tables:
    """Every table read from one package or JSON file, by HSDS table name."""

    rows: dict[str, list[Row]] = field(default_factory=dict)
    # The translations side file: its rows and its header (None when the package has no such file).
    translations: list[Row] = field(default_factory=list)
    translation_columns: list[str] | None = None

    def __getitem__(self, table: str) -> list[Row]:
        return self.rows.get(table, [])

    def has(self, table: str) -> bool:
        return table in self.rows

    def add(self, table: str, row: Row) -> None:
        self.rows.setdefault(table, []).append(row)


def _csv_rows(text: str, source: str) -> tuple[list[str], list[Row]]:
    """The header and the records of one CSV file."""
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    # Where a record starts (after a one-line header), so a multi-line value reports its first line.
    previous_end = 1
    for values in reader:
        rows.append(Row(source=source, line=previous_end + 1, values=values))
        previous_end = reader.line_num
    return list(reader.fieldnames or []), rows


def _read_csv(text: str, source: str, table: str, tables: Tables) -> None:
    if table == TRANSLATIONS:
        tables.translation_columns, tables.translations = _csv_rows(text, source)
        return
    tables.rows.setdefault(table, []).extend(_csv_rows(text, source)[1])


def _resources(descriptor: dict | None, names: list[str]) -> dict[str, str]:
    """Table name -> member/file name, from datapackage.json when present, else from the file names.

    The translations side file counts as a table here; `_read_csv` keeps it apart from the HSDS tables.
    """
    found = {}
    if descriptor:
        for resource in descriptor.get("resources", []):
            if resource.get("name") and resource.get("path"):
                found[resource["name"]] = resource["path"]
    for name in names:
        table = FILE_TABLES.get(Path(name).name) or (TRANSLATIONS if Path(name).name == TRANSLATIONS_FILE else None)
        if table and table not in found:
            found[table] = name
    return found


def _descriptor(text: str, folder: Path | None) -> dict | None:
    """datapackage.json's content; a checkout may hold a symlink as a file naming its target, so follow that."""
    try:
        return json.loads(text)
    except ValueError:
        target = (folder / text.strip()) if folder and len(text) < 300 else None
        if target and target.is_file():
            return _descriptor(target.read_text("utf-8-sig"), None)
        # Without a descriptor the standard file names still say which table is which.
        return None


def read_package(path: Path) -> Tables:
    """Read a tabular datapackage from a folder or a .zip file."""
    tables = Tables()
    if zipfile.is_zipfile(path):
        with zipfile.ZipFile(path) as archive:
            members = {Path(name).name: name for name in archive.namelist() if not name.endswith("/")}
            descriptor = None
            if "datapackage.json" in members:
                descriptor = _descriptor(archive.read(members["datapackage.json"]).decode("utf-8-sig"), None)
            for table, file_name in _resources(descriptor, list(members)).items():
                member = members.get(Path(file_name).name)
                if member:
                    _read_csv(archive.read(member).decode("utf-8-sig"), Path(member).name, table, tables)
        return tables
    descriptor_path = path / "datapackage.json"
    descriptor = _descriptor(descriptor_path.read_text("utf-8-sig"), path) if descriptor_path.exists() else None
    for table, file_name in _resources(descriptor, [p.name for p in path.glob("*.csv")]).items():
        csv_path = path / file_name
        if csv_path.exists():
            _read_csv(csv_path.read_text("utf-8-sig"), csv_path.name, table, tables)
    return tables


def descriptor_for(columns: dict[str, list[str]]) -> dict:
    """A datapackage.json describing the tables written, with each column's type."""
    resources = []
    for table, names in columns.items():
        types = COLUMN_TYPES.get(table, {})
        fields = [{"name": name, "type": types.get(name, "string")} for name in names]
        resources.append(
            {
                "name": table,
                "path": TABLE_FILES[table],
                "format": "csv",
                "mediatype": "text/csv",
                "profile": "tabular-data-resource",
                "schema": {"primaryKey": "id", "fields": fields},
            }
        )
    return {
        "name": "human_services_data",
        "profile": "tabular-data-package",
        "version": "3.0.0",
        "resources": resources,
    }


def csv_text(names: list[str], rows: list[dict]) -> str:
    """One table as CSV text: a header row, then one line per record."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=names, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({name: "" if row.get(name) is None else row[name] for name in names})
    return buffer.getvalue()


def write_package(out: Path, columns: dict[str, list[str]], rows: dict[str, list[dict]]) -> None:
    """Write the tables as a datapackage: a .zip when `out` ends with .zip, else a folder."""
    files = {TABLE_FILES[table]: csv_text(names, rows.get(table, [])) for table, names in columns.items()}
    files["datapackage.json"] = json.dumps(descriptor_for(columns), indent=2)
    if out.suffix.lower() == ".zip":
        out.parent.mkdir(parents=True, exist_ok=True)
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            for name, text in files.items():
                archive.writestr(name, text)
        return
    out.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (out / name).write_text(text, encoding="utf-8")
