"""Interchange with Open Referral HSDS 3.0: the tabular datapackage, service_full JSON and the read-only API."""
