# Purpose: empty a SPARQL server of its happenings: drop the graph `kg link` over a server writes them
#   into (kg/store/happenings.py link_endpoint; the IRI is kg.link.write.HAPPENINGS_GRAPH, which a test
#   holds equal to this one), when its articles tell no happening. Sent instead of replacing the graph
#   with an empty INSERT DATA, which Virtuoso 7 refuses as a syntax error. SILENT: no such graph is no
#   error.
# Parameters: none.
DROP SILENT GRAPH <https://w3id.org/news-kg/id/happenings>
