"""Tests: print."""
