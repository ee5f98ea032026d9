"""Whatever is typed into a check's form, the export name or the check-ins filter: a clear answer, never a 500,
never a half-recorded decision."""

from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from portal.tests.factories import make_network, make_staff
from tests.admin_clients import mfa_client
from tests.fixtures import NETWORK_A_HOST
from volunteers.models import BackgroundCheck
from volunteers.tests.factories import BackgroundCheckFactory, VolunteerFactory

Status = BackgroundCheck.Status
texts = st.one_of(st.text(max_size=30), st.sampled_from(["", " ", "\x00", "９", "2026-02-30", "9" * 400]))
statuses = st.one_of(st.sampled_from(Status.values), texts)
decisions = st.one_of(st.sampled_from(BackgroundCheck.Decision.values), texts)


class CheckFormAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("alpha", NETWORK_A_HOST)
        cls.coordinator = make_staff(cls.network, "coordinator")
        cls.check = BackgroundCheckFactory(
            volunteer=VolunteerFactory(network=cls.network), status=Status.NEEDS_REVIEW, expires_on=None
        )

    @given(status=statuses, decision=decisions, note=texts, level=texts, expires_on=texts)
    @example(status="clear", decision="", note="", level="1", expires_on="")
    @example(status="needs review", decision="proceed", note=" ", level="1", expires_on="")
    @example(status="needs review", decision="do not proceed", note="Role with children", level="3", expires_on="")
    @example(status="requested", decision="proceed", note="Reasons", level="1", expires_on="2030-01-01")
    def test_edit(self, status, decision, note, level, expires_on):
        client = mfa_client(self.coordinator, self.network)
        url = reverse("wagtailsnippets_volunteers_backgroundcheck:edit", args=[self.check.pk])
        data = {
            "volunteer": self.check.volunteer_id,
            "provider": "Sterling Volunteers",
            "level": level,
            "status": status,
            "requested_on": "",
            "completed_on": "",
            "expires_on": expires_on,
            "provider_reference": "",
            "decision": decision,
            "decision_note": note,
        }
        response = client.post(url, data)
        assert response.status_code in (200, 302), response.status_code
        row = BackgroundCheck.objects.get(pk=self.check.pk)
        if response.status_code == 200:
            assert "error" in response.text.lower()
            assert (row.status, row.decision, row.decided_by) == (Status.NEEDS_REVIEW, "", None)
            return
        # Saved: a "needs review" check never turned clear, and any decision carries its reasons and its author.
        assert row.status != Status.CLEAR
        if row.decision:
            assert row.decision_note.strip() and row.decided_by == self.coordinator and row.decided_at
            assert row.status in (Status.CLEAR, Status.NEEDS_REVIEW)
        else:
            assert (row.decision_note, row.decided_by, row.decided_at) == ("", None, None)

    @given(name=st.text(min_size=1, max_size=40))
    @example(name="expiring")
    @example(name="../expiring")
    def test_export_name(self, name):
        client = mfa_client(self.coordinator, self.network)
        url = reverse("volunteers_coordinator_dashboard") + name + ".csv"
        response = client.get(url)
        # Django's APPEND_SLASH answers some unknown paths with a redirect (to a 404): never an error.
        assert response.status_code in (200, 301, 404), (name, response.status_code)
        if response.status_code == 200:
            assert name in ("ready", "not-ready", "expiring", "without-supervisor", "inactive")

    @given(volunteer=texts)
    @example(volunteer="-1")
    @example(volunteer=str(2**63))
    def test_check_ins_filter(self, volunteer):
        client = mfa_client(self.coordinator, self.network)
        response = client.get(reverse("wagtailsnippets_volunteers_supervisioncheckin:list"), {"volunteer": volunteer})
        assert response.status_code == 200, (volunteer, response.status_code)
