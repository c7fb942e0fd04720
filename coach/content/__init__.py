"""Routine and exercise content: pure Python, never imports Qt."""
