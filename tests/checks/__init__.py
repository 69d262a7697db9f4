"""Tests: checks."""
