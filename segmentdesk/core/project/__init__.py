"""Projects: one ``.segdesk`` file (SQLite) holding data, roles, segments and an audit log."""
