# Types of the native module that the Rust crate in python/src builds (PyO3).
# The typed public API is the package itself (quotelight/__init__.py); these functions
# take options already checked by it and return the analysis as JSON text.

def analyze_json(
    text: str,
    layers: tuple[bool, bool, bool] = (True, True, True),
    language: str = "auto",
) -> str: ...
def analyze_many_json(
    texts: list[str],
    layers: tuple[bool, bool, bool] = (True, True, True),
    language: str = "auto",
    threads: int = 1,
) -> list[str]: ...
def analyze_html_json(
    html: str,
    layers: tuple[bool, bool, bool] = (True, True, True),
    language: str = "auto",
) -> str: ...
def decode_html(bytes: bytes) -> str: ...
def version() -> str: ...
