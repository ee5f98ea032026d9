"""Whatever a partner's browser sends to the shift form: a page or a redirect, never a server error or a bad row."""

from django.urls import reverse
from hypothesis import example, given, settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from portal.models import OrganizationMembership
from portal.tests.factories import OrganizationFactory, UserFactory, make_network
from tests.admin_clients import mfa_client
from volunteers.models import Shift
from volunteers.tests.factories import OpportunityFactory

moments = st.one_of(
    st.datetimes().map(lambda moment: moment.strftime("%Y-%m-%d %H:%M")),
    st.sampled_from(["", " ", "2026-02-30 10:00", "2026-03-08 02:30", "9999-12-31 23:59", "0001-01-01 00:00", "\x00"]),
    st.text(max_size=20),
)
numbers = st.one_of(
    st.integers(min_value=-(10**6), max_value=10**6).map(str),
    st.sampled_from(["", "0", "32767", "32768", "1.5", "٣", "\x00"]),
    st.text(max_size=8),
)


class ShiftFormAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("shifts", "shifts.test")
        organization = OrganizationFactory(network=cls.network)
        cls.opportunity = OpportunityFactory(network=cls.network, organization=organization)
        cls.partner = UserFactory()
        OrganizationMembership.objects.create(user=cls.partner, organization=organization)

    @settings(max_examples=60, deadline=None)
    @given(starts=moments, ends=moments, capacity=numbers, opportunity=st.sampled_from(["own", "", "999999", "x"]))
    @example(starts="2026-05-01 10:00", ends="2026-05-01 10:00", capacity="2", opportunity="own")
    @example(starts="2026-05-01 10:00", ends="2026-05-01 12:00", capacity="2", opportunity="own")
    def test_add(self, starts, ends, capacity, opportunity):
        client = mfa_client(self.partner, self.network)
        before = Shift.objects.count()
        data = {
            "opportunity": self.opportunity.pk if opportunity == "own" else opportunity,
            "starts_at": starts,
            "ends_at": ends,
            "capacity": capacity,
        }
        response = client.post(reverse("wagtailsnippets_volunteers_shift:add"), data)
        assert response.status_code in (200, 302), response.status_code
        if response.status_code == 200:
            assert Shift.objects.count() == before
        else:
            shift = Shift.objects.latest("pk")
            assert shift.opportunity == self.opportunity
            assert shift.ends_at > shift.starts_at and 0 <= shift.capacity <= 32767
            shift.delete()
