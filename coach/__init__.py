"""Calf Coach: a desktop exercise coach for night-time calf cramps."""

__version__ = "0.1.0"
APP_ID = "calf-coach"
APP_NAME = "Calf Coach"
