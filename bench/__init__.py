"""Benchmarks of the Vimmerse SDK against its fake (``python -m bench``; see bench/RESULTS.md).

Each benchmark module has ``run(...) -> Result`` with size parameters, so the smoke test
(tests/bench) runs the same code with tiny sizes and checks its invariants.
"""
