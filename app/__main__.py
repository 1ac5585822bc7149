"""`python -m app` runs the `dabir` command line, exactly as the console script does."""
from app.cli import main

raise SystemExit(main())
