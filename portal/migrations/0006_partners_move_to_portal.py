import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('portal', '0005_network_verification_interval'),
    ]

    # Partner organizations belong to the platform now. Their tables are renamed, and their content types moved,
    # by directory's migration 0006; here Django only learns that the models are portal's.
    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
            migrations.CreateModel(
                name='Organization',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('hsds_id', models.CharField(blank=True, db_index=True, help_text='Its id in imported directory data.', max_length=100, verbose_name='HSDS id')),
                    ('name', models.CharField(max_length=200, verbose_name='name')),
                    ('name_en', models.CharField(max_length=200, null=True, verbose_name='name')),
                    ('name_es', models.CharField(max_length=200, null=True, verbose_name='name')),
                    ('name_zh_hans', models.CharField(max_length=200, null=True, verbose_name='name')),
                    ('name_vi', models.CharField(max_length=200, null=True, verbose_name='name')),
                    ('name_ar', models.CharField(max_length=200, null=True, verbose_name='name')),
                    ('alternate_name', models.CharField(blank=True, max_length=200, verbose_name='alternate name')),
                    ('alternate_name_en', models.CharField(blank=True, max_length=200, null=True, verbose_name='alternate name')),
                    ('alternate_name_es', models.CharField(blank=True, max_length=200, null=True, verbose_name='alternate name')),
                    ('alternate_name_zh_hans', models.CharField(blank=True, max_length=200, null=True, verbose_name='alternate name')),
                    ('alternate_name_vi', models.CharField(blank=True, max_length=200, null=True, verbose_name='alternate name')),
                    ('alternate_name_ar', models.CharField(blank=True, max_length=200, null=True, verbose_name='alternate name')),
                    ('description', models.TextField(verbose_name='description')),
                    ('description_en', models.TextField(null=True, verbose_name='description')),
                    ('description_es', models.TextField(null=True, verbose_name='description')),
                    ('description_zh_hans', models.TextField(null=True, verbose_name='description')),
                    ('description_vi', models.TextField(null=True, verbose_name='description')),
                    ('description_ar', models.TextField(null=True, verbose_name='description')),
                    ('email', models.EmailField(blank=True, max_length=254, verbose_name='email')),
                    ('website', models.URLField(blank=True, verbose_name='website')),
                    ('verification_interval_days', models.PositiveIntegerField(blank=True, help_text="Leave empty to use the network's interval.", null=True, verbose_name='verify listings every (days)')),
                    ('updated_at', models.DateTimeField(auto_now=True, verbose_name='last edited')),
                    ('network', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='organizations', to='portal.network')),
                ],
                options={
                    'verbose_name': 'organization',
                    'verbose_name_plural': 'organizations',
                    'ordering': ['name'],
                },
            ),
            migrations.CreateModel(
                name='OrganizationMembership',
                fields=[
                    ('id', models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name='ID')),
                    ('role', models.CharField(choices=[('editor', 'Editor')], default='editor', max_length=20, verbose_name='role')),
                    ('organization', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='memberships', to='portal.organization')),
                    ('user', models.ForeignKey(on_delete=django.db.models.deletion.CASCADE, related_name='organization_memberships', to=settings.AUTH_USER_MODEL)),
                ],
                options={
                    'verbose_name': 'organization membership',
                    'verbose_name_plural': 'organization memberships',
                },
            ),
            migrations.AddConstraint(
                model_name='organization',
                constraint=models.UniqueConstraint(condition=models.Q(('hsds_id', ''), _negated=True), fields=('network', 'hsds_id'), name='unique_organization_hsds_id'),
            ),
            migrations.AddConstraint(
                model_name='organizationmembership',
                constraint=models.UniqueConstraint(fields=('user', 'organization'), name='unique_membership'),
            ),
            ],
        ),
    ]
