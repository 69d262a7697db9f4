"""The cegah command: build, print, check, calls; and the offline bundle."""
