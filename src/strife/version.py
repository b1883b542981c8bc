"""strife's version, in a leaf module so that any module can name it without importing the
library facade in ``strife/__init__.py``."""

__version__ = "0.1.0"
