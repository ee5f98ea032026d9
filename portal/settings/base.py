"""Settings safe for production: DEBUG off, everything else from the environment."""

from pathlib import Path

import dj_database_url

from portal.languages import LANGUAGES as PORTAL_LANGUAGES
from portal.languages import NetworkFallbackLanguages
from portal.settings.environment import env_bool, env_int, env_list, env_str

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

SECRET_KEY = env_str("SECRET_KEY")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    # modeltranslation must come before the admin and Wagtail apps it patches.
    "wagtail_modeltranslation",
    "wagtail_modeltranslation.makemigrations",
    "wagtail_modeltranslation.migrate",
    "portal",
    "directory",
    "volunteers",
    "peer_groups",
    "feedback",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_tasks",
    "django_tasks_db",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
]

MIDDLEWARE = [
    # Header middleware sits outermost so even redirects and unknown-host 404s carry the headers.
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "portal.middleware.AdminContentSecurityPolicyMiddleware",
    "portal.middleware.PermissionsPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "portal.middleware.NetworkMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "portal.middleware.NetworkLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.AdminNetworkAccessMiddleware",
    "portal.middleware.StaffMFAMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "portal.urls"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "portal.context_processors.network",
            ],
        },
    },
]

# PostgreSQL 15 or newer with pg_trgm and unaccent (docs/deploying.md). Without DATABASE_URL there is no
# database here: dev settings then use the demo's embedded server.
DATABASES = {"default": {}}
if env_str("DATABASE_URL"):
    DATABASES["default"] = dj_database_url.config(
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60), conn_health_checks=True
    )
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "portal.User"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "portal.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 10}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# Both count model permissions only from the groups of the host's network (portal/auth_backends.py).
AUTHENTICATION_BACKENDS = [
    "portal.auth_backends.NetworkModelBackend",
    "portal.auth_backends.NetworkAuthenticationBackend",
]

# Languages: every network enables a subset of these and picks its default.
LANGUAGE_CODE = "en"
LANGUAGES = list(PORTAL_LANGUAGES)
# The project catalog first; then translations the project adds for libraries that lack a language.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "allauth"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "UTC"
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
# A missing translation falls back to the current network's default language (see portal/languages.py).
MODELTRANSLATION_FALLBACK_LANGUAGES = NetworkFallbackLanguages()
WAGTAILMODELTRANSLATION_TRANSLATE_SLUGS = False
WAGTAIL_I18N_ENABLED = False
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
    # Files only a permission-checked view hands out (volunteers' training evidence): no URL, outside MEDIA_ROOT.
    "private": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": env_str("PRIVATE_MEDIA_ROOT", str(VAR_DIR / "private")), "base_url": None},
    },
}

WAGTAIL_SITE_NAME = env_str("WAGTAIL_SITE_NAME", "Recovery network portal")
WAGTAILADMIN_BASE_URL = env_str("WAGTAILADMIN_BASE_URL", "http://localhost:8000")
WAGTAILADMIN_LOGIN_URL = "account_login"
# The admin must not call other hosts: no avatars from Gravatar, no release check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "pdf", "txt", "xlsx", "zip"]

TASKS = {"default": {"BACKEND": env_str("TASKS_BACKEND", "django_tasks_db.backend.DatabaseBackend")}}

# One cache shared by every process, because sign-in limits count in it (a per-process cache would let each
# worker count on its own): Redis when REDIS_URL is set, otherwise a table in PostgreSQL that portal's
# migration 0007 creates. Failed sign-ins with many email addresses add a row each, and the database cache
# evicts rows in key order once it holds MAX_ENTRIES, so the bound is far above what counters need.
REDIS_URL = env_str("REDIS_URL")
DATABASE_CACHE = {
    "BACKEND": "django.core.cache.backends.db.DatabaseCache",
    "LOCATION": "portal_cache",
    "OPTIONS": {"MAX_ENTRIES": 50_000},
}
REDIS_CACHE = {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": REDIS_URL}
CACHES = {"default": REDIS_CACHE if REDIS_URL else DATABASE_CACHE}

# Accounts: email only, verified before first login, MFA by TOTP with recovery codes.
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
ACCOUNT_ADAPTER = "portal.accounts.PortalAccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = False
ACCOUNT_EMAIL_SUBJECT_PREFIX = ""
ACCOUNT_DEFAULT_HTTP_PROTOCOL = env_str("ACCOUNT_DEFAULT_HTTP_PROTOCOL", "https")
# A sign-up with a taken address answers as a new one does (same page, one email, the password hashed) and
# tells the address's owner instead (portal.accounts.PortalSignupForm).
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_FORMS = {"signup": "portal.accounts.PortalSignupForm"}
# Failed sign-ins: 10 a minute from one client address, 5 in 5 minutes for one email address on one host.
# The other limits are allauth's defaults. All of them count in CACHES["default"].
ACCOUNT_RATE_LIMITS = {"login_failed": "10/m/ip,5/5m/key"}
# How many proxies (load balancer, CDN) put their X-Forwarded-For entry in front of the portal: rate limits
# count the address the outermost one saw (portal.client_address). 0 trusts no header: the peer's address.
TRUSTED_PROXY_COUNT = max(env_int("TRUSTED_PROXY_COUNT", 0), 0)
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = env_str("MFA_TOTP_ISSUER", "Recovery network portal")
# A code typed as the authenticator app rolls over to the next one (or with a phone clock a few seconds out)
# is still accepted: one 30-second step either side, as RFC 6238 section 5.2 recommends. allauth keeps a used
# code from being replayed within that window.
MFA_TOTP_TOLERANCE = 1

DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "no-reply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)

# Security headers apply everywhere; production adds HTTPS-only settings on top.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True
# Wagtail's admin renders inline scripts and style attributes (date choosers, the translation switcher);
# only admin responses get them, never a public page (see docs/decisions/0004-content-security-policy.md).
ADMIN_CSP_RELAXATIONS = {"script-src": ["'unsafe-inline'"], "style-src": ["'unsafe-inline'"]}
PERMISSIONS_POLICY = (
    "camera=(), microphone=(), payment=(), usb=(), interest-cohort=(), geolocation=(self), fullscreen=(self)"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"django_tasks": {"level": env_str("TASKS_LOG_LEVEL", "WARNING")}},
}

# Where "quick exit" sends a reader when their network has not chosen a page of its own.
PORTAL_QUICK_EXIT_URL = env_str("QUICK_EXIT_URL", "https://www.google.com/search?q=weather")
