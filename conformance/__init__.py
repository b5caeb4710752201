"""The W3C SPARQL 1.1 test suites, run over HTTP against a live endpoint (``python -m conformance``)."""
