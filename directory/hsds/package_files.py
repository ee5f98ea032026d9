"""Reading the files of an HSDS upload safely: size limits, paths confined to the package, text encodings.

The limits hold for the command and for the admin upload alike, and are checked twice: first from what the
zip's directory (or the file system) says, before anything is read, then again while reading, because a
zip's directory can lie about the sizes it holds.
"""

from __future__ import annotations

import codecs
import posixpath
import stat
import zipfile
import zlib
from pathlib import Path, PurePosixPath

from django.utils.translation import gettext as _

MiB = 1024 * 1024
# A whole package or JSON file as uploaded. A state-wide HSDS export of some 20,000 services zips to about
# 15 MiB; 50 MiB leaves room for that and keeps an upload a web worker can store without trouble.
MAX_UPLOAD_BYTES = 50 * MiB
# HSDS 3.0 has 21 tables; with datapackage.json, translations.csv, a README and folder entries a real package
# holds under 30 files. More than this is not an HSDS package, and each member costs a directory entry read.
MAX_MEMBERS = 100
# Everything read is held in memory as text, then as rows (about five times its size in all): 100 MiB of CSV
# keeps an import under about 600 MB of memory, and is several times the largest real directory export.
MAX_UNCOMPRESSED_BYTES = 100 * MiB
# CSV text deflates 5 to 20 times; a member that inflates more than 100 times is a zip bomb. Tiny members
# (an almost empty table) can reach high ratios harmlessly, so the ratio is checked above 1 MiB only.
MAX_COMPRESSION_RATIO = 100
RATIO_CHECKED_ABOVE = 1 * MiB
# A service_full object nests four levels (service, location, address...). 32 is far past any real HSDS object
# and far below the depth at which Python's JSON reader and the flattening would exhaust the stack.
MAX_JSON_DEPTH = 32
# Read in pieces so a member that inflates past what its directory says is stopped within one piece.
CHUNK = 64 * 1024

UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)


class Refused(Exception):
    """A file (or, when `whole`, the whole package) that is not read; `source` names it, the message says why."""

    def __init__(self, source: str, reason: str, whole: bool = False):
        super().__init__(reason)
        self.source = source
        self.reason = reason
        self.whole = whole


def decode(data: bytes, source: str) -> str:
    """The text of a file in UTF-8 (with or without a byte order mark) or UTF-16 with one; anything else refused."""
    try:
        if data.startswith(UTF16_BOMS):
            return data.decode("utf-16")
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise Refused(
            source,
            _(
                "the file is not UTF-8 text (byte %(position)d cannot be read): save it as UTF-8, or UTF-16 with a "
                "byte order mark, and import it again"
            )
            % {"position": error.start + 1},
        ) from None


def confined(name: str) -> bool:
    """Whether `name` stays inside the package: relative, no drive, no `..` step."""
    normal = name.replace("\\", "/")
    parts = PurePosixPath(normal).parts
    return bool(parts) and not normal.startswith("/") and ":" not in parts[0] and ".." not in parts


def _too_big(source: str) -> Refused:
    return Refused(
        source,
        _("the package holds more than %(limit)d MiB of data once unpacked: not imported")
        % {"limit": MAX_UNCOMPRESSED_BYTES // MiB},
        whole=True,
    )


def check_upload_size(path: Path, source: str) -> None:
    """Refuse an upload larger than MAX_UPLOAD_BYTES, or one with nothing in it."""
    size = path.stat().st_size
    if size > MAX_UPLOAD_BYTES:
        raise Refused(
            source,
            _("the file is %(size)d MiB; at most %(limit)d MiB can be imported")
            % {"size": size // MiB, "limit": MAX_UPLOAD_BYTES // MiB},
            whole=True,
        )
    if size == 0:
        raise Refused(source, _("the file is empty"), whole=True)


class ZipPackage:
    """The members of a zip, checked from its directory before reading and again while reading."""

    def __init__(self, archive: zipfile.ZipFile, source: str):
        self.archive = archive
        self.source = source
        self.read_so_far = 0
        self.refused: list[Refused] = []
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise Refused(
                source,
                _("the zip holds %(count)d files; an HSDS package holds at most %(limit)d: not imported")
                % {"count": len(infos), "limit": MAX_MEMBERS},
                whole=True,
            )
        if sum(info.file_size for info in infos) > MAX_UNCOMPRESSED_BYTES:
            raise _too_big(source)
        self.members: dict[str, zipfile.ZipInfo] = {}
        for info in infos:
            if info.is_dir():
                continue
            if not confined(info.filename):
                self.refused.append(Refused(info.filename, _("the file's name leads outside the package: not read")))
                continue
            if stat.S_ISLNK(info.external_attr >> 16):
                self.refused.append(Refused(info.filename, _("the file is a symbolic link: not read")))
                continue
            self._check_ratio(info.filename, info.file_size, info.compress_size)
            self.members[posixpath.normpath(info.filename.replace("\\", "/"))] = info

    def _check_ratio(self, name: str, size: int, compressed: int) -> None:
        if size > RATIO_CHECKED_ABOVE and size > MAX_COMPRESSION_RATIO * max(compressed, 1):
            raise Refused(
                name,
                _("the file inflates more than %(ratio)d times (a zip bomb?): the package is not imported")
                % {"ratio": MAX_COMPRESSION_RATIO},
                whole=True,
            )

    def read(self, name: str) -> bytes:
        """The bytes of one member, stopped as soon as it passes what its directory entry or the limits allow."""
        info = self.members[name]
        pieces, size = [], 0
        try:
            with self.archive.open(info) as member:
                while piece := member.read(CHUNK):
                    size += len(piece)
                    self.read_so_far += len(piece)
                    if self.read_so_far > MAX_UNCOMPRESSED_BYTES:
                        raise _too_big(self.source)
                    self._check_ratio(name, size, info.compress_size)
                    pieces.append(piece)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as error:
            raise Refused(name, _("the file cannot be unpacked: %(error)s") % {"error": error}) from None
        return b"".join(pieces)


class FolderPackage:
    """The files of a package folder: regular files inside the folder only, within the size limit."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.root = folder.resolve()
        self.read_so_far = 0

    def path(self, name: str) -> Path | None:
        """The file `name` names inside the folder; None when absent. Refused when it leads outside."""
        if not confined(name):
            raise Refused(name, _("the path leads outside the package: not read"))
        path = self.folder / name
        if not path.exists():
            return None
        if not path.resolve().is_relative_to(self.root):
            raise Refused(name, _("the file is a link to a place outside the package: not read"))
        if not path.is_file():
            return None
        return path

    def read(self, path: Path) -> bytes:
        size = path.stat().st_size
        if self.read_so_far + size > MAX_UNCOMPRESSED_BYTES:
            raise _too_big(self.folder.name)
        with path.open("rb") as handle:
            # Read one byte past the size seen, so a file growing meanwhile cannot pass the limit.
            data = handle.read(MAX_UNCOMPRESSED_BYTES - self.read_so_far + 1)
        self.read_so_far += len(data)
        if self.read_so_far > MAX_UNCOMPRESSED_BYTES:
            raise _too_big(self.folder.name)
        return data
