"""Credits and paid jobs per API key, kept in the store. *Whether* a call is paid is the
document's to say (``handlers.Ctx.bill``); *how much* is ``pricing``'s. Every balance set here
passes ``config.check_credits``: never negative, so a charge can never take a key below zero."""

from __future__ import annotations

from .config import MAX_CREDITS, check_api_key, check_credits
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

    def keys(self) -> dict[str, int]:
        """Every API key and its balance."""
        with self._store.lock:
            return dict(self._store.credits)

    def jobs_created(self, key: str | None = None) -> int:
        return self._store.paid_jobs(key)

    def add_api_key(self, key: str, credits: int) -> None:
        """Make ``key`` an API key holding ``credits`` (a known key's balance is replaced)."""
        self._store.set_balance(check_api_key(key), check_credits(credits))

    def add_credits(self, key: str, credits: int) -> int:
        """Top ``key`` up by ``credits``; returns the new balance. KeyError for an unknown key."""
        check_credits(credits)
        with self._store.lock:
            balance = self.credits(key) + credits
            if balance > MAX_CREDITS:
                raise ValueError(f"{key!r} would hold {balance} credits, more than {MAX_CREDITS:,}")
            self._store.set_balance(key, balance)
            return balance

    def remove_api_key(self, key: str) -> None:
        """``key`` answers 401 from now on (its jobs stay). KeyError for an unknown key."""
        if not self._store.forget_key(key):
            raise KeyError(key)
