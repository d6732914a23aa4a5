"""Store: the embedded Oxigraph store, bulk loading, SPARQL 1.1 endpoints, `kg serve`, paging and saved queries."""
