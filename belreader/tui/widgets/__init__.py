"""The reader's widgets: article list and search hits, article view, side panel."""
