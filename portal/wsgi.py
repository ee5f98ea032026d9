import os

from django.core.wsgi import get_wsgi_application

from portal import features

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.production")

application = get_wsgi_application()
# What a feature would otherwise build on a visitor's first request (the crisis phrase lists) is built now.
features.warm_up()
