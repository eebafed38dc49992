"""The use cases, without Qt: what the command line and the window both call (one path per flow)."""
