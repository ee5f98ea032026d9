"""Whatever a volunteer types into the hours form: a clear answer, never a 500 or a half-saved row."""

import datetime
import zoneinfo
from decimal import Decimal

from django.test import Client
from django.utils import timezone
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from portal.tests.factories import make_network
from tests.fixtures import NETWORK_A_HOST
from volunteers.models import Application, HoursEntry
from volunteers.tests.factories import ApplicationFactory, OpportunityFactory, VolunteerFactory

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


def network_today(network) -> datetime.date:
    return timezone.localdate(timezone=zoneinfo.ZoneInfo(network.time_zone))


class HoursFormAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("alpha", NETWORK_A_HOST)
        cls.volunteer = VolunteerFactory(network=cls.network)
        cls.accepted = OpportunityFactory(network=cls.network)
        cls.pending = OpportunityFactory(network=cls.network)
        ApplicationFactory(volunteer=cls.volunteer, opportunity=cls.accepted, status=Application.Status.ACCEPTED)
        ApplicationFactory(volunteer=cls.volunteer, opportunity=cls.pending)

    @given(
        opportunity=st.one_of(st.sampled_from(["accepted", "pending", "", "0", "x", "9" * 30]), st.text(max_size=5)),
        worked_on=dates,
        hours=numbers,
        note=st.one_of(st.text(max_size=320), st.just("\x00"), st.just("n" * 301)),
    )
    @example(opportunity="accepted", worked_on="2026-01-05", hours="2.5", note="Drove Mrs. K")
    @example(opportunity="pending", worked_on="2026-01-05", hours="2.5", note="")
    @example(opportunity="accepted", worked_on="2026-01-05", hours="0.24", note="")
    def test_log_hours(self, opportunity, worked_on, hours, note):
        value = {"accepted": self.accepted.pk, "pending": self.pending.pk}.get(opportunity, opportunity)
        client = Client(HTTP_HOST=self.network.site.hostname)
        client.force_login(self.volunteer.user)
        before = HoursEntry.objects.count()

        response = client.post(
            "/en/volunteer/me/hours/", {"opportunity": value, "worked_on": worked_on, "hours": hours, "note": note}
        )

        assert response.status_code in (200, 302), response.status_code
        rows = list(HoursEntry.objects.order_by("pk"))
        if response.status_code == 200:
            assert 'class="errorlist' in response.content.decode()
            assert len(rows) == before
            return
        assert len(rows) == before + 1
        entry = rows[-1]
        HoursEntry.objects.filter(pk=entry.pk).delete()
        assert entry.opportunity == self.accepted
        assert entry.worked_on <= network_today(self.network)
        assert Decimal("0.25") <= entry.hours <= Decimal(24)
        assert entry.approved_at is None
        assert entry.volunteer == self.volunteer
