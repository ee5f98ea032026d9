"""Whatever a volunteer types into the training form: a clear answer, never a 500 or a half-saved row."""

import datetime
import shutil
import tempfile
import zoneinfo
from decimal import Decimal

from django.core.files.storage import FileSystemStorage
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from portal.tests.factories import make_network
from tests.fixtures import NETWORK_A_HOST
from volunteers.models import TrainingRecord
from volunteers.tests.factories import TrainingModuleFactory, VolunteerFactory

dates = st.one_of(
    st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)).map(datetime.date.isoformat),
    st.sampled_from(["", "2026-02-30", "0000-01-01", "31/12/2025", "2025-13-01", "today", "\x00", "２０２５-０１"]),
    st.text(max_size=12),
)
numbers = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True, places=3).map(str),
    st.sampled_from(["", "-0.25", "0", "0.24", "0.25", "24", "24.01", "200", "200.001", "1e2", "nan", "٣", "9" * 40]),
    st.text(max_size=8),
)
file_bodies = st.sampled_from(
    [
        b"%PDF-1.4\n%%EOF\n",
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 8,
        b"\xff\xd8\xff\xe0" + b"\x00" * 8,
        b"MZ\x90\x00",
        b"<html><script>alert(1)</script>",
        b"",
    ]
)
file_names = st.one_of(
    st.sampled_from(["a.pdf", "b.PNG", "c.jpeg", "d.jpg", "e.exe", "f.pdf.exe", "g", "../../h.pdf", "..pdf", ".pdf"]),
    st.text(min_size=1, max_size=30).map(lambda name: name + ".pdf"),
)


def network_today(network) -> datetime.date:
    return timezone.localdate(timezone=zoneinfo.ZoneInfo(network.time_zone))


class TrainingFormAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("alpha", NETWORK_A_HOST)
        cls.volunteer = VolunteerFactory(network=cls.network)
        cls.module = TrainingModuleFactory(network=cls.network, valid_for_months=36)
        cls.foreign_module = TrainingModuleFactory(network=make_network("beta", "beta.test"))

    def setUp(self):
        self.folder = tempfile.mkdtemp()
        field = TrainingRecord._meta.get_field("evidence")
        self.kept_storage = field.storage
        field.storage = FileSystemStorage(location=self.folder, base_url=None)
        self.addCleanup(setattr, field, "storage", self.kept_storage)
        self.addCleanup(shutil.rmtree, self.folder, True)

    @given(
        module=st.one_of(st.sampled_from(["own", "foreign", "", "0", "-1", "x", "9" * 30]), st.text(max_size=5)),
        completed_on=dates,
        hours=numbers,
        body=st.one_of(st.none(), file_bodies),
        name=file_names,
    )
    @example(module="own", completed_on="2026-01-05", hours="4", body=b"%PDF-1.4\n", name="ok.pdf")
    @example(module="own", completed_on="2026-01-05", hours="4", body=b"MZ\x90\x00", name="renamed.pdf")
    @example(module="foreign", completed_on="2026-01-05", hours="4", body=None, name="x")
    def test_log_training(self, module, completed_on, hours, body, name):
        module_value = {"own": self.module.pk, "foreign": self.foreign_module.pk}.get(module, module)
        data = {"module": module_value, "completed_on": completed_on, "hours": hours}
        if body is not None:
            data["evidence"] = SimpleUploadedFile(name, body)
        client = Client(HTTP_HOST=self.network.site.hostname)
        client.force_login(self.volunteer.user)
        before = TrainingRecord.objects.count()

        response = client.post("/en/volunteer/me/training/", data)

        assert response.status_code in (200, 302), response.status_code
        rows = list(TrainingRecord.objects.order_by("pk"))
        if response.status_code == 200:
            assert 'class="errorlist' in response.content.decode()
            assert len(rows) == before
            return
        assert len(rows) == before + 1
        record = rows[-1]
        TrainingRecord.objects.filter(pk=record.pk).delete()
        assert record.module == self.module
        assert record.completed_on <= network_today(self.network)
        assert Decimal(0) <= record.hours <= Decimal(200)
        if record.evidence:
            head = record.evidence.open("rb").read(8)
            record.evidence.close()
            assert head.startswith((b"%PDF-", b"\x89PNG", b"\xff\xd8\xff"))
            assert record.evidence.name.rsplit(".", 1)[-1] in ("pdf", "png", "jpg")
