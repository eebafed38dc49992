"""Shared test helpers: a fake clock, the network guard, sample records."""
