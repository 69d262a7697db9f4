"""Load and validate everything an editor writes: data files, front matter, campaigns."""
