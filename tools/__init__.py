"""Development tools, not shipped in the cegah package."""
