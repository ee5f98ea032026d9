"""Two volunteers taking the last place at the same moment: the shift's row lock lets exactly one in."""

import threading

import pytest
from django.db import connection

from portal.tests.factories import make_network
from volunteers.models import Application, ShiftSignup
from volunteers.placement import sign_up
from volunteers.tests.factories import (
    AcknowledgementFactory,
    ApplicationFactory,
    CodeOfConductFactory,
    OpportunityFactory,
    ShiftFactory,
    VolunteerFactory,
)


@pytest.mark.django_db(transaction=True)
def test_the_last_place_goes_to_one_volunteer_only():
    network = make_network("alpha", "alpha.test", languages=("en",))
    opportunity = OpportunityFactory(network=network)
    code = CodeOfConductFactory(network=network)
    volunteers = [VolunteerFactory(network=network) for _ in range(4)]
    for volunteer in volunteers:
        AcknowledgementFactory(volunteer=volunteer, code_of_conduct=code)
        ApplicationFactory(volunteer=volunteer, opportunity=opportunity, status=Application.Status.ACCEPTED)
    shift = ShiftFactory(opportunity=opportunity, capacity=1)
    start = threading.Barrier(len(volunteers))
    refusals = []

    def take_place(volunteer):
        try:
            start.wait()
            result = sign_up(volunteer, shift, shift.starts_at - (shift.ends_at - shift.starts_at) * 10)
            refusals.append(result.refusal)
        finally:
            connection.close()

    threads = [threading.Thread(target=take_place, args=(volunteer,)) for volunteer in volunteers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert ShiftSignup.objects.filter(shift=shift).count() == 1
    assert sorted(refusals) == ["", *["This shift is full."] * 3]
