"""Afterview's data on disk: a TinyDB repository with crash-safe writes, migrations, backups and a lock."""
