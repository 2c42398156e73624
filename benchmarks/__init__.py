"""Benchmarks run by `make bench`. Each compares against a baseline measured in the same run."""
