"""Whatever a person types into the volunteer profile form: a clear answer, never a server error or a profile
saved without its acknowledgement of the code of conduct."""

from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from portal.tests.factories import UserFactory, make_network
from tests.fixtures import NETWORK_A_HOST
from volunteers.models import Acknowledgement, VolunteerProfile
from volunteers.tests.factories import CodeOfConductFactory

AWKWARD_TEXT = ["", " ", "\x00", "a\x00b", "9" * 5000, "٣٣٣", "+", "()", "<script>", "ñ" * 151, "555-0100"]
texts = st.one_of(st.sampled_from(AWKWARD_TEXT), st.text(max_size=60))
languages = st.one_of(st.sampled_from(["en", "es", "zh-hans", "vi", "ar", "fr", "xx", "", "EN"]), st.text(max_size=6))


class ProfileFormAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("alpha", NETWORK_A_HOST)
        cls.code = CodeOfConductFactory(network=cls.network)

    @given(
        name=texts,
        phone=texts,
        preferred=languages,
        spoken=st.lists(languages, max_size=4),
        availability=texts,
        contact_name=texts,
        contact_phone=texts,
        agree=st.sampled_from([None, "on", "", "false", "0", "yes"]),
    )
    @example(
        name="Rosa",
        phone="",
        preferred="es",
        spoken=["es"],
        availability="",
        contact_name="Ana",
        contact_phone="555-0100",
        agree="on",
    )
    @example(
        name="Rosa",
        phone="",
        preferred="es",
        spoken=["es"],
        availability="",
        contact_name="Ana",
        contact_phone="555-0100",
        agree=None,
    )
    def test_join(self, name, phone, preferred, spoken, availability, contact_name, contact_phone, agree):
        user = UserFactory()
        self.client.force_login(user)
        data = {
            "display_name": name,
            "phone": phone,
            "preferred_language": preferred,
            "languages_spoken": spoken,
            "availability": availability,
            "emergency_contact_name": contact_name,
            "emergency_contact_phone": contact_phone,
        }
        if agree is not None:
            data["agree"] = agree
        response = self.client.post("/en/volunteer/join/", data, HTTP_HOST=NETWORK_A_HOST)

        assert response.status_code in (200, 302), response.status_code
        profile = VolunteerProfile.objects.filter(user=user).first()
        if response.status_code == 200:
            assert "Please correct the errors below." in response.content.decode()
            assert profile is None
            assert not Acknowledgement.objects.filter(volunteer__user=user).exists()
        else:
            assert profile is not None and profile.display_name == name.strip()
            assert profile.emergency_contact_phone.strip() and profile.emergency_contact_name.strip()
            assert list(profile.acknowledgements.values_list("code_of_conduct", flat=True)) == [self.code.pk]
