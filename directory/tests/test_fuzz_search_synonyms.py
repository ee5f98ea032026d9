"""Whatever a moderator types into a synonym set, and whatever a reader searches with it in place, gets a clear
answer: a saved, tidy set or a form error with nothing saved; a results page, never a server error."""

from django.urls import reverse
from hypothesis import example, given
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from directory.models import SearchSynonymSet
from directory.models.synonyms import MAX_TERM_LENGTH, MAX_TERMS, split_terms
from directory.tests.factories import ServiceFactory
from portal.tests.factories import make_network, make_staff
from tests.admin_clients import mfa_client
from tests.fixtures import NETWORK_A_HOST

# Text without lone surrogates, which no form post can carry.
text = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=80)
terms = st.one_of(
    text,
    st.lists(st.one_of(text, st.sampled_from(["detox", "DETOX", "withdrawal management", "戒毒", "cai nghiện"]))).map(
        "\n".join
    ),
    st.lists(st.sampled_from([",", "\n", " ", "\r\n", "a", "é", "\x00", "\t"]), max_size=40).map("".join),
)
languages = st.one_of(st.sampled_from(["en", "es", "zh-hans", "vi", "ar"]), text)


class SynonymFormAnswersEveryInput(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("alpha", NETWORK_A_HOST)
        cls.moderator = make_staff(cls.network, "moderator")
        ServiceFactory(network=cls.network, name="Harbor Withdrawal Management", description="Medically supervised.")

    @given(language=languages, terms=terms)
    @example(language="en", terms="detox\nwithdrawal management")
    @example(language="en", terms="detox\nDetox")
    @example(language="en", terms="\n".join(f"word{number}" for number in range(MAX_TERMS + 1)))
    @example(language="en", terms="detox\n" + "x" * (MAX_TERM_LENGTH + 1))
    @example(language="en", terms="detox\x00\nwithdrawal")
    def test_add_form(self, language, terms):
        client = mfa_client(self.moderator, self.network)
        response = client.post(
            reverse("wagtailsnippets_directory_searchsynonymset:add"), {"language": language, "terms": terms}
        )
        assert response.status_code in (200, 302), response.status_code
        saved = list(SearchSynonymSet.objects.all())
        if response.status_code == 200:
            assert not saved
            assert "error" in response.text
            return
        assert len(saved) == 1
        stored = saved[0].term_list()
        assert 2 <= len(stored) <= MAX_TERMS
        assert all(term.isprintable() and len(term) <= MAX_TERM_LENGTH for term in stored)
        assert stored == split_terms(terms)
        # A reader's search for any term of the set (or anything else) answers a results page.
        for query in [*stored[:3], terms[:200]]:
            page = self.client.get("/en/services/", {"q": query}, HTTP_HOST=NETWORK_A_HOST)
            assert page.status_code == 200, query
            assert "service" in page.text


class SearchAnswersEveryQuery(TestCase):
    """The fallbacks (other languages, some of the words, Chinese pieces) and synonyms, with any query."""

    @classmethod
    def setUpTestData(cls):
        cls.network = make_network("alpha", NETWORK_A_HOST)
        ServiceFactory(network=cls.network, name="Harbor Withdrawal Management", description="Medically supervised.")
        SearchSynonymSet.objects.create(network=cls.network, language="es", terms="desintoxicación\nabstinencia")
        SearchSynonymSet.objects.create(network=cls.network, language="zh-hans", terms="戒毒\n脱瘾")

    @given(
        query=st.one_of(
            text, st.lists(st.sampled_from(["detox", "戒毒", "(", '"', "-", "or", "!", "&", ":*"])).map(" ".join)
        )
    )
    @example(query="戒毒 我需要")
    @example(query='"withdrawal management" -')
    @example(query="or or or")
    @example(query="!!! & | :*")
    def test_search_page(self, query):
        for language in ("en", "es", "zh-hans", "vi", "ar"):
            page = self.client.get(f"/{language}/services/", {"q": query}, HTTP_HOST=NETWORK_A_HOST)
            assert page.status_code == 200, (language, query)
