"""Turning files into a Dataset: webshop layouts, role guesses, fixes, duplicates, quality, re-import."""
