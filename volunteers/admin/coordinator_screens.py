"""Coordinators' admin screens: volunteers, training, background checks, supervision, dashboard. Not built yet."""
