"""The pages of the main window, one module each (`<name>_page.py`), listed in `registry`."""
