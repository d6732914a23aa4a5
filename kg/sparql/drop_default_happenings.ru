# Purpose: remove the happenings a server's default graph holds (every triple of each nkg:Happening
#   there), before `kg link` over it writes them into their named graph (kg/store/happenings.py
#   link_endpoint): a `kg serve` of an embedded store that kg load linked keeps them in its default
#   graph, and two copies would double every row of the saved queries. Sent only when
#   happenings_held.rq counts more happenings in the default graph than in the named graphs (never on
#   a server whose default graph is the union of the named graphs, such as Virtuoso). The template
#   writes to the default graph only: the happenings' named graph and the articles' are not touched.
# Parameters: none.
PREFIX nkg: <https://w3id.org/news-kg/ns#>

DELETE { ?happening ?property ?value }
WHERE { ?happening a nkg:Happening ; ?property ?value }
