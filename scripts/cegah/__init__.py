"""Cegah TPPO tooling: load and validate content, render site blocks and print materials."""

__version__ = "0.1.0"
