"""The command line starts without loading spaCy or Flask: only the commands that need them pay for them."""

import subprocess
import sys

import pytest

HEAVY = ("spacy", "flask", "networkx")


def _loaded_after(code: str) -> set[str]:
    """Modules from HEAVY that a fresh interpreter has loaded after running ``code``."""
    probe = f"{code}\nimport sys\nprint(' '.join(m for m in {HEAVY!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_importing_the_cli_loads_no_heavy_library() -> None:
    assert _loaded_after("import api.cli") == set()


def test_extract_errors_and_sources_do_not_load_spacy() -> None:
    assert _loaded_after("from extract import ExtractError, read_sources, seed_source") == set()


def test_the_lazy_names_still_resolve_to_the_real_objects() -> None:
    code = "import extract, api\nfrom extract.pipeline import load_pipeline\nassert extract.load_pipeline is load_pipeline\napi.create_app"
    assert _loaded_after(code) == {"spacy", "flask", "networkx"}


def test_an_unknown_name_is_an_attribute_error() -> None:
    import extract

    with pytest.raises(AttributeError, match="no attribute 'nonsense'"):
        _ = extract.nonsense  # type: ignore[attr-defined]


def test_a_name_shared_with_its_module_is_still_the_function() -> None:
    code = "import extract.normalise\nfrom extract import normalise\nassert callable(normalise), normalise"
    assert _loaded_after(code) == set()
