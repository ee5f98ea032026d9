"""Admin screens for superusers: networks and who holds which role in them."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet

from portal.forms import NetworkCreateForm, NetworkForm
from portal.models import Network, NetworkRole


class NetworkCreateView(generic.CreateView):
    def save_instance(self):
        return self.form.save()


class NetworkViewSet(ModelViewSet):
    """Superusers provision and edit networks; nobody else holds the model permissions."""

    model = Network
    icon = "site"
    menu_label = _("Networks")
    add_view_class = NetworkCreateView
    list_display = ["name", "slug", "site", "default_language"]
    search_fields = ["name_en", "slug"]

    def get_form_class(self, for_update: bool = False):
        return NetworkForm if for_update else NetworkCreateForm


class NetworkRoleIndexView(generic.IndexView):
    def get_base_queryset(self):
        return super().get_base_queryset().select_related("user", "network")


class NetworkRoleViewSet(ModelViewSet):
    model = NetworkRole
    index_view_class = NetworkRoleIndexView
    icon = "group"
    menu_label = _("Network roles")
    form_fields = ["user", "network", "role"]
    list_display = ["user", "network", "role"]
    list_filter = ["network", "role"]


class NetworkAdministrationGroup(ViewSetGroup):
    menu_label = _("Networks")
    menu_icon = "site"
    items = (NetworkViewSet("networks"), NetworkRoleViewSet("network_roles"))
