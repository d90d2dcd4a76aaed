"""Credits and paid jobs per API key, kept in the store. *Whether* a call is paid is the
document's to say (``handlers.Ctx.bill``); *how much* is ``pricing``'s."""

from __future__ import annotations

from .errors import HTTPError
from .store import Store


class Billing:
    def __init__(self, store: Store) -> None:
        self._store = store

    def knows(self, key: str) -> bool:
        """Whether ``key`` is an API key of the fake (any other gets 401)."""
        return self._store.balance(key) is not None

    def charge(self, key: str, amount: int) -> None:
        """Take ``amount`` credits and count one paid job; 402 and no change when short."""
        if not self._store.charge(key, amount):
            raise HTTPError(402, "INSUFFICIENT_CREDIT", required=amount)

    def credits(self, key: str) -> int:
        balance = self._store.balance(key)
        if balance is None:
            raise KeyError(key)
        return balance

    def jobs_created(self, key: str | None = None) -> int:
        return self._store.paid_jobs(key)

    def add_api_key(self, key: str, credits: int) -> None:
        self._store.set_balance(key, credits)
