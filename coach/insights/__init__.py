"""What the diary says: counts, the six-week programme, the morning check-in rule.

Pure Python: no Qt, no I/O, so every number is tested on its own.
"""
