"""Steps that compose several features: what follows an import, the demo project."""
