"""Benchmarks (not tests): ``python -m bench sparql``, ``python -m bench.server``."""
