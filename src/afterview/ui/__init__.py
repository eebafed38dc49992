"""The Qt side of Afterview: thin widgets that show the domain's results and call the store."""
