"""RDF: namespaces, IRIs, building an article's graph from its facts, RDF formats, reading and writing RDF files."""
