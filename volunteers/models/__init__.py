from volunteers.models.applications import Application, HoursEntry, ReminderSent, SupervisionCheckIn
from volunteers.models.checks import BackgroundCheck, CheckLevel
from volunteers.models.opportunities import Opportunity, Shift, ShiftSignup
from volunteers.models.pages import OpportunityIndexPage
from volunteers.models.profiles import Acknowledgement, CodeOfConduct, VolunteerProfile, VolunteerSettings
from volunteers.models.training import TrainingModule, TrainingRecord

__all__ = [
    "Acknowledgement",
    "Application",
    "BackgroundCheck",
    "CheckLevel",
    "CodeOfConduct",
    "HoursEntry",
    "Opportunity",
    "OpportunityIndexPage",
    "ReminderSent",
    "Shift",
    "ShiftSignup",
    "SupervisionCheckIn",
    "TrainingModule",
    "TrainingRecord",
    "VolunteerProfile",
    "VolunteerSettings",
]
