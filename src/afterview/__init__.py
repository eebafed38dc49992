"""Afterview: everything that should happen after a job interview, kept on your own machine."""

__version__ = "0.1.0"
APP_NAME = "Afterview"
