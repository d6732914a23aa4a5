"""Validate: SHACL conformance (pyshacl and the fast path) and the OWL reasoner check of the ontology."""
