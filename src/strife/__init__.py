"""strife: news reports of political violence in, a geocoded incident database out."""

__version__ = "0.1.0"
