"""Keeps each person's Wagtail groups in step with their network roles and partner memberships."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from portal.models import NetworkRole, OrganizationMembership
from portal.permissions import PARTNER_GROUP_ROLE, provision_partner_group, role_group, role_group_name


@receiver(post_save, sender=NetworkRole)
def join_role_group(sender, instance: NetworkRole, **kwargs) -> None:
    """Wagtail's page permissions are group based, so each role comes with its network's group."""
    instance.user.groups.add(role_group(instance.network, instance.role))


@receiver(post_delete, sender=NetworkRole)
def leave_role_group(sender, instance: NetworkRole, **kwargs) -> None:
    user = get_user_model().objects.filter(pk=instance.user_id).first()
    if user is not None:
        user.groups.remove(*Group.objects.filter(name=role_group_name(instance.network, instance.role)))


@receiver(post_save, sender=OrganizationMembership)
def join_partner_group(sender, instance, **kwargs) -> None:
    """Partner staff get their network's partner group: admin access and rights to edit listings."""
    instance.user.groups.add(provision_partner_group(instance.organization.network))


@receiver(post_delete, sender=OrganizationMembership)
def leave_partner_group(sender, instance, **kwargs) -> None:
    network = instance.organization.network
    memberships = sender.objects.filter(user_id=instance.user_id, organization__network=network)
    if not memberships.exists():
        instance.user.groups.remove(*Group.objects.filter(name=role_group_name(network, PARTNER_GROUP_ROLE)))
