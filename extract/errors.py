"""The error types of the extraction layer: one base, and two kinds a caller may answer apart."""


class ExtractError(Exception):
    """Input the extractor cannot use; the message says what is wrong and what to do."""


class InputTooLargeError(ExtractError):
    """The text is larger than one article may be (HTTP answers 413)."""


class NotTextError(ExtractError):
    """The input is binary or not UTF-8 text (HTTP answers 415)."""
