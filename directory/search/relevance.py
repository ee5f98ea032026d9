"""How well the search answers the judged queries of `directory/relevance/`: success@3 and MRR per language."""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from directory.search.query import search_services
from portal.models import Network

JUDGED_QUERIES = Path(__file__).resolve().parent.parent / "relevance" / "judged_queries.json"
TOP = 3


@dataclass
class Miss:
    network: str
    query: str
    rank: int | None  # of the first relevant service on the first page, None when absent
    shown: list[str]  # names of the top results


@dataclass
class LanguageScore:
    language: str
    queries: int = 0
    hits: int = 0
    reciprocal_ranks: float = 0.0
    misses: list[Miss] = field(default_factory=list)

    @property
    def success_at_3(self) -> float:
        return self.hits / self.queries if self.queries else 0.0

    @property
    def mrr(self) -> float:
        return self.reciprocal_ranks / self.queries if self.queries else 0.0


def judged_queries(path: Path = JUDGED_QUERIES) -> list[dict]:
    """The judged set: language, network slug, query and the HSDS ids of the services that should come first."""
    return json.loads(path.read_text(encoding="utf-8"))


def measure(networks: Mapping[str, Network], queries: list[dict] | None = None) -> dict[str, LanguageScore]:
    """Runs each judged query through the public search of its network and language; scores per language."""
    scores: dict[str, LanguageScore] = {}
    for judged in queries if queries is not None else judged_queries():
        network = networks.get(judged["network"])
        if network is None:
            continue
        language = judged["language"]
        score = scores.setdefault(language, LanguageScore(language))
        results = search_services(network, judged["query"], language)
        ranked = [service.hsds_id for service in results.services]
        relevant = set(judged["relevant"])
        rank = next((position for position, hsds_id in enumerate(ranked, 1) if hsds_id in relevant), None)
        score.queries += 1
        if rank is not None:
            score.reciprocal_ranks += 1 / rank
        if rank is not None and rank <= TOP:
            score.hits += 1
        else:
            shown = [str(service.name) for service in results.services[:TOP]]
            score.misses.append(Miss(judged["network"], judged["query"], rank, shown))
    return scores
