"""Reminders: which follow-ups to raise when (pure), and the loop that raises them through a notifier."""
