"""``python -m segmentdesk`` opens the desktop app."""
from .app import main

raise SystemExit(main())
