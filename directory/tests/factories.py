"""Factories for directory data. Translated fields take a dict of language code to text (`names={...}`)."""

import datetime

import factory

from directory.models import (
    Category,
    CostOption,
    Location,
    OpeningHours,
    Place,
    ScheduleException,
    Service,
    ServiceAtLocation,
    ServiceLanguage,
)
from portal.tests.factories import OrganizationFactory
from portal.translated_fields import translated_values


def translations(field: str, values: dict[str, str]) -> dict[str, str]:
    """Constructor keywords for every translation of `field`, plus its untranslated column (English first)."""
    return translated_values(field, values, default_language=next(iter(values)))


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    code = factory.Sequence(lambda n: f"category-{n}")
    name = factory.LazyAttribute(lambda o: o.code.replace("-", " ").title())


class LocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Location

    organization = factory.SubFactory(OrganizationFactory, network=factory.SelfAttribute("..network"))
    name = factory.Sequence(lambda n: f"Site {n}")
    address_1 = factory.Sequence(lambda n: f"{n} Main Street")
    city = "Harbor City"
    state_province = "CA"
    postal_code = "90001"
    latitude = 34.05
    longitude = -118.25


class ServiceFactory(factory.django.DjangoModelFactory):
    """A published, active service. Pass `network=`; the organization defaults to a new one of that network."""

    class Meta:
        model = Service
        skip_postgeneration_save = True

    organization = factory.SubFactory(OrganizationFactory, network=factory.SelfAttribute("..network"))
    name = factory.Sequence(lambda n: f"Service {n}")
    description = "Help for people in recovery."
    live = True

    @factory.post_generation
    def categories(obj, create, extracted, **kwargs):
        if create and extracted:
            obj.categories.set(extracted)


class OpeningHoursFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = OpeningHours

    weekday = 0
    opens_at = datetime.time(9)
    closes_at = datetime.time(17)


class ScheduleExceptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ScheduleException

    closed = True


class CostOptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = CostOption

    option = CostOption.Option.FREE


class ServiceLanguageFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceLanguage

    code = "en"


class ServiceAtLocationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ServiceAtLocation

    location = factory.SubFactory(LocationFactory, network=factory.SelfAttribute("..service.network"))


class PlaceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Place

    name = factory.Sequence(lambda n: f"Neighbourhood {n}")
    latitude = 34.05
    longitude = -118.25


def listed_service(network, categories=(), **kwargs) -> Service:
    """A published service; categories are saved the way the admin saves them (with the service)."""
    service = ServiceFactory(network=network, **kwargs)
    if categories:
        service.categories.set(categories)
        service.save()
    return service


def result_names(results) -> list[str]:
    """The names of a search's services, in the order shown."""
    return [str(service.name) for service in results.services]
