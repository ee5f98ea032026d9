"""Demo volunteering data for each demo network. Not built yet."""


def seed_demo_volunteers(network) -> dict:
    return {}
