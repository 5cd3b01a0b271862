"""A Telegram bot that answers questions about Azerbaijan and the United Nations from a cited fact base."""

__version__ = "0.1.0"
