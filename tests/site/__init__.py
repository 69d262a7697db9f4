"""Tests: site."""
