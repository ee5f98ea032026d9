"""Every public template, as (name, host, path) with {lang} for the language prefix."""

PUBLIC_PAGES = [
    ("home", "localhost", "/{lang}/"),
    ("directory section", "localhost", "/{lang}/services/"),
    ("peer circles section", "localhost", "/{lang}/circles/"),
    ("volunteer section", "localhost", "/{lang}/volunteer/"),
    ("volunteer opportunity", "localhost", "/{lang}/volunteer/9101/"),
    ("listening sessions section", "localhost", "/{lang}/listening-sessions/"),
    ("not found", "localhost", "/{lang}/no-such-page/"),
    ("browse more safely", "localhost", "/{lang}/browse-safely/"),
    ("log in", "localhost", "/{lang}/accounts/login/"),
    ("sign up", "localhost", "/{lang}/accounts/signup/"),
    ("password reset", "localhost", "/{lang}/accounts/password/reset/"),
    ("password reset sent", "localhost", "/{lang}/accounts/password/reset/done/"),
    ("verification sent", "localhost", "/{lang}/accounts/confirm-email/"),
    ("directory search", "localhost", "/{lang}/services/?q=counseling&open_now=on"),
    ("directory results", "localhost", "/{lang}/services/?category=counseling&ids=9001"),
    ("service detail", "localhost", "/{lang}/services/9001/"),
    ("my list of services", "localhost", "/{lang}/services/list/?ids=9001,9002"),
    ("translation notice", "second.localhost", "/{lang}/"),
    ("unknown host", "unknown.localhost", "/{lang}/"),
]
LANGUAGES = ["en", "ar", "zh-hans"]
