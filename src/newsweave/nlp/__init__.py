"""Language models and text utilities shared by the extractors (loaded lazily)."""
