"""The customer register: what the user adds, edits, notes and records about customers in the app."""
