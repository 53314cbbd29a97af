"""On the development corpus, the search understands Dutch the way its readers do: a search
for "clusterbommen" finds the documents that only say "clustermunitie(s)"."""

import re

from armswatch.ingest import ingest
from armswatch.store import open_store


def test_clusterbommen_finds_every_document_about_cluster_munitions(dev_corpus, tmp_path):
    with open_store(str(tmp_path / "dev.db")) as store:
        res = ingest([dev_corpus], store, workers=1)
        assert res.failed_count == 0, res.failed
        assert res.added == res.files
        about_clusters = set()
        for hit in store.search("", limit=100)["hits"]:
            body = store.get(hit["id"])["body"]
            if re.search(r"cluster\s?muniti|clusterbom", body, re.I):
                about_clusters.add(hit["id"])
        found = {h["id"] for h in store.search("clusterbommen", limit=100)["hits"]}
        assert about_clusters, "the dev corpus has documents about cluster munitions"
        assert about_clusters <= found
        only_munitie = [d for d in about_clusters if "clusterbom" not in store.get(d)["body"].lower()]
        assert only_munitie, "some documents say only 'clustermunitie'"
