"""Vimmerse video API: typed client, errors and CLI on top of the generated ``vimmerse_openapi`` package."""

__version__ = "0.1.0"
