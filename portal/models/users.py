from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.utils.translation import gettext_lazy as _


class PortalUserManager(UserManager):
    """Email is the login; the username is kept only because Django's admin tools expect one."""

    def create_user(self, username=None, email=None, password=None, **extra_fields):
        email = self.normalize_email(email)
        return super().create_user(username or email, email, password, **extra_fields)

    def create_superuser(self, username=None, email=None, password=None, **extra_fields):
        email = self.normalize_email(email)
        return super().create_superuser(username or email, email, password, **extra_fields)


class User(AbstractUser):
    """A person's sign-in identity. What they may see or do is always decided per network."""

    email = models.EmailField(_("email address"), unique=True)

    objects = PortalUserManager()

    REQUIRED_FIELDS = ["email"]

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")

    def save(self, *args, **kwargs):
        if not self.username:
            self.username = self.email
        super().save(*args, **kwargs)
