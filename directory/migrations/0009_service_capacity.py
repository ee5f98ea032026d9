"""Openings move out of the service row into their own table with a history.

A service's content is revisioned and moderated; its openings are live counts that partners update at once. On
the service row, approving an older draft brought back the count the draft was written with (decision 0013).
"""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

# Free-text units of the old column -> the units openings are now counted in.
UNITS = {"beds": "beds", "bed": "beds", "family rooms": "family rooms", "family room": "family rooms", "places": "places"}


def copy_openings(apps, schema_editor):
    Service = apps.get_model("directory", "Service")
    ServiceCapacity = apps.get_model("directory", "ServiceCapacity")
    ServiceCapacityChange = apps.get_model("directory", "ServiceCapacityChange")
    counted = Service.objects.filter(capacity_available__isnull=False, capacity_updated_at__isnull=False)
    for service in counted.iterator():
        capacity = ServiceCapacity.objects.create(
            network_id=service.network_id,
            service=service,
            unit=UNITS.get(service.capacity_unit.strip().lower(), "places"),
            available=service.capacity_available,
            updated_at=service.capacity_updated_at,
        )
        ServiceCapacityChange.objects.create(
            network_id=service.network_id,
            capacity=capacity,
            available=capacity.available,
            recorded_at=capacity.updated_at,
        )


def copy_openings_back(apps, schema_editor):
    Service = apps.get_model("directory", "Service")
    for capacity in apps.get_model("directory", "ServiceCapacity").objects.order_by("updated_at"):
        Service.objects.filter(pk=capacity.service_id).update(
            capacity_available=capacity.available, capacity_unit=capacity.unit, capacity_updated_at=capacity.updated_at
        )


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0008_search_synonyms'),
        ('portal', '0007_shared_cache_table'),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.CreateModel(
            name='ServiceCapacity',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('unit', models.CharField(choices=[('beds', 'Beds'), ('family rooms', 'Family rooms'), ('places', 'Places'), ('appointments', 'Appointments')], default='beds', max_length=20, verbose_name='openings are')),
                ('available', models.PositiveIntegerField(verbose_name='free now')),
                ('maximum', models.PositiveIntegerField(blank=True, null=True, verbose_name='in all')),
                ('updated_at', models.DateTimeField(verbose_name='counted at')),
                ('network', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='service_capacities', to='portal.network')),
                ('service', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='capacities', to='directory.service', verbose_name='service')),
                ('updated_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL, verbose_name='counted by')),
            ],
            options={
                'verbose_name': 'openings',
                'verbose_name_plural': 'openings',
                'ordering': ['service__name', 'unit'],
            },
        ),
        migrations.CreateModel(
            name='ServiceCapacityChange',
            fields=[
                ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                ('available', models.PositiveIntegerField(verbose_name='free now')),
                ('maximum', models.PositiveIntegerField(blank=True, null=True, verbose_name='in all')),
                ('recorded_at', models.DateTimeField(verbose_name='counted at')),
                ('capacity', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='changes', to='directory.servicecapacity')),
                ('network', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='+', to='portal.network')),
                ('recorded_by', models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.SET_NULL, related_name='+', to=settings.AUTH_USER_MODEL)),
            ],
            options={
                'verbose_name': 'change of openings',
                'ordering': ['recorded_at', 'pk'],
            },
        ),
        migrations.AddConstraint(
            model_name='servicecapacity',
            constraint=models.UniqueConstraint(fields=('service', 'unit'), name='unique_service_capacity_unit'),
        ),
            migrations.RunPython(copy_openings, copy_openings_back),
        migrations.RemoveField(
            model_name='service',
            name='capacity_available',
        ),
        migrations.RemoveField(
            model_name='service',
            name='capacity_unit',
        ),
        migrations.RemoveField(
            model_name='service',
            name='capacity_updated_at',
        ),
    ]
