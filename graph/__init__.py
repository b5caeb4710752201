"""The RDF store (embedded Oxigraph on disk, or a remote SPARQL server) and the NetworkX projection."""
