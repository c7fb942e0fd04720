"""The report for the doctor: its numbers (pure) and its PDF (Qt's painter)."""
