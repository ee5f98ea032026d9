"""Factories of the platform's records: people, networks, partner organizations."""

import factory
from allauth.account.models import EmailAddress

from portal.languages import SUPPORTED_LANGUAGE_CODES
from portal.models import NetworkRole, Organization, User
from portal.provisioning import NetworkSpec, provision_network

PASSWORD = "a-long-test-password"


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = User
        skip_postgeneration_save = True

    email = factory.Sequence(lambda n: f"person{n}@example.org")
    username = factory.SelfAttribute("email")
    password = factory.PostGenerationMethodCall("set_password", PASSWORD)

    @factory.post_generation
    def verified(obj, create, extracted, **kwargs):
        obj.save()
        if create and extracted is not False:
            EmailAddress.objects.create(user=obj, email=obj.email, verified=True, primary=True)


class OrganizationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organization

    name = factory.Sequence(lambda n: f"Partner {n}")
    description = "A partner organization."


def make_network(slug: str, hostname: str, languages=SUPPORTED_LANGUAGE_CODES, default="en", **extra):
    """A network provisioned exactly as create_network does it, named in every enabled language."""
    names = {code: f"{slug.title()} network [{code}]" for code in languages}
    texts = {code: f"{slug.title()} crisis help [{code}]" for code in languages}
    spec = NetworkSpec(
        slug=slug,
        hostname=hostname,
        names=names,
        crisis_line_number=extra.pop("crisis_line_number", "988"),
        crisis_line_texts=texts,
        contact_email=f"hello@{slug}.example.org",
        default_language=default,
        enabled_languages=list(languages),
        **extra,
    )
    return provision_network(spec)


def make_staff(network, role: str, **kwargs) -> User:
    user = UserFactory(**kwargs)
    NetworkRole.objects.create(user=user, network=network, role=role)
    return user
