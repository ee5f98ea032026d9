"""Registers the directory's admin screens, menu items and listing buttons with Wagtail."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet

from directory.admin.hsds_import import may_import, status_view, upload_view
from directory.admin.verification import verify_service
from directory.admin.viewsets import DirectoryViewSetGroup
from directory.models import Service
from directory.verification import IMPORT_VERIFICATION_ACTION, VERIFY_ACTION

register_snippet(DirectoryViewSetGroup)


@hooks.register("register_admin_urls")
def register_directory_admin_urls():
    return [
        path("directory/verify/<int:pk>/", verify_service, name="directory_verify_service"),
        path("directory/hsds-import/", upload_view, name="directory_hsds_import"),
        path("directory/hsds-import/<int:pk>/", status_view, name="directory_hsds_import_status"),
    ]


class HsdsImportMenuItem(MenuItem):
    """Shown to the moderators of the network whose admin this is, and to nobody else."""

    def is_shown(self, request) -> bool:
        return may_import(request)


@hooks.register("register_admin_menu_item")
def register_hsds_import_menu_item():
    return HsdsImportMenuItem(_("Import HSDS"), reverse("directory_hsds_import"), icon_name="download", order=160)


@hooks.register("register_log_actions")
def register_verification_log_actions(actions):
    actions.register_action(VERIFY_ACTION, _("Verify"), _("Verified as still accurate"))
    actions.register_action(IMPORT_VERIFICATION_ACTION)(ImportVerificationFormatter)


class ImportVerificationFormatter(LogFormatter):
    label = _("Verification date from an import")

    def format_message(self, log_entry):
        data = log_entry.data or {}
        date = data.get("assured_date", "")
        if data.get("kept_person"):
            return _("An import said this listing was verified on %(date)s; the verification by a person was kept.") % {
                "date": date or "-"
            }
        if date:
            return _("An import set the verification date to %(date)s.") % {"date": date}
        return _("An import removed the verification date.")


@hooks.register("register_snippet_listing_buttons")
def verification_button(snippet, user, next_url=None):
    if isinstance(snippet, Service):
        yield ListingButton(
            _("Still accurate?"), reverse("directory_verify_service", args=[snippet.pk]), icon_name="tick", priority=30
        )
