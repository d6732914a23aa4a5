"""Extract: everything from tokens to `Facts` (mentions, names, roles, events, dates, quantities)."""
