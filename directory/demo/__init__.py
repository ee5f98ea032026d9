"""The demo networks' listings: one HSDS datapackage per network under data/, seeded through the import."""
