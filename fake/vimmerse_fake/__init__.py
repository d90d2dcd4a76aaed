"""In-process fake of the Vimmerse video API, driven by openapi.yaml, for tests and demos."""
