"""Loaded by Python at start in test subprocesses (PYTHONPATH points here): no network for them either."""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3]))
from tests.support import netguard

netguard.install()
