"""Print materials: plan which files to make, lay them out, draw them, write them atomically."""
