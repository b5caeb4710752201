"""The one error type of the extraction layer."""


class ExtractError(Exception):
    """Input the extractor cannot use; the message says what is wrong and what to do."""
