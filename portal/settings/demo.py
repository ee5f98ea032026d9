"""`make demo`: the local settings with DEBUG off, so a reader meets the portal's own error pages.

With DEBUG on, a mistyped address showed Django's technical page, without the crisis line or quick exit. Static
files still come from the apps through WhiteNoise (the local settings turn its finders on), with no collectstatic.
`manage.py runserver` keeps the local settings, DEBUG on, for developers.
"""

from portal.settings.dev import *  # noqa: F403

DEBUG = False
