"""Persistence: the DuckDB store."""

from newsweave.store.duckdb_store import Store, StoreError

__all__ = ["Store", "StoreError"]
