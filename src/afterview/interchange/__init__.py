"""Moving data in and out of Afterview: the interchange JSON format (version 1) and CSV."""
