"""Platform services: tray, notifications, D-Bus, single instance."""
