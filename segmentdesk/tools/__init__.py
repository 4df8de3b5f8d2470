"""Tools for developers and demonstrations, not used by the app itself (the sample shop generator)."""
