"""The demo's volunteering: both demo networks seeded twice, as `seed_demo` does on every run."""

import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from django.core.files.base import ContentFile
from django.db import transaction
from django.utils import timezone, translation

from directory.demo.seeding import seed_demo_directory
from portal.demo.networks import HARBOR, RIVERSIDE, demo_password
from portal.models import NetworkRole
from portal.provisioning import provision_network
from portal.translated_fields import translated_value
from volunteers.demo.seeding import seed_demo_volunteers
from volunteers.models import (
    Acknowledgement,
    Application,
    BackgroundCheck,
    CodeOfConduct,
    HoursEntry,
    Opportunity,
    Shift,
    ShiftSignup,
    SupervisionCheckIn,
    TrainingModule,
    TrainingRecord,
    VolunteerProfile,
)
from volunteers.requirements import placeable
from volunteers.totals import network_today

SLUGS = ("harbor", "riverside")
# The demo volunteers by the state a coordinator finds them in (their emails in the data files).
STATES = {
    "harbor": {
        "applied": "volunteer.amara@harbor.example.org",
        "in training": "volunteer.minh@harbor.example.org",
        "waiting for a check": "volunteer.sofia@harbor.example.org",
        "placeable": "volunteer.jordan@harbor.example.org",
        "conditionally accepted": "volunteer.rashid@harbor.example.org",
        "expiring soon": "volunteer.mei@harbor.example.org",
        "expired": "volunteer.tomas@harbor.example.org",
        "needs review": "volunteer.keisha@harbor.example.org",
    },
    "riverside": {
        "applied": "voluntaria.lucia@riverside.example.org",
        "in training": "voluntario.duc@riverside.example.org",
        "waiting for a check": "voluntaria.carmen@riverside.example.org",
        "placeable": "voluntario.miguel@riverside.example.org",
        "conditionally accepted": "voluntario.yusuf@riverside.example.org",
        "expiring soon": "voluntaria.lan@riverside.example.org",
        "expired": "voluntario.raul@riverside.example.org",
        "needs review": "voluntaria.denise@riverside.example.org",
    },
}
RECORD_MODELS = (
    Acknowledgement,
    Application,
    BackgroundCheck,
    HoursEntry,
    ShiftSignup,
    SupervisionCheckIn,
    TrainingRecord,
)


def volunteering_counts(network) -> dict[str, int]:
    counts = {
        model._meta.model_name: model.objects.for_network(network).count()
        for model in (CodeOfConduct, TrainingModule, Opportunity, Shift, VolunteerProfile, *RECORD_MODELS)
    }
    counts["revisions"] = sum(opportunity.revisions.count() for opportunity in Opportunity.objects.for_network(network))
    counts["coordinators"] = NetworkRole.objects.filter(network=network).count()
    return counts


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """Both demo networks with their directory, volunteering seeded twice; rolled back after the module."""
    with django_db_blocker.unblock(), transaction.atomic():
        networks = {spec.slug: provision_network(spec) for spec in (HARBOR, RIVERSIDE)}
        for network in networks.values():
            seed_demo_directory(network)
        first = {
            slug: (seed_demo_volunteers(network), volunteering_counts(network)) for slug, network in networks.items()
        }
        second = {
            slug: (seed_demo_volunteers(network), volunteering_counts(network)) for slug, network in networks.items()
        }
        yield networks, first, second
        transaction.set_rollback(True)


@pytest.fixture
def networks(seeded, db):
    return seeded[0]


def volunteer(network, state: str) -> VolunteerProfile:
    return VolunteerProfile.objects.for_network(network).get(user__email=STATES[network.slug][state])


def only_application(profile: VolunteerProfile) -> Application:
    (application,) = profile.applications.select_related("opportunity")
    return application


def test_seeding_again_changes_no_counts(seeded, db):
    _networks, first, second = seeded
    for slug in SLUGS:
        assert first[slug] == second[slug], slug
        counts, rows = second[slug]
        assert counts["volunteers"] == rows["volunteerprofile"] == len(STATES[slug])
        assert counts["opportunities"] == rows["opportunity"] >= 4
        assert counts["training modules"] == rows["trainingmodule"] == 4


def test_every_state_of_a_volunteer_is_in_each_demo_network(networks):
    for slug in SLUGS:
        network = networks[slug]
        today = network_today(network)

        applied = only_application(volunteer(network, "applied"))
        assert applied.status == Application.Status.PENDING
        assert not placeable(applied.volunteer, applied.opportunity, today).placeable

        training = volunteer(network, "in training")
        assert training.training_records.filter(verified_at__isnull=True).exists()
        readiness = placeable(training, only_application(training).opportunity, today)
        assert not readiness.placeable
        assert "Logged, waiting for a coordinator to verify it" in [r.status for r in readiness.missing]

        waiting = volunteer(network, "waiting for a check")
        assert waiting.background_checks.get().status == BackgroundCheck.Status.REQUESTED
        readiness = placeable(waiting, only_application(waiting).opportunity, today)
        assert [r.kind for r in readiness.missing] == ["check"]

        ready = volunteer(network, "placeable")
        application = only_application(ready)
        assert application.status == Application.Status.ACCEPTED and not application.conditional
        assert placeable(ready, application.opportunity, today).placeable
        signup = ready.shift_signups.select_related("shift").get()
        assert signup.status == ShiftSignup.Status.CONFIRMED and signup.shift.starts_at > timezone.now()
        approved = ready.hours_entries.filter(approved_at__isnull=False)
        # Fifty approved hours and a year since signing up: milestones a coordinator sees reached.
        assert sum(entry.hours for entry in approved) == 50
        assert ready.created_at.date() < today - datetime.timedelta(days=365)
        assert ready.hours_entries.filter(approved_at__isnull=True).exists()
        assert ready.supervision_check_ins.exists()

        conditional = volunteer(network, "conditionally accepted")
        application = only_application(conditional)
        assert application.status == Application.Status.ACCEPTED and application.conditional
        assert not placeable(conditional, application.opportunity, today).placeable

        expiring = volunteer(network, "expiring soon")
        opportunity = only_application(expiring).opportunity
        assert placeable(expiring, opportunity, today).placeable
        assert expiring.background_checks.get().expires_on == today + datetime.timedelta(days=30)
        assert expiring.training_records.filter(expires_on=today + datetime.timedelta(days=10)).exists()
        assert not placeable(expiring, opportunity, today + datetime.timedelta(days=10)).placeable

        expired = volunteer(network, "expired")
        assert expired.background_checks.get().expires_on < today
        assert not placeable(expired, only_application(expired).opportunity, today).placeable
        assert not ShiftSignup.objects.filter(volunteer=expired).holding_a_place().exists()

        reviewed = volunteer(network, "needs review")
        check = reviewed.background_checks.get()
        assert check.status == BackgroundCheck.Status.NEEDS_REVIEW
        assert check.decision == BackgroundCheck.Decision.PROCEED and check.decided_by and check.decision_note
        assert NetworkRole.objects.filter(network=network, user=check.decided_by, role="coordinator").exists()
        assert placeable(reviewed, only_application(reviewed).opportunity, today).placeable


def test_exactly_one_demo_volunteer_has_no_supervisor(networks):
    for slug in SLUGS:
        network = networks[slug]
        unsupervised = VolunteerProfile.objects.for_network(network).active().filter(supervisor__isnull=True)
        assert list(unsupervised) == [volunteer(network, "conditionally accepted")]


def test_opportunities_are_published_translated_and_have_shifts_in_the_coming_weeks(networks):
    for slug in SLUGS:
        network = networks[slug]
        opportunities = Opportunity.objects.for_network(network)
        assert set(opportunities.listed()) == set(opportunities)
        for opportunity in opportunities:
            assert opportunity.organization.network == network
            assert opportunity.live_revision is not None
            for field in ("title", "role", "description", "place", "schedule"):
                for language in network.languages:
                    assert translated_value(opportunity, field, language), (opportunity.pk, field, language)
            shifts = opportunity.shifts.all()
            assert shifts
            for shift in shifts:
                assert timezone.now() < shift.starts_at < timezone.now() + datetime.timedelta(weeks=4)
        assert any(opportunity.languages_wanted for opportunity in opportunities)
        assert any(opportunity.required_check_level for opportunity in opportunities)
        assert all(opportunity.required_modules.exists() for opportunity in opportunities)
        assert any(opportunity.organization.hsds_id.endswith("0003") for opportunity in opportunities)


def test_shift_times_are_in_the_networks_time_zone(networks):
    harbor = networks["harbor"]
    co_host = Opportunity.objects.for_network(harbor).get(title_en="Co-host a peer recovery circle")
    zone = ZoneInfo(harbor.time_zone)
    assert {shift.starts_at.astimezone(zone).time() for shift in co_host.shifts.all()} == {datetime.time(18)}


def test_texts_read_in_each_language_and_the_riverside_default_is_spanish(networks):
    riverside = networks["riverside"]
    module = TrainingModule.objects.for_network(riverside).get(name_en="Mental health first aid")
    with translation.override("es"):
        assert module.name == "Primeros auxilios en salud mental"
    with translation.override("vi"):
        assert (
            CodeOfConduct.current(riverside).title == "Quy tắc ứng xử và thỏa thuận bảo mật dành cho tình nguyện viên"
        )
    assert Opportunity.objects.for_network(riverside).filter(
        title_es="Lleve a vecinos de zonas rurales a su tratamiento y al tribunal"
    )


def test_a_networks_demo_volunteers_and_records_stay_in_it(networks):
    harbor, riverside = networks["harbor"], networks["riverside"]
    for network, other in ((harbor, riverside), (riverside, harbor)):
        emails = set(VolunteerProfile.objects.for_network(network).values_list("user__email", flat=True))
        assert emails == set(STATES[network.slug].values())
        assert not emails & set(VolunteerProfile.objects.for_network(other).values_list("user__email", flat=True))
        for model in RECORD_MODELS:
            rows = model.objects.filter(volunteer__network=network)
            assert rows.count() == model.objects.for_network(network).count() > 0, model
        assert not Application.objects.filter(volunteer__network=network, opportunity__network=other).exists()
        assert not TrainingRecord.objects.filter(volunteer__network=network, module__network=other).exists()
        assert not HoursEntry.objects.filter(volunteer__network=network, opportunity__network=other).exists()
        assert not ShiftSignup.objects.filter(volunteer__network=network, shift__opportunity__network=other).exists()


def test_demo_volunteers_sign_in_with_the_demo_password(networks):
    for slug in SLUGS:
        user = volunteer(networks[slug], "placeable").user
        assert user.check_password(demo_password(slug, "volunteer"))
        assert user.emailaddress_set.get().verified


def test_seeding_weeks_later_moves_the_dates_along_and_changes_no_counts(networks, monkeypatch):
    harbor = networks["harbor"]
    before = volunteering_counts(harbor)
    later = timezone.now() + datetime.timedelta(days=40)
    monkeypatch.setattr(timezone, "now", lambda: later)
    seed_demo_volunteers(harbor)
    assert volunteering_counts(harbor) == before
    today = network_today(harbor)
    assert volunteer(harbor, "expiring soon").background_checks.get().expires_on == today + datetime.timedelta(days=30)
    assert all(shift.starts_at > later for shift in Shift.objects.for_network(harbor))
    ready = volunteer(harbor, "placeable")
    assert placeable(ready, only_application(ready).opportunity, today).placeable


def test_seeding_again_erases_a_training_the_file_does_not_hold_and_its_evidence(networks):
    harbor = networks["harbor"]
    # What a visitor trying the demo as Amara logged, with a certificate.
    record = TrainingRecord(
        volunteer=volunteer(harbor, "applied"),
        module=TrainingModule.objects.for_network(harbor).get(name_en="Self-care for volunteers"),
        completed_on=network_today(harbor),
        hours=2,
    )
    record.evidence.save("certificate.pdf", ContentFile(b"%PDF-1.4 demo"), save=True)
    evidence = Path(record.evidence.path)
    assert evidence.exists()
    seed_demo_volunteers(harbor)
    assert not TrainingRecord.objects.filter(pk=record.pk).exists()
    assert not evidence.exists(), "the evidence of an erased record stayed in private storage"


@pytest.mark.parametrize(
    ("slug", "title", "weekdays"),
    [
        ("harbor", "Co-host a peer recovery circle", {"Tuesday", "Thursday"}),
        ("riverside", "Co-host a peer recovery circle", {"Monday", "Wednesday"}),
        ("harbor", "Staff the Recovery Month community picnic", {"Saturday"}),
        ("riverside", "Staff the family recovery fair", {"Saturday"}),
    ],
)
def test_shifts_fall_on_the_days_the_opportunity_says(networks, slug, title, weekdays):
    network = networks[slug]
    opportunity = Opportunity.objects.for_network(network).get(title_en=title)
    zone = ZoneInfo(network.time_zone)
    days = {shift.starts_at.astimezone(zone).strftime("%A") for shift in opportunity.shifts.all()}
    assert days == weekdays, opportunity.schedule_en
