"""Creates or refreshes the two demo networks, every feature's demo data and one demo user per role."""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand
from django.db import transaction

from portal.demo.networks import ROLES, demo_networks, demo_password
from portal.features import demo_seeders
from portal.models import Network
from portal.permissions import grant_role
from portal.provisioning import add_sections, provision_network
from portal.translated_fields import set_translations

SUPERUSER_EMAIL = "admin@demo.example.org"
SUPERUSER_PASSWORD = "demo-admin"


class Command(BaseCommand):
    help = "Create or refresh the two demo networks and one demo user per role. Safe to run again."

    @transaction.atomic
    def handle(self, *args, **options):
        credentials = []
        for demo in demo_networks():
            spec = demo.spec
            network = Network.objects.filter(slug=spec.slug).first() or provision_network(spec)
            home = network.home_page
            set_translations(home, "intro", demo.home_intro)
            set_translations(home, "body", demo.home_body)
            home.save_revision().publish()
            add_sections(home, refresh_titles=True)
            for app_label, seed in demo_seeders():
                counts = seed(network)
                summary = ", ".join(f"{number} {name}" for name, number in counts.items())
                self.stdout.write(f"{spec.slug} {app_label}: {summary}")
            for role in ROLES:
                email = f"{role}@{spec.slug}.example.org"
                password = demo_password(spec.slug, role)
                user = self.demo_user(email, password)
                grant_role(user, network, role)
                credentials.append((spec.hostname, role, email, password))
        self.demo_user(SUPERUSER_EMAIL, SUPERUSER_PASSWORD, is_superuser=True)
        credentials.append(("any", "superuser", SUPERUSER_EMAIL, SUPERUSER_PASSWORD))

        self.stdout.write(
            self.style.SUCCESS("Demo networks ready: http://localhost:8000/ and http://riverside.localhost:8000/")
        )
        self.stdout.write("Demo accounts (demo only, never use these passwords elsewhere):")
        for host, role, email, password in credentials:
            self.stdout.write(f"  {host:<22} {role:<12} {email:<36} {password}")

    @staticmethod
    def demo_user(email: str, password: str, is_superuser: bool = False):
        user, _ = get_user_model().objects.get_or_create(email=email, defaults={"username": email})
        user.set_password(password)
        user.is_superuser = user.is_staff = is_superuser
        user.save()
        EmailAddress.objects.update_or_create(user=user, email=email, defaults={"verified": True, "primary": True})
        return user
