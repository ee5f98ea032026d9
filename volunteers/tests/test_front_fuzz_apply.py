"""Whatever is posted to an opportunity's apply address: a clear answer, never a server error or a second row."""

from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from portal.tests.factories import UserFactory, make_network
from tests.fixtures import NETWORK_A_HOST, NETWORK_B_HOST
from volunteers.models import Application, Opportunity
from volunteers.tests.factories import OpportunityFactory, VolunteerFactory

texts = st.one_of(st.sampled_from(["", " ", "\x00", "a\x00b", "x" * 2001, "x" * 2000, "<b>hi</b>"]), st.text())


class ApplyAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        network = make_network("alpha", NETWORK_A_HOST)
        other = make_network("beta", NETWORK_B_HOST, languages=("en", "es"))
        cls.volunteer = VolunteerFactory(network=network, user=UserFactory())
        cls.opportunities = [
            OpportunityFactory(network=network).pk,
            OpportunityFactory(network=network, status=Opportunity.Status.CLOSED).pk,
            OpportunityFactory(network=network, live=False).pk,
            OpportunityFactory(network=other).pk,
        ]

    @given(
        target=st.one_of(st.sampled_from(range(4)), st.integers(min_value=0, max_value=10**30)),
        motivation=st.one_of(st.none(), texts),
        extra=st.dictionaries(st.sampled_from(["status", "conditional", "note", "volunteer", "opportunity"]), texts),
        twice=st.booleans(),
    )
    @example(target=0, motivation="I would like to help.", extra={"status": "accepted"}, twice=True)
    @example(target=0, motivation="\x00", extra={}, twice=False)
    def test_apply(self, target, motivation, extra, twice):
        pk = self.opportunities[target] if target < 4 else target
        self.client.force_login(self.volunteer.user)
        data = {**extra, **({"motivation": motivation} if motivation is not None else {})}
        for _attempt in range(2 if twice else 1):
            response = self.client.post(f"/en/volunteer/{pk}/apply/", data, HTTP_HOST=NETWORK_A_HOST)
            assert response.status_code in (200, 302, 404), response.status_code

        applications = list(Application.objects.all())
        assert len(applications) <= 1
        if applications:
            [application] = applications
            # Only the open, published role of the network takes an application, and never as anything but pending.
            assert application.opportunity_id == self.opportunities[0]
            assert application.status == Application.Status.PENDING and not application.conditional
            assert application.note == "" and application.volunteer == self.volunteer
            assert len(application.motivation) <= 2000
        elif target == 0 and motivation is not None:
            assert response.status_code == 200
            assert "Please correct the errors below." in response.content.decode()
