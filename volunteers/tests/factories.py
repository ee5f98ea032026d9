"""Factories of volunteering records. Pass `network=` (or a volunteer/opportunity of the network)."""

import datetime

import factory
from django.utils import timezone

from portal.tests.factories import OrganizationFactory, UserFactory
from volunteers.models import (
    Acknowledgement,
    Application,
    BackgroundCheck,
    CheckLevel,
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


class VolunteerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = VolunteerProfile

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Volunteer {n}")
    preferred_language = "en"
    languages_spoken = factory.LazyFunction(lambda: ["en"])
    emergency_contact_name = "A. Friend"
    emergency_contact_phone = "555-0100"


class CodeOfConductFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CodeOfConduct

    version = factory.Sequence(lambda n: n + 1)
    title = "Code of conduct"
    text = "Respect, confidentiality, safety."
    in_force_from = datetime.date(2020, 1, 1)


class AcknowledgementFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Acknowledgement


class TrainingModuleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TrainingModule

    name = factory.Sequence(lambda n: f"Module {n}")
    valid_for_months = 36


class TrainingRecordFactory(factory.django.DjangoModelFactory):
    """A verified training record (pass `verified_at=None` for one waiting for a coordinator)."""

    class Meta:
        model = TrainingRecord

    completed_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=30))
    hours = 4
    verified_at = factory.LazyFunction(timezone.now)


class BackgroundCheckFactory(factory.django.DjangoModelFactory):
    """A clear basic check, valid for two more years."""

    class Meta:
        model = BackgroundCheck

    provider = "Sterling Volunteers"
    level = CheckLevel.BASIC
    status = BackgroundCheck.Status.CLEAR
    requested_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=40))
    completed_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=20))
    expires_on = factory.LazyFunction(lambda: timezone.localdate() + datetime.timedelta(days=730))


class OpportunityFactory(factory.django.DjangoModelFactory):
    """A published, open opportunity. Pass `network=`; the organization defaults to a new one of that network."""

    class Meta:
        model = Opportunity
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory, network=factory.SelfAttribute("..network"))
    title = factory.Sequence(lambda n: f"Opportunity {n}")
    role = "Driver"
    description = "Drive neighbours to appointments."
    live = True

    @factory.post_generation
    def required_modules(obj, create, extracted, **kwargs):
        # A parental many-to-many is written to the database when the opportunity is saved.
        if create and extracted:
            obj.required_modules.set(extracted)
            obj.save()


class ShiftFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Shift

    starts_at = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=7))
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=3))
    capacity = 2


class ShiftSignupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ShiftSignup


class ApplicationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Application


class HoursEntryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = HoursEntry

    worked_on = factory.LazyFunction(lambda: timezone.localdate() - datetime.timedelta(days=3))
    hours = 3


class SupervisionCheckInFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SupervisionCheckIn

    met_on = factory.LazyFunction(timezone.localdate)
