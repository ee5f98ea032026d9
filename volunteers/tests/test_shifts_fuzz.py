"""Whatever a stranger sends to the signup and withdraw addresses: a clear answer, never a server error."""

from urllib.parse import quote

from django.test import Client
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from portal.tests.factories import make_network
from tests.fixtures import NETWORK_A_HOST
from volunteers.models import Application, CheckLevel, ShiftSignup
from volunteers.tests.factories import (
    AcknowledgementFactory,
    ApplicationFactory,
    BackgroundCheckFactory,
    CodeOfConductFactory,
    OpportunityFactory,
    ShiftFactory,
    VolunteerFactory,
)

keys = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30).map(str),
    st.sampled_from(["", "0", "00", "-1", "1e3", "٣", "１２", "%00", "..", "9" * 40, str(2**63), str(2**63 - 1)]),
    st.text(max_size=20),
)
bodies = st.dictionaries(st.text(max_size=10), st.text(max_size=30), max_size=4)


class SignupAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        network = make_network("alpha", NETWORK_A_HOST)
        opportunity = OpportunityFactory(network=network, required_check_level=CheckLevel.BASIC)
        cls.volunteer = VolunteerFactory(network=network)
        AcknowledgementFactory(volunteer=cls.volunteer, code_of_conduct=CodeOfConductFactory(network=network))
        BackgroundCheckFactory(volunteer=cls.volunteer)
        ApplicationFactory(volunteer=cls.volunteer, opportunity=opportunity, status=Application.Status.ACCEPTED)
        cls.shift = ShiftFactory(opportunity=opportunity, capacity=1)

    def client_signed_in(self) -> Client:
        client = Client(HTTP_HOST=NETWORK_A_HOST)
        client.force_login(self.volunteer.user)
        return client

    @given(key=keys, body=bodies, action=st.sampled_from(["sign-up", "withdraw"]))
    @example(key="{shift}", body={}, action="sign-up")
    @example(key="{shift}", body={"pk": "1"}, action="withdraw")
    @example(key=str(2**63), body={}, action="sign-up")
    @example(key="9" * 40, body={}, action="withdraw")
    def test_post(self, key, body, action):
        key = key.replace("{shift}", str(self.shift.pk))
        response = self.client_signed_in().post(f"/en/volunteer/shifts/{quote(key, safe='')}/{action}/", body)

        assert response.status_code in (302, 404), response.status_code
        signups = list(ShiftSignup.objects.all())
        # Only the real shift can ever hold the volunteer, and only once.
        assert all(signup.shift_id == self.shift.pk for signup in signups)
        assert len(signups) <= 1
        if response.status_code == 302:
            assert key.isascii() and key.isdigit() and int(key) == self.shift.pk
            assert response["Location"] == "/en/volunteer/shifts/"
