"""Decide what kind of name a span is: gazetteers first, then grammar, then a document-wide vote."""

from collections import Counter, defaultdict

from spacy.tokens import Span

from extract.body_shapes import maori_body, port_body
from extract.identity import SUFFIXES
from extract.kinship import kin_apposition
from extract.names import CITIES, GIVEN_NAMES, NAME_PARTICLES
from extract.org_cues import (
    company_cue,
    competition,
    firm_cue,
    legal_name,
    listed_with_organisations,
    named_after_unit,
    org_apposition,
    org_of_person,
    org_of_role,
    possessor_of_person,
    post_at,
    post_of_body,
    short_institution_names,
    speaking_facility,
    told_outlets,
)
from extract.org_words import (
    AIRLINE_HEADS,
    BUSINESS_HEADS,
    FOREIGN_ARTICLES,
    FOREIGN_ORG_HEADS,
    INSTITUTION_HEADS,
    NAMING_NOUNS,
    ORG_COMMON_NOUNS,
    looks_institutional,
    org_headed,
)
from extract.outlets import canonical_outlet, outlet_cue
from extract.person_cues import (
    GAELIC_SURNAME,
    aged,
    coordinated_with_person,
    glued_hyphen,
    has_role_apposition,
    hyphenated_surname,
    person_shaped,
    syllable_hyphen,
)
from extract.place_cues import (
    constituency,
    dateline_place,
    geographic,
    listed_place,
    locative,
    place_before_title,
    place_modifier,
    unmarked_town,
)
from extract.places import canonical_country, country_of_demonym, county_named, federal_state
from extract.syntax import span_text

NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC"})
VOTED_LABELS = NAME_LABELS | {"WORK_OF_ART", "PRODUCT"}  # labels the document-wide vote may change


OTHER_LABELS = frozenset(["ORG", "GPE", "LOC", "FAC", "WORK_OF_ART", "PRODUCT", "NORP", "EVENT", "LAW"])
# the labels whose rules below read known_place
PLACE_READ_LABELS = frozenset(["GPE", "LOC", "PERSON", "PRODUCT", "FAC", "NORP"])


def label_of(span: Span) -> str:
    """Decide one span's label from gazetteers and grammar, before the document-wide vote."""
    label, text, span_id = span.label_, span_text(span), span.id_  # each read decodes a string: once
    outlet_like = label in ("ORG", "GPE", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC")
    if outlet_like and canonical_outlet(text) and (span_id == "outlet" or label == "ORG" or len(span) > 1):
        return "ORG"
    if span_id in ("outlet", "institution", "masthead"):
        return label
    if label in ("ORG", "PERSON", "PRODUCT", "WORK_OF_ART", "FAC") and place_before_title(span):
        return "GPE"  # "Leyte Governor X", "Sabah Chief Minister X"
    if label in ("ORG", "PERSON", "FAC", "NORP") and not span_id and constituency(span):
        return "GPE"  # "the SNP MSP for Glasgow Kelvin": the seat, a place
    if label in ("ORG", "PERSON", "FAC") and not span_id and federal_state(text.split()):
        return "GPE"  # "Kwara State", "Kano State officials": a federation's state
    if label in ("PERSON", "GPE", "LOC", "FAC", "NORP", "WORK_OF_ART", "PRODUCT") and legal_name(span):
        return "ORG"  # "Arul & Khoo LLC", "Kestrel Shipping Pte Ltd"
    if label in ("ORG", "PERSON", "GPE", "LOC", "FAC") and canonical_country(text):
        return "GPE"
    if label in ("PERSON", "ORG", "NORP", "FAC", "WORK_OF_ART", "PRODUCT") and (
        text in CITIES or (text.isupper() and text.title() in CITIES)
    ):
        return "GPE"
    if label in ("PERSON", "ORG", "PRODUCT", "FAC", "NORP") and span_id == "" and unmarked_town(span):
        return "GPE"  # "airports from Porto Alegre to Manaus", "a Preston-based charity"
    if (
        label in ("PERSON", "GPE", "LOC", "WORK_OF_ART", "PRODUCT")
        and org_headed(span)
        and not listed_place(text)
    ):
        return "ORG"  # "Mayo Clinic", "Hartwell Institute", "Hanbit Pay", "Cordillera Metals" (not a range)
    if label in ("PERSON", "GPE", "LOC", "FAC") and (port_body(span) or maori_body(span)):
        return "ORG"  # "a harbour engineer with Port of Napier", "Te Rūnanga o Ngāi Tahu said"
    if label in ("NORP", "FAC") and org_headed(span) and span[-1].lower_ in BUSINESS_HEADS:
        return "ORG"  # "Halden Pharma" read as a nationality: a business's head word ends no people's name
    if label in ("ORG", "PERSON", "WORK_OF_ART") and competition(span):
        return "EVENT"  # "the Championship club", "a team in the Premier League": played in, not a body
    if label in ("ORG", "PERSON", "GPE") and geographic(span) and not outlet_cue(span):
        return "LOC"  # "the Sierra de la Culebra", "Lake Tana"
    if (
        label in ("ORG", "PERSON")
        and span_id == ""
        and not canonical_outlet(text)
        and locative(span)
        and not outlet_cue(span)  # "a report in The Athletic"
    ):
        return "GPE"
    if label == "PERSON" and (org_of_role(span) or org_of_person(span)):
        return "ORG"
    if (
        label in ("PERSON", "PRODUCT", "WORK_OF_ART", "FAC")
        and span.start > 0
        and span.doc[span.start - 1].lower_ in ORG_COMMON_NOUNS | NAMING_NOUNS
    ):
        return "ORG"  # "the law firm Ashby Crane", "the Belgian club KV Oostende"
    if label in ("PERSON", "ORG") and len(span) == 1 and place_modifier(span):
        return "GPE"  # "the Cochabamba newspaper", "the Bakongwe kingdom"
    if label == "PERSON" and (
        possessor_of_person(span)
        or listed_with_organisations(span)
        or org_apposition(span)
        or named_after_unit(span)
    ):
        return "ORG"
    if label in ("WORK_OF_ART", "PRODUCT") and org_apposition(span):
        return "ORG"  # "Bomberos Unidos Sin Fronteras, a firefighters' charity"
    # only the place-like labels below read it: the gazetteer lookups are skipped for the rest
    known_place = label in PLACE_READ_LABELS and (canonical_country(text) or text in CITIES)
    if label in ("GPE", "LOC", "PERSON", "PRODUCT") and not known_place and company_cue(span):
        return "ORG"
    if label in ("GPE", "LOC", "FAC") and not known_place and post_at(span):
        return "ORG"  # "a test pilot at Vantorix", "a professor at Kelsworth"
    if label == "LOC" and not known_place and post_of_body(span):
        return "ORG"  # "vice-president of Stade Aurillacois": a post only a body has
    if label == "FAC" and (
        span[-1].lower_ in AIRLINE_HEADS or (org_headed(span) and span[-1].lower_ in BUSINESS_HEADS)
    ):
        return "ORG"  # "Transandina Linhas Aéreas": an airline, not its airport; "Olam International"
    if label == "ORG" and len(span) == 1 and not span_id and _nationality_before_noun(span):
        return "NORP"  # "a Welsh health board": a nationality adjective, not the party named "Welsh ..."
    if (
        label in ("GPE", "LOC", "PERSON")  # "Moldovan authorities": an adjective, not a person
        and country_of_demonym(text)
        and not canonical_country(text)
        and text not in CITIES
    ):
        return "NORP"
    if label in ("FAC", "LOC") and looks_institutional(span) and span[-1].lower_ not in ("house", "street"):
        return "ORG"
    if label in ("GPE", "LOC") and len(span) > 1 and span[-1].lower_ in INSTITUTION_HEADS and not known_place:
        return "ORG"  # "Lake Basin Water Authority": a place word names the body, the head makes it one
    if label in ("PERSON", "GPE", "LOC", "FAC", "NORP") and len(span) > 1 and not known_place:
        before = span.doc[span.start - 1].text if span.start else ""
        titled = span[0].text in FOREIGN_ARTICLES or before in FOREIGN_ARTICLES
        if span[0].lower_ in FOREIGN_ORG_HEADS or (label == "PERSON" and titled):
            return "ORG"  # "Alianza Andina", "Le Courrier Vaudois"
    if label in ("ORG", "PERSON", "GPE") and not span_id and _people_of(span):
        return "NORP"  # "Dayak villagers", "Sami herders": a people, not a body, a person or a place
    if label in OTHER_LABELS and aged(span):
        return "PERSON"  # "Wijaya-Santoso, 49, spent eleven years at ...": only a person has an age
    if label in OTHER_LABELS and person_shaped(span) and not org_headed(span):  # "its manager, X Capital"
        first = span[0].text
        if (
            first in GIVEN_NAMES
            or has_role_apposition(span)
            or coordinated_with_person(span)
            or hyphenated_surname(span)
            or kin_apposition(span)
        ):
            return "PERSON"
    return label


# Plural nouns for the members of a people or a rural community ("Dayak villagers", "Sami herders").
COMMUNITY_NOUNS = frozenset(
    "villagers tribespeople tribesmen elders clans herders nomads pastoralists".split()
)


def _nationality_before_noun(span: Span) -> bool:
    """One nationality adjective right before a lower-case word ("a Welsh health board")."""
    doc = span.doc
    return (
        span.end < len(doc)
        and doc[span.end].is_lower
        and doc[span.end].is_alpha
        and country_of_demonym(span[0].text) is not None
        and canonical_country(span[0].text) is None
    )


def _people_of(span: Span) -> bool:
    """True for one capitalised word right before a plural noun for a people's members."""
    doc = span.doc
    return len(span) == 1 and span.end < len(doc) and doc[span.end].lower_ in COMMUNITY_NOUNS


def _surnames(span: Span) -> list[str]:
    """The forms a person's later mentions use: the last word, a hyphenated surname ("Diallo-Sy"), and
    the first of two surnames in a three-word Iberian name ("Choque" of "Ximena Choque Villca")."""
    if len(span) > 2 and span[-1].lower_.rstrip(".") in SUFFIXES:
        span = span[:-1]  # "Ramon T. Alvarez Jr." is later "Alvarez"
    forms = [span[-1].text] if span[-1].is_title or GAELIC_SURNAME.match(span[-1].text) else []
    if len(span) >= 4 and glued_hyphen(span[-2]):
        forms.append(span_text(span[-3:]))
    # the last word as written: "McKenzie-Tsang", "DiMarco-Reyes", "al-Rashidi" are not title case
    last = span_text(span).rsplit(None, 1)[-1]
    if len(span) >= 4 and "-" in last.strip("-") and last[-1:].isalpha() and last.split("-")[-1].istitle():
        forms.append(last)
    if len(span) == 3 and all(t.is_title and t.is_alpha for t in span):
        forms.append(span[1].text)
        forms.append(span_text(span[1:]))  # both surnames: "Nguema Esono" of "Óscar Nguema Esono"
    if len(span) == 4 and syllable_hyphen(span[2]):
        forms.append(span[0].text)  # the family name is written first: "Choi" of "Choi Dong-wook"
    return forms


def _named_by_surname(span: Span, label: str, single_people: set[str]) -> bool:
    """ "Gonzalo Urquidi Peñaranda" called an organisation while "Urquidi" alone is a person: a full
    name whose later word is a person's mention elsewhere in the document is that person."""
    return (
        label in OTHER_LABELS
        # the word look-up first: it is cheap, and few names hold a single person's mention
        and any(t.text in single_people for t in span[1:] if not glued_hyphen(t))
        and person_shaped(span)
        and not looks_institutional(span)
    )


def _employers_of_people(spans: list[Span], labels: list[str], surnames: set[str]) -> list[str]:
    """ "Anne-Sophie Van den Bossche of Liedekerke Wolters", "Ivo Marek of Horak Kral": a "person" right
    after a person's full name and "of" is the firm that person works for (law and audit firms are named
    for their partners), unless it is a surname of someone in the document."""
    ends = {s.end: lab for s, lab in zip(spans, labels, strict=True) if len(s) > 1}
    out = []
    for span, label in zip(spans, labels, strict=True):
        doc, start = span.doc, span.start
        if (
            label == "PERSON"
            and not span.id_
            and start > 1
            and doc[start - 1].lower_ == "of"
            and ends.get(start - 1) == "PERSON"
            and span_text(span) not in surnames
            and all(t.is_title for t in span if t.is_alpha)
        ):
            label = "ORG"
        out.append(label)
    return out


def relabel(spans: list[Span]) -> list[Span]:
    """Give each surface form its document-wide label: grammar and gazetteers first, then a vote."""
    votes: dict[str, Counter] = defaultdict(Counter)
    fixed = []
    texts = [span_text(s) for s in spans]  # each span's text is read a dozen times below
    labels = [label_of(s) for s in spans]  # surnames of names the grammar repaired count too
    people = [s for s, lab in zip(spans, labels, strict=True) if lab == "PERSON"]
    surnames = {form for s in people if len(s) > 1 for form in _surnames(s)}
    single_people = {span_text(s) for s in people if len(s) == 1 and s[0].is_title}
    people_before = [lab == "PERSON" for lab in labels]
    labels = [
        "PERSON" if _named_by_surname(s, lab, single_people) else lab
        for s, lab in zip(spans, labels, strict=True)
    ]
    surnames |= {  # "Tahir Mehmood Niazi" made a person by "Niazi": "Niazi" is his surname everywhere
        form
        for s, lab, before in zip(spans, labels, people_before, strict=True)
        if lab == "PERSON" and not before and len(s) > 1
        for form in _surnames(s)
    }
    labels = _employers_of_people(spans, labels, surnames)
    for s in people:  # "von der Leyen" as a surname of "Ursula von der Leyen"
        if len(s) > 2 and s[1].lower_ in NAME_PARTICLES:
            particled = span_text(s[1:])
            surnames.add(particled)
            surnames.add(particled[0].upper() + particled[1:])
    labels = told_outlets(spans, labels)
    filed_from = {  # a dateline's place, or one a governor heads ("Leyte Governor X"), in every mention
        t.title() for s, t in zip(spans, texts, strict=True) if dateline_place(s) or place_before_title(s)
    }
    labels = [
        "GPE" if t.title() in filed_from and not s.id_ else lab
        for s, t, lab in zip(spans, texts, labels, strict=True)
    ]
    states = {  # "Kwara State" and "Kwara", "Co Kildare": a federation's state or a county in every mention
        form
        for s, t, lab in zip(spans, texts, labels, strict=True)
        if lab == "GPE" and (federal_state(t.split()) or county_named(s))
        for form in (t, t.rsplit(" ", 1)[0])
    }
    # a "facility" that speaks is a body, unless it is a person's surname ("Golding-Reid said")
    speaking = {t for s, t in zip(spans, texts, strict=True) if t not in surnames and speaking_facility(s)}
    speaking |= short_institution_names(spans, labels, surnames) - states
    firms = {  # a dateline's place is never a firm, whatever the parse hangs on it ("BENGALURU, India — ... its")
        t
        for s, t, lab in zip(spans, texts, labels, strict=True)
        if lab in ("PERSON", "GPE") and t.title() not in filed_from and t not in states and firm_cue(s)
    }
    for span, text, label in zip(spans, texts, labels, strict=True):
        if text in surnames and span.id_ not in ("outlet", "institution", "masthead"):
            label = "PERSON"
        elif text in firms and label in ("PERSON", "GPE") and not listed_place(text):
            label = "ORG"  # the company cue of one mention names every mention
        if text in speaking and text.title() not in filed_from:  # a dateline's place never speaks
            label = "ORG"
        if text in states and not span.id_ and label in ("ORG", "PERSON"):
            label = "GPE"
        if label in NAME_LABELS:
            votes[text][label] += 2 if label != span.label_ else 1  # a repair by grammar counts double
        if label != span.label_:  # a span keeping its label is kept as it is: no new Span built
            span = Span(span.doc, span.start, span.end, label=label, kb_id=span.kb_id_, span_id=span.id_)
        fixed.append(span)
    out = []
    for span, text in zip(fixed, texts, strict=True):
        tally = votes.get(text)
        if tally and span.label_ in VOTED_LABELS and span.id_ not in ("outlet", "institution"):
            best = max(tally.items(), key=lambda kv: (kv[1], kv[0] == "PERSON"))[0]
            if best != span.label_ and not (best == "PERSON" and looks_institutional(span)):
                span = Span(span.doc, span.start, span.end, label=best, kb_id=span.kb_id_, span_id=span.id_)
        out.append(span)
    return out
