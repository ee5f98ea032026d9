from portal.models.moderation import NetworkModerationTask
from portal.models.networks import Network, NetworkAlias, NetworkQuerySet
from portal.models.pages import HomePage
from portal.models.partners import Organization, OrganizationMembership
from portal.models.roles import NetworkRole
from portal.models.users import User

__all__ = [
    "HomePage",
    "NetworkModerationTask",
    "Network",
    "NetworkAlias",
    "NetworkQuerySet",
    "NetworkRole",
    "Organization",
    "OrganizationMembership",
    "User",
]
