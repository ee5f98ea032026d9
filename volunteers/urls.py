"""Pages below the network's volunteering section. Each view takes (request, page)."""

urlpatterns: list = []
