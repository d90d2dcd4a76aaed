"""The SDK layer generated from openapi.yaml by codegen/generate_sdk.py (do not edit).

``operations``: what each operation is (method, path, parameters and body with their rules,
credits, job, response); ``resources``: typed resource classes per tag, sync and async, that hand
every call to a core implementing ``spec.SyncCoreProtocol`` / ``spec.AsyncCoreProtocol`` (the
``vimmerse`` package's ``SyncCore`` / ``AsyncCore``).
"""
