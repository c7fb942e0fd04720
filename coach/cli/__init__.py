"""The command line: the argument contract and the commands that run without a window."""
