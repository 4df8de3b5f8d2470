"""What the app knows once a file is read: typed tables, column roles, the Dataset and its fields.

Nothing here reads files (``core.io``) or decides how an import goes (``core.importing``).
"""
