"""Qt widgets. Shows what the engine and the store give it; no file I/O or timing arithmetic."""
