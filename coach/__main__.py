"""``python -m coach`` runs the same entry point as the ``coach`` command."""

import sys

from coach.app import main

sys.exit(main())
