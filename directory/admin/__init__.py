"""The directory's admin screens, built from the platform's network-scoped pieces; registered in wagtail_hooks.py."""
