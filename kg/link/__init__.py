"""Happenings: reported events of several articles that tell one real-world occurrence (issue 15).

`kg.link.rule` states when two reports are of one happening, `kg.link.cluster` groups reports by that
rule, `kg.link.reports` reads them from a store (or from the rows a SPARQL server answers:
`kg.store.happenings.link_endpoint`) and `kg.link.write` writes the happenings back. Stage:
after `kg.validate`, before `kg.store`, which links at every load (docs/happenings.md).
"""
