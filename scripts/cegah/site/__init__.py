"""The MkDocs plugin and what it renders into pages."""
