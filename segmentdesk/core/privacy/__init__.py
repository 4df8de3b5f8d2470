"""Privacy: the do-not-contact list's hashing and matching, and retention (Qt-free, below project and export)."""
