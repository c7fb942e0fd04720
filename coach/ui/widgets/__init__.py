"""Reusable widgets: countdown ring, illustration view."""
