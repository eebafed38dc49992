"""The heart of Afterview: records, rules and letters, in pure Python (no Qt, no files, no clock)."""
