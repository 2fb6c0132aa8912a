"""Message catalogues per area (de/en), merged into treffsicher.i18n.MESSAGES."""
