import pytest
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import GroupPagePermission, Page, Site

from directory.models import DirectoryIndexPage
from feedback.models import ListeningSessionIndexPage
from peer_groups.models import CircleIndexPage
from portal.models import Network, NetworkRole
from portal.tests.factories import UserFactory, make_staff
from volunteers.models import OpportunityIndexPage

pytestmark = pytest.mark.django_db

CREATE = [
    "create_network",
    "--slug=lakes",
    "--hostname=Lakes.Example.org",
    "--name=Red de los Lagos",
    "--crisis-number=+1 (555) 010-0199",
    "--crisis-text=Llame a cualquier hora",
    "--contact-email=hola@lakes.example.org",
    "--time-zone=America/Chicago",
    "--default-language=es",
    "--languages=en,es",
    "--alias=www.lakes.example.org",
]


def test_create_network_provisions_site_pages_and_role_groups():
    call_command(*CREATE)
    network = Network.objects.get(slug="lakes")
    assert network.site.hostname == "lakes.example.org"
    assert Network.objects.for_hostname("www.lakes.example.org").get() == network
    assert network.languages == ["en", "es"]
    assert network.name_es == "Red de los Lagos"
    assert network.crisis_line_tel == "tel:+15550100199"
    home = network.home_page
    assert home.title_es == "Red de los Lagos"
    sections = [type(page) for page in home.get_children().specific()]
    assert sections == [DirectoryIndexPage, CircleIndexPage, OpportunityIndexPage, ListeningSessionIndexPage]
    directory = home.get_children().type(DirectoryIndexPage).get().specific
    assert (directory.title_es, directory.title_zh_hans, directory.title_ar) == (
        "Buscar servicios",
        "查找服务",
        "ابحث عن خدمات",
    )
    for role in NetworkRole.Role.values:
        assert Group.objects.get(name=f"lakes: {role}").permissions.filter(codename="access_admin").exists()
    moderator_rights = GroupPagePermission.objects.filter(group__name="lakes: moderator", page=home)
    assert set(moderator_rights.values_list("permission__codename", flat=True)) == {
        "add_page",
        "change_page",
        "publish_page",
        "lock_page",
        "unlock_page",
    }


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ("--time-zone=Mars/Olympus", "not an IANA time zone"),
        ("--crisis-number=call us", "Enter a phone number"),
        ("--contact-email=not-an-address", "valid email"),
        ("--hostname=alpha.test", "already serves another site"),
        ("--slug=alpha", "slug already exists"),
    ],
)
def test_bad_input_is_reported_and_creates_nothing(network_a, change, message):
    option = change.split("=")[0]
    arguments = [argument for argument in CREATE if not argument.startswith(option + "=")] + [change]
    counts = (Network.objects.count(), Site.objects.count(), Page.objects.count(), Group.objects.count())
    with pytest.raises(CommandError, match=message):
        call_command(*arguments)
    assert counts == (Network.objects.count(), Site.objects.count(), Page.objects.count(), Group.objects.count())


def test_granting_and_removing_a_role_keeps_groups_in_step(network_a, network_b):
    user = make_staff(network_a, NetworkRole.Role.MODERATOR)
    NetworkRole.objects.create(user=user, network=network_b, role=NetworkRole.Role.PLANNER)
    assert set(user.groups.values_list("name", flat=True)) == {"alpha: moderator", "beta: planner"}
    NetworkRole.objects.get(user=user, network=network_a).delete()
    assert set(user.groups.values_list("name", flat=True)) == {"beta: planner"}


def test_superuser_provisions_a_network_in_the_admin(network_a, client_for):

    admin = UserFactory(is_superuser=True, is_staff=True)
    TOTP.activate(admin, generate_totp_secret())
    client = client_for(network_a)
    client.force_login(admin)
    form = {
        "name_en": "Coast network",
        "name_es": "Red de la costa",
        "slug": "coast",
        "hostname": "coast.example.org",
        "time_zone": "America/Los_Angeles",
        "default_language": "en",
        "enabled_languages": ["en", "es"],
        "crisis_line_number": "988",
        "crisis_line_text_en": "Call 988",
        "contact_email": "hi@coast.example.org",
        "verification_interval_days": 182,
    }
    response = client.post("/admin/networks/new/", form)
    assert response.status_code == 302, response.text[:2000]
    network = Network.objects.get(slug="coast")
    assert network.site.hostname == "coast.example.org"
    assert network.home_page.get_children().count() == 4

    response = client.post("/admin/networks/new/", {**form, "slug": "coast-2", "default_language": "vi"})
    assert response.status_code == 200
    assert "The default language must be one of the enabled languages." in response.text
    assert not Network.objects.filter(slug="coast-2").exists()


@pytest.mark.parametrize("role", NetworkRole.Role.values)
def test_network_staff_cannot_open_network_administration(network_a, client_for, role):

    user = make_staff(network_a, role)
    TOTP.activate(user, generate_totp_secret())
    client = client_for(network_a)
    client.force_login(user)
    for path in ("/admin/networks/", "/admin/networks/new/", f"/admin/networks/edit/{network_a.pk}/"):
        response = client.get(path)
        assert response.status_code == 302 and response["Location"] == "/admin/", path
