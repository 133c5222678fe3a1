"""The OpenSearch backend: belreader's index in an OpenSearch cluster (issue 15).

The only package that imports `opensearchpy`. `store.py` is the IndexStore (a local folder
holds belreader's metadata and names the cluster index; the documents live in the cluster),
`backend.py` the SearchBackend, `translate.py` belreader's query tree -> the query DSL,
`analysis.py` the text analysis (the cluster's analyzer, cached word by word), and `schema.py`
the index settings and mappings.
"""
