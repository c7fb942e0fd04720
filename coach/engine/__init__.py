"""Timing engine: QtCore only, no widgets; every clock is injected."""
