"""Start the Dabir desktop app: `python main.py [--db PATH] [--lang fa|en]`."""
import sys

from app.ui.bootstrap import run

if __name__ == "__main__":
    sys.exit(run(sys.argv))
