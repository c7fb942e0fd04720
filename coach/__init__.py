"""Calf Coach: a desktop exercise coach for night-time calf cramps."""

__version__ = "0.1.0"
APP_ID = "calf-coach"
APP_NAME = "Calf Coach"
# The freedesktop id of the .desktop file, icon and AppStream metainfo (assets/).
DESKTOP_ID = "org.calfcoach.calfcoach"
