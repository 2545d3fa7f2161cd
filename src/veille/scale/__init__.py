"""Running the analysis at scale: a local process pool (and, later, Ray Data)."""
