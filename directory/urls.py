"""Paths below a network's services page (its section page), resolved by the platform's section routing."""

from django.urls import path, re_path

from directory import views

urlpatterns = [
    path("", views.search, name="search"),
    path("list/", views.saved_list, name="list"),
    re_path(r"^(?P<pk>\d+)/(?:[-\w]+/)?$", views.service_detail, name="service"),
]
