"""Hostile HSDS uploads: zip bombs, escaping paths, odd encodings, ragged rows, bad JSON, clashing ids."""

import csv
import io
import json
import stat
import tracemalloc
import zipfile
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from directory.hsds.ids import generated_id
from directory.hsds.importer import import_hsds
from directory.hsds.package_files import MAX_MEMBERS, MiB
from directory.models import Location, Service, ServiceAtLocation
from portal.models import Organization
from portal.tests.factories import make_staff
from tests.admin_clients import mfa_client

SPECS = Path("/work/shared/specs/hsds-3.0")
EXAMPLE = SPECS / "examples" / "csv"
SERVICE_ID = "ac148810-d857-441c-9679-408f346de14b"
ORG_ID = "d9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c610"

pytestmark = pytest.mark.django_db


def example_files() -> dict[str, bytes]:
    return {path.name: path.read_bytes() for path in EXAMPLE.glob("*.csv")}


def write_folder(folder: Path, files: dict[str, bytes]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
    return folder


def write_zip(path: Path, files: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return path


def table(rows: list[dict]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(rows[0]), lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def example_rows(name: str) -> list[dict]:
    with (EXAMPLE / name).open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def services_with(name: str) -> str:
    rows = example_rows("services.csv")
    rows[0]["name"] = name
    return table(rows)


def problems(report) -> list[str]:
    return [str(problem) for problem in report.errors]


# -- size limits ---------------------------------------------------------------------------------------------------


def zip_of_zeros(path: Path, name: str, size: int) -> Path:
    """A zip whose one member inflates to `size` bytes of zeros, written in pieces so the test stays small."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for member, data in example_files().items():
            if member != name:
                archive.writestr(member, data)
        with archive.open(name, "w") as member:
            piece = b"0" * MiB
            for _ in range(size // MiB):
                member.write(piece)
    return path


@pytest.mark.parametrize(
    ("inflated", "reason"),
    [(1024 * MiB, "more than 100 MiB of data once unpacked"), (40 * MiB, "inflates more than 100 times")],
)
def test_a_zip_bomb_is_refused_before_it_is_unpacked(network_a, tmp_path, inflated, reason):
    bomb = zip_of_zeros(tmp_path / "bomb.zip", "services.csv", inflated)
    assert bomb.stat().st_size < 5 * MiB

    tracemalloc.start()
    report = import_hsds(network_a, bomb)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()

    assert any(reason in line for line in problems(report))
    assert peak < 20 * MiB
    assert not Organization.objects.for_network(network_a).exists()


def test_a_zip_whose_directory_understates_a_size_is_refused_not_unpacked(network_a, tmp_path):
    archive = zip_of_zeros(tmp_path / "lying.zip", "organizations.csv", 3 * MiB)
    data = bytearray(archive.read_bytes())
    # The central directory entry of the big member: claim it holds 100 bytes (uncompressed size at offset 24).
    entry = data.rfind(b"PK\x01\x02")
    data[entry + 24 : entry + 28] = (100).to_bytes(4, "little")
    archive.write_bytes(bytes(data))

    report = import_hsds(network_a, archive)

    assert any("organizations.csv" in line and "cannot be unpacked" in line for line in problems(report))
    assert not Organization.objects.for_network(network_a).exists()


def test_a_zip_of_too_many_files_is_refused(network_a, tmp_path):
    files = {f"notes/{number}.txt": b"x" for number in range(MAX_MEMBERS + 1)}
    report = import_hsds(network_a, write_zip(tmp_path / "many.zip", {**example_files(), **files}))

    assert any("an HSDS package holds at most 100" in line for line in problems(report))
    assert not Service.objects.for_network(network_a).exists()


# -- paths ---------------------------------------------------------------------------------------------------------


def test_zip_members_that_leave_the_package_are_refused_and_cannot_shadow_its_tables(network_a, tmp_path):
    evil = services_with("Evil twin").encode()
    archive = tmp_path / "traversal.zip"
    with zipfile.ZipFile(archive, "w") as handle:
        for name, data in example_files().items():
            handle.writestr(name, data)
        handle.writestr("../services.csv", evil)
        handle.writestr("/srv/services.csv", evil)
        handle.writestr("deeper/services.csv", evil)
        link = zipfile.ZipInfo("locations.csv.link")
        link.external_attr = (stat.S_IFLNK | 0o777) << 16
        handle.writestr(link, "/etc/passwd")

    report = import_hsds(network_a, archive)

    assert Service.objects.for_network(network_a).get().name == "Community Counselling"
    lines = problems(report)
    assert any(line.startswith("../services.csv") and "outside the package" in line for line in lines)
    assert any(line.startswith("/srv/services.csv") and "outside the package" in line for line in lines)
    assert any(line.startswith("locations.csv.link") and "symbolic link" in line for line in lines)


def test_datapackage_paths_and_links_outside_the_folder_are_not_read(network_a, tmp_path):
    outside = write_folder(tmp_path / "outside", {"services.csv": services_with("Read from outside").encode()})
    files = example_files()
    del files["services.csv"], files["locations.csv"]
    package = write_folder(tmp_path / "package", files)
    descriptor = {"resources": [{"name": "service", "path": "../outside/services.csv"}]}
    (package / "datapackage.json").write_text(json.dumps(descriptor))
    (package / "locations.csv").symlink_to(outside / "services.csv")

    report = import_hsds(network_a, package)

    assert not Service.objects.for_network(network_a).exists()
    lines = problems(report)
    assert any("../outside/services.csv leads outside the package" in line for line in lines)
    assert any(line.startswith("locations.csv") and "outside the package" in line for line in lines)


# -- encodings and ragged rows -------------------------------------------------------------------------------------


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16"])
def test_utf8_with_or_without_bom_and_utf16_import_alike(network_a, tmp_path, encoding):
    files = example_files()
    files["services.csv"] = services_with("Consejería comunitaria").encode(encoding)

    report = import_hsds(network_a, write_folder(tmp_path / "package", files))

    assert report.errors == []
    assert Service.objects.for_network(network_a).get().name == "Consejería comunitaria"


def test_a_latin1_file_is_refused_with_its_name_and_what_to_do(network_a, tmp_path):
    files = example_files()
    files["services.csv"] = services_with("Consejería comunitaria").encode("latin-1")
    accented = files["services.csv"].index("í".encode("latin-1")) + 1

    report = import_hsds(network_a, write_zip(tmp_path / "latin1.zip", files))

    assert [line for line in problems(report) if line.startswith("services.csv")] == [
        f"services.csv:: the file is not UTF-8 text (byte {accented} cannot be read): save it as UTF-8, or UTF-16 "
        "with a byte order mark, and import it again"
    ]
    assert not Service.objects.for_network(network_a).exists()
    assert Organization.objects.for_network(network_a).exists()


def test_rows_with_too_many_or_too_few_fields_are_refused_with_their_line(network_a, tmp_path):
    files = example_files()
    lines = files["organizations.csv"].decode().replace("\r\n", "\n").rstrip("\n").split("\n")
    header = lines[0].split(",")
    extra = lines[1].replace(ORG_ID, "11111111-1111-4111-8111-111111111111") + ",one too many"
    short = ",".join(["22222222-2222-4222-8222-222222222222", "Short"])
    files["organizations.csv"] = "\n".join([*lines, extra, short, ""]).encode()

    report = import_hsds(network_a, write_folder(tmp_path / "package", files))

    assert problems(report) == [
        f"organizations.csv:3: {len(header) + 1} fields where the header has {len(header)}: row not read",
        f"organizations.csv:4: 2 fields where the header has {len(header)}: row not read",
    ]
    assert list(Organization.objects.for_network(network_a).values_list("hsds_id", flat=True)) == [ORG_ID]


# -- JSON ----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "the file is empty"),
        (b"  \n", "the file is empty"),
        (b"{'id': 1}", "not JSON: Expecting property name enclosed in double quotes: line 1 column 2 (char 1)"),
        (b"[" * 100_000 + b"]" * 100_000, "objects nest more than 32 levels deep: not read"),
        (b'{"services": ' * 40 + b"1" + b"}" * 40, "objects nest more than 32 levels deep: not read"),
        (b"[]", "nothing to import: no HSDS table or service was found"),
    ],
)
def test_json_that_is_empty_broken_or_too_deep_is_reported(network_a, tmp_path, content, reason):
    path = tmp_path / "services.json"
    path.write_bytes(content)

    report = import_hsds(network_a, path)

    assert [problem.reason for problem in report.errors] == [reason]
    assert not Service.objects.for_network(network_a).exists()


def test_a_datapackage_json_that_is_not_json_falls_back_to_the_file_names(network_a, tmp_path):
    package = write_folder(tmp_path / "package", {**example_files(), "datapackage.json": b"{oops"})

    report = import_hsds(network_a, package)

    assert report.errors == []
    assert [str(problem) for problem in report.warnings if "datapackage" in problem.source] == [
        "datapackage.json:: not JSON: the tables are found by their file names"
    ]
    assert Service.objects.for_network(network_a).count() == 1


# -- ids -----------------------------------------------------------------------------------------------------------


def test_duplicate_service_and_location_ids_are_refused_and_the_first_row_kept(network_a, tmp_path):
    files = example_files()
    services = example_rows("services.csv")
    locations = example_rows("locations.csv")
    files["services.csv"] = table([*services, {**services[0], "name": "Second with the same id"}]).encode()
    files["locations.csv"] = table([*locations, {**locations[0], "name": "Second place"}]).encode()

    report = import_hsds(network_a, write_folder(tmp_path / "package", files))

    assert problems(report) == [
        f"services.csv:3: duplicate service id {SERVICE_ID} (first at line 2): row not imported",
        f"locations.csv:3: duplicate location id {locations[0]['id']} (first at line 2): row not imported",
    ]
    assert Service.objects.for_network(network_a).get().name == "Community Counselling"
    assert Location.objects.for_network(network_a).get().name == locations[0]["name"]


def test_ids_in_the_generated_range_must_name_the_networks_own_row(network_a, network_b, tmp_path):
    import_hsds(network_b, EXAMPLE)
    import_hsds(network_a, EXAMPLE)
    location_a = Location.objects.for_network(network_a).get()
    services = example_rows("services.csv")
    made_up = generated_id("service", 999999)
    rows = [
        {**services[0], "id": made_up, "name": "Made-up generated id"},
        {**services[0], "id": generated_id("location", location_a.pk), "name": "A location's id"},
        {**services[0], "id": generated_id("service", Service.objects.for_network(network_b).get().pk)},
    ]
    files = {**example_files(), "services.csv": table(rows).encode()}

    report = import_hsds(network_a, write_folder(tmp_path / "package", files))

    refused = [line for line in problems(report) if "in the range the directory generates for its own" in line]
    assert [line.split(":")[:2] for line in refused] == [
        ["services.csv", "2"],
        ["services.csv", "3"],
        ["services.csv", "4"],
    ]
    assert list(Service.objects.for_network(network_a).values_list("name", flat=True)) == ["Community Counselling"]


# -- transactions and the command ------------------------------------------------------------------------------------


def test_an_interrupted_import_leaves_no_service_without_its_locations(network_a, tmp_path):
    organizations = example_rows("organizations.csv")
    other = {**organizations[0], "id": "77777777-7777-4777-8777-777777777777", "name": "Other"}
    files = {**example_files(), "organizations.csv": table([*organizations, other]).encode()}
    package = write_folder(tmp_path / "package", files)

    def stop_at_the_second_organization(done: int, total: int, label: str) -> None:
        if done == 2 and total == 4:
            raise KeyboardInterrupt  # the operator's Ctrl-C, or the worker killed

    with pytest.raises(KeyboardInterrupt):
        import_hsds(network_a, package, progress=stop_at_the_second_organization)

    service = Service.objects.for_network(network_a).get()
    assert ServiceAtLocation.objects.filter(service=service).count() == 1


def test_the_command_fails_when_rows_are_refused_or_nothing_is_found(network_a, tmp_path, capsys):
    empty_zip = tmp_path / "empty.zip"
    empty_zip.write_bytes(b"")
    empty_folder = tmp_path / "empty"
    empty_folder.mkdir()
    files = example_files()
    files["services.csv"] += b"broken,row\r\n"
    refused = write_folder(tmp_path / "refused", files)

    for path, reason in [
        (empty_zip, "empty.zip:: the file is empty"),
        (empty_folder, "nothing to import: no HSDS table or service was found"),
        (refused, "services.csv:3: 2 fields where the header has"),
    ]:
        with pytest.raises(CommandError, match="not everything was imported"):
            call_command("import_hsds", str(path), network=network_a.slug)
        assert reason in capsys.readouterr().out


def test_the_admin_upload_holds_the_same_rules_and_its_page_says_why(network_a, tmp_path):
    moderator = mfa_client(make_staff(network_a, "moderator"), network_a)
    bomb = zip_of_zeros(tmp_path / "bomb.zip", "services.csv", 200 * MiB)
    files = example_files()
    files["services.csv"] = services_with("Consejería comunitaria").encode("latin-1")
    latin1 = write_zip(tmp_path / "latin1.zip", files)

    pages = []
    for archive in (bomb, latin1):
        with archive.open("rb") as upload:
            response = moderator.post("/admin/directory/hsds-import/", {"file": upload})
        pages.append(moderator.get(response["Location"]).content.decode())

    assert "Nothing was imported from this file." in pages[0]
    assert "bomb.zip:: the package holds more than 100 MiB of data once unpacked: not imported" in pages[0]
    assert "Nothing was imported" not in pages[1]
    assert "services.csv:: the file is not UTF-8 text" in pages[1]
    assert not Service.objects.for_network(network_a).exists()
    assert Organization.objects.for_network(network_a).count() == 1
