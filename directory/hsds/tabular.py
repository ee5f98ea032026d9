"""Reading and writing HSDS 3.0 tabular datapackages: a folder or a .zip of CSVs with datapackage.json."""

from __future__ import annotations

import csv
import io
import json
import posixpath
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from django.utils.translation import gettext as _

from directory.hsds.package_files import (
    MAX_MEMBERS,
    FolderPackage,
    Refused,
    ZipPackage,
    check_upload_size,
    confined,
    decode,
)
from directory.hsds.report import Problem

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
DESCRIPTOR = "datapackage.json"

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
    # What could not be read: files, rows, or the whole package (`unreadable`), each with where and why.
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    unreadable: bool = False

    def refuse(self, source: str, line: int | str, reason: str, whole: bool = False) -> None:
        self.errors.append(Problem(source, line, reason))
        self.unreadable = self.unreadable or whole

    def warn(self, source: str, line: int | str, reason: str) -> None:
        self.warnings.append(Problem(source, line, reason))

    def __getitem__(self, table: str) -> list[Row]:
        return self.rows.get(table, [])

    def has(self, table: str) -> bool:
        return table in self.rows

    def add(self, table: str, row: Row) -> None:
        self.rows.setdefault(table, []).append(row)


def _csv_rows(text: str, source: str, tables: Tables) -> tuple[list[str], list[Row]]:
    """The header and the records of one CSV file; a record with more or fewer fields than the header is refused."""
    reader = csv.DictReader(io.StringIO(text))
    rows = []
    # Where a record starts (after a one-line header), so a multi-line value reports its first line.
    previous_end = 1
    try:
        for values in reader:
            line = previous_end + 1
            previous_end = reader.line_num
            if None in values or None in values.values():
                count = len([v for k, v in values.items() if k is not None and v is not None])
                count += len(values.get(None) or [])
                tables.refuse(
                    source,
                    line,
                    _("%(count)d fields where the header has %(header)d: row not read")
                    % {"count": count, "header": len(reader.fieldnames or [])},
                )
                continue
            rows.append(Row(source=source, line=line, values=values))
    except csv.Error as error:
        tables.refuse(
            source,
            reader.line_num,
            _("not readable as CSV (%(error)s): the rest of the file is not read") % {"error": error},
        )
    return list(reader.fieldnames or []), rows


def _read_csv(text: str, source: str, table: str, tables: Tables) -> None:
    if table == TRANSLATIONS:
        tables.translation_columns, tables.translations = _csv_rows(text, source, tables)
        return
    tables.rows.setdefault(table, []).extend(_csv_rows(text, source, tables)[1])


def _resources(descriptor: dict | None, names: list[str], tables: Tables) -> dict[str, str]:
    """Table name -> file name inside the package, from datapackage.json when present, else from the file names.

    The translations side file counts as a table here; `_read_csv` keeps it apart from the HSDS tables. A path
    that leads outside the package is refused.
    """
    found = {}
    if descriptor:
        resources = descriptor.get("resources") if isinstance(descriptor, dict) else None
        for resource in resources if isinstance(resources, list) else []:
            if not isinstance(resource, dict):
                continue
            name, path = resource.get("name"), resource.get("path")
            if not (isinstance(name, str) and isinstance(path, str) and name and path):
                continue
            if not confined(path) or "://" in path:
                tables.refuse(
                    DESCRIPTOR,
                    "",
                    _("resource %(name)s: the path %(path)s leads outside the package and is not read")
                    % {"name": name, "path": path},
                )
                continue
            found[name] = posixpath.normpath(path.replace("\\", "/"))
    for name in names:
        table = FILE_TABLES.get(name) or (TRANSLATIONS if name == TRANSLATIONS_FILE else None)
        if table and table not in found:
            found[table] = name
    return found


def _descriptor(data: bytes | None, read_link, tables: Tables) -> dict | None:
    """datapackage.json's content, or None (the standard file names then say which table is which).

    A checkout may hold a symlink as a small file naming its target: `read_link` follows it inside the package.
    """
    if data is None:
        return None
    try:
        return json.loads(decode(data, DESCRIPTOR))
    except Refused as refused:
        tables.warn(DESCRIPTOR, "", refused.reason + " " + _("(the tables are found by their file names)"))
    except (ValueError, RecursionError):
        text = data.decode("utf-8", "replace").strip()
        target = read_link(text) if 0 < len(text) < 300 and "\n" not in text else None
        if target is not None:
            return _descriptor(target, lambda name: None, tables)
        tables.warn(DESCRIPTOR, "", _("not JSON: the tables are found by their file names"))
    return None


def read_package(path: Path, name: str = "") -> Tables:
    """Read a tabular datapackage from a folder or a .zip file (`name`: the file's name as uploaded).

    Limits and refusals are in package_files.
    """
    tables = Tables()
    name = name or path.name
    try:
        if path.is_dir():
            _read_folder(FolderPackage(path), tables)
        else:
            check_upload_size(path, name)
            if not zipfile.is_zipfile(path):
                raise Refused(name, _("not a zip file"), whole=True)
            with zipfile.ZipFile(path) as archive:
                _read_zip(ZipPackage(archive, name), tables)
    except Refused as refused:
        tables.refuse(refused.source, "", refused.reason, whole=refused.whole)
    except zipfile.BadZipFile as error:
        tables.refuse(name, "", _("the zip cannot be read: %(error)s") % {"error": error}, whole=True)
    return tables


def _read_zip(package: ZipPackage, tables: Tables) -> None:
    for refused in package.refused:
        tables.refuse(refused.source, "", refused.reason)
    # The package is the folder of datapackage.json (the shallowest one), else the folder of its tables.
    known = [name for name in package.members if posixpath.basename(name) in (DESCRIPTOR, *FILE_TABLES)]
    known.sort(key=lambda name: (posixpath.basename(name) != DESCRIPTOR, name.count("/"), name))
    base = posixpath.dirname(known[0]) if known else ""
    inside = {posixpath.relpath(name, base or "."): name for name in package.members}
    descriptor_member = inside.get(DESCRIPTOR)

    def read_link(target: str) -> bytes | None:
        name = posixpath.normpath(posixpath.join(base, target)) if confined(target) else None
        return package.read(name) if name in package.members else None

    descriptor = _descriptor(package.read(descriptor_member) if descriptor_member else None, read_link, tables)
    top_level = [name for name in inside if "/" not in name]
    for table, file_name in _resources(descriptor, top_level, tables).items():
        member = inside.get(file_name)
        if member is None:
            continue
        try:
            _read_csv(decode(package.read(member), file_name), file_name, table, tables)
        except Refused as refused:
            if refused.whole:
                raise
            tables.refuse(refused.source, "", refused.reason)


def _read_folder(package: FolderPackage, tables: Tables) -> None:
    files = sorted(child.name for child in package.folder.iterdir() if child.suffix.lower() in (".csv", ".json"))
    if len(files) > MAX_MEMBERS:
        raise Refused(
            package.folder.name,
            _("the folder holds %(count)d files; an HSDS package holds at most %(limit)d: not imported")
            % {"count": len(files), "limit": MAX_MEMBERS},
            whole=True,
        )
    descriptor_path = package.path(DESCRIPTOR)

    def read_link(target: str) -> bytes | None:
        try:
            linked = package.path(target)
        except Refused as refused:
            tables.warn(DESCRIPTOR, "", refused.reason)
            return None
        return package.read(linked) if linked else None

    descriptor = _descriptor(package.read(descriptor_path) if descriptor_path else None, read_link, tables)
    for table, file_name in _resources(descriptor, [name for name in files if name.endswith(".csv")], tables).items():
        try:
            csv_path = package.path(file_name)
            if csv_path is not None:
                _read_csv(decode(package.read(csv_path), file_name), file_name, table, tables)
        except Refused as refused:
            if refused.whole:
                raise
            tables.refuse(refused.source, "", refused.reason)


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
