"""The HSDS 3.0 example datapackage, copied and edited by the import tests."""

import csv
import shutil
from pathlib import Path

SPECS = Path("/work/shared/specs/hsds-3.0")
EXAMPLE = SPECS / "examples" / "csv"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
ORG_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"


def csv_rows(folder: Path, name: str) -> list[dict]:
    with (folder / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def copy_example(tmp_path: Path) -> Path:
    target = tmp_path / "package"
    shutil.copytree(EXAMPLE, target)
    return target


def append_rows(folder: Path, name: str, rows: list[dict]) -> None:
    header = list(csv_rows(folder, name)[0].keys())
    with (folder / name).open("a", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=header, lineterminator="\n")
        for row in rows:
            writer.writerow({key: row.get(key, "") for key in header})
