"""Fakes for tests and benchmarks; never imported by the app.

They ship in the package (not only in tests/) because the benchmarks and the
screenshot tool run against an installed copy and drive time by hand too.
tests/unit/test_architecture.py checks that no module outside this package
imports it, so nothing here can become part of the running app by accident.
"""
