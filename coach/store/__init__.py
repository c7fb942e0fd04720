"""Where the user's data lives: folders, the settings file, the SQLite diary.

No Qt here, so the command-line tools and tests can use it without a display.
"""
