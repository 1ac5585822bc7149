"""The first-run wizard (`FirstRunWizard`) and its pages."""
from app.ui.wizard.first_run import FirstRunWizard

__all__ = ["FirstRunWizard"]
