"""Whatever a partner types into the capacity form: a clear answer, never a server error or a half-saved count."""

from django import forms
from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from directory.capacity import record_capacity
from directory.models import ServiceCapacity, ServiceCapacityChange
from directory.tests.factories import OrganizationFactory, ServiceFactory
from portal.models import OrganizationMembership
from portal.tests.factories import UserFactory, make_network
from tests.admin_clients import mfa_client
from tests.fixtures import NETWORK_A_HOST

numbers = st.one_of(
    st.integers(min_value=-(10**20), max_value=10**20).map(str),
    st.sampled_from(["", " ", "-1", "1.5", "1e3", "nan", "inf", "٣", "１２", "\x00", str(2**31), str(2**63)]),
    st.just("9" * 400),
    st.text(max_size=12),
)


class CapacityFormAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        network = make_network("alpha", NETWORK_A_HOST)
        organization = OrganizationFactory(network=network)
        cls.service = ServiceFactory(network=network, organization=organization, name="Night shelter")
        cls.capacity = record_capacity(cls.service, ServiceCapacity.Unit.BEDS, 4, 12, None)
        cls.partner = UserFactory()
        OrganizationMembership.objects.create(user=cls.partner, organization=organization)
        cls.network = network

    @given(available=numbers, maximum=numbers, unit=st.one_of(st.sampled_from(["beds", "places"]), st.text(max_size=5)))
    @example(available="13", maximum="12", unit="beds")
    @example(available="-1", maximum="12", unit="beds")
    @example(available="9" * 30, maximum="9" * 30, unit="beds")
    @example(available="two", maximum="12", unit="beds")
    def test_update(self, available, maximum, unit):
        client = mfa_client(self.partner, self.network)
        url = reverse("wagtailsnippets_directory_servicecapacity:edit", args=[self.capacity.pk])
        data = {"service": self.service.pk, "unit": unit, "available": available, "maximum": maximum}
        response = client.post(url, data)
        assert response.status_code in (200, 302), response.status_code
        row = ServiceCapacity.objects.get(pk=self.capacity.pk)
        changes = list(ServiceCapacityChange.objects.filter(capacity=row).order_by("pk"))
        latest = changes[-1]
        # The row and its latest history entry always agree: never one saved without the other.
        assert (latest.available, latest.maximum) == (row.available, row.maximum)
        assert row.available >= 0 and (row.maximum is None or row.available <= row.maximum)
        if response.status_code == 200:
            page = response.content.decode()
            assert "error" in page.lower()
            assert (row.available, row.maximum, len(changes)) == (4, 12, 1)
        else:
            assert row.available == forms.IntegerField().clean(available)
