"""The names of the roles a person can hold in a network (stored as data in `NetworkRole`).

Kept apart from the models so that feature apps can name roles in their AppConfig, before models load.
"""

MODERATOR = "moderator"
COORDINATOR = "coordinator"
PLANNER = "planner"
