"""Round 12 links: a spokesperson for a named body speaks for it (speaker.spoken_for); a short title in
apposition gives way to the person (speaker.title_apposition); "the station" in a statement given to it
is the article's own outlet (coref.home_outlet); a closing "..., the bank's spokesman, X, said." names
its speaker (speaker.at_end); "the sheriff's office" is the Sheriff's Office named before
(coref.owned_office); a one-word organisation made of a person's surname is that person
(coref.surname). Each rule with a sentence of its own it must match and a near miss it must not."""

from factkit import quotations

from extract import extract_document
from extract.coref import _surname_strays
from extract.records import EntityRecord, Ref


def _by(nlp, text, creator):
    return [(rule, about, given) for rule, c, about, given, _ in quotations(nlp, text) if creator in c]


# --- speaker.spoken_for: "A spokesperson for the Wessex Water Board said ..." ------------------------


def test_spoken_for_named_body_is_the_creator(nlp):
    text = "A spokesperson for the Wessex Water Board said the board had written to Councillor Ivo Brand."
    found = _by(nlp, text, "Wessex Water Board")
    assert found and "speaker.spoken_for" in found[0][0] and "Ivo Brand" in found[0][1], found


def test_spoken_for_near_miss_definite_spokesman_is_no_body(nlp):
    text = (
        "The Wessex Water Board met in May. The spokesman for the board said it had written to "
        "Councillor Ivo Brand."
    )
    assert not _by(nlp, text, "Wessex Water Board")


# --- speaker.title_apposition: "Its MD and CEO, Priya Raman-Sood, told The Hindu ..." -----------------


def test_title_apposition_person_speaks(nlp):
    text = (
        "Vardhan Steel Ltd won the bid. Its MD and CEO, Priya Raman-Sood, told The Hindu that the company "
        "had priced it fairly."
    )
    found = _by(nlp, text, "Priya Raman-Sood")
    assert found and "The Hindu" in found[0][2], quotations(nlp, text)


def test_title_apposition_near_miss_a_body_with_a_description_stays(nlp):
    text = (
        "Vardhan Steel Ltd won the bid. Vardhan Steel Ltd, Priya Raman-Sood's firm, told The Hindu that it "
        "had priced it fairly."
    )
    assert _by(nlp, text, "Vardhan Steel Ltd")
    assert not _by(nlp, text, "Priya Raman-Sood")


# --- coref.home_outlet: "In a statement to the station, he said ..." ----------------------------------

STATION = (
    "The jail was closed. In a statement to the station, Sheriff Tom Ashby said the county would review "
    "the case. Two guards told WKRN that checks were skipped. "
)


def test_home_outlet_is_the_outlet_named_most(nlp):
    text = STATION + "A nurse, Ana Lopes, said in an interview with WKRN that she had warned the sheriff."
    found = _by(nlp, text, "Tom Ashby")
    assert found and found[0][2] == {"WKRN"} and "coref.home_outlet" in found[0][0], found


def test_home_outlet_near_miss_two_outlets_named_as_often(nlp):
    text = STATION + "A nurse, Ana Lopes, told WSMV that she had warned the sheriff."
    assert not any(given for _, _, given in _by(nlp, text, "Tom Ashby"))


# --- speaker.at_end: "..., the lender's spokesman, Tomas Ekberg, said." --------------------------------


def test_speaker_at_end_after_a_reported_clause(nlp):
    text = "Harbor Trust Bank's Risk Review Unit is examining the loans, the lender's spokesman, Tomas Ekberg, said."
    found = _by(nlp, text, "Tomas Ekberg")
    assert found and "speaker.at_end" in found[0][0], quotations(nlp, text)
    assert found[0][1] == {"Risk Review Unit"}, found


def test_speaker_at_end_near_miss_two_people_named(nlp):
    text = "Harbor Trust Bank's Risk Review Unit is examining the loans, Tomas Ekberg and Lena Moss said."
    assert not any("speaker.at_end" in rule for rule, *_ in quotations(nlp, text))


# --- coref.owned_office: "..., the sheriff's office said." --------------------------------------------

OFFICE = "The Pine Hollow County Sheriff's Office runs the jail. "


def test_owned_office_speaks_for_the_named_office(nlp):
    text = (
        OFFICE
        + "Dale Okafor, who has worked at the jail since 2015, was placed on leave in May, the sheriff's office said."
    )
    found = _by(nlp, text, "Pine Hollow County Sheriff's Office")
    assert found and "coref.owned_office" in found[0][0] and "Dale Okafor" in found[0][1], found


def test_owned_office_near_miss_another_owner(nlp):
    text = OFFICE + "Dale Okafor was placed on leave in May, the mayor's office said."
    assert not _by(nlp, text, "Pine Hollow County Sheriff's Office")


# --- coref.surname: "Mr MacDougall" the model took for a body ------------------------------------------


def _stray_doc(nlp, text, stray, full):
    """The parsed ``text`` with the state the model leaves on a bad day: ``full`` a person, each later
    bare ``stray`` a one-word organisation of its own."""
    doc = nlp(text)
    records, refs = doc._.kg_entities, doc._.kg_refs
    records.clear()
    records["person:full"] = EntityRecord("person:full", "person", full)
    key = f"org:{stray}"
    records[key] = EntityRecord(key, "organization", stray)
    first = text.index(full) + len(full)
    for token in doc:
        if token.text == stray:
            refs[token.i] = Ref("person:full" if token.idx < first else key)
    return doc, refs, key


def test_surname_stray_after_an_honorific_is_the_person(nlp):
    text = "Ewan MacDougall joined Brodie Coaches. Cllr Ruth Okafor-Blake met Mr MacDougall in Leeds."
    doc, refs, _ = _stray_doc(nlp, text, "MacDougall", "Ewan MacDougall")
    _surname_strays(doc, refs)
    last = max(i for i in refs if doc[i].text == "MacDougall")
    assert refs[last] == Ref("person:full", "coref.surname", 0.85)


def test_surname_stray_near_miss_a_company_that_speaks(nlp):
    text = "Ewan MacDougall founded the firm. MacDougall said profits had doubled in May."
    doc, refs, key = _stray_doc(nlp, text, "MacDougall", "Ewan MacDougall")
    _surname_strays(doc, refs)
    last = max(i for i in refs if doc[i].text == "MacDougall")
    assert refs[last] == Ref(key)


def test_surname_end_to_end_denial_names_both(nlp):
    text = (
        "Tarik Mehmood Qazi ran the tax office until 2021. Rana Farooq Iqbal owns Indus Weaving Ltd. "
        "Indus Weaving denied a report in The Nation that Iqbal had met Qazi at the office in June."
    )
    doc = extract_document(text, nlp=nlp)
    names = {e.iri: e.name for e in doc.entities}
    about = {names[k] for f in doc.facts if f.kind == "denial" for k in f.args["about"]}
    assert about == {"Rana Farooq Iqbal", "Tarik Mehmood Qazi"}, about


# --- a second attribution hung under the first is no topic of it (session 9) -------------------------


def test_nested_speech_tag_speaker_and_outlet_are_no_topics(nlp):
    text = "Halvard Motors said on Tuesday it would cut 900 jobs at its Ohio plants, chief executive Ines Moreau told Reuters."
    topics = [about for _, c, about, _, _ in quotations(nlp, text) if "Halvard Motors" in c]
    assert not any("Ines Moreau" in a or "Reuters" in a for a in topics), topics


def test_joined_second_statement_speaker_is_no_topic(nlp):
    text = "Rep. Dana Whitley, D-Fresno, said the audit was overdue, and Sen. Paul Grier, R-Plano, told KXAS the district should pay."
    assert not any("Paul Grier" in about for _, _, about, _ in _by(nlp, text, "Dana Whitley")), quotations(
        nlp, text
    )


def test_nested_speech_near_miss_reported_speaker_stays_a_topic(nlp):
    # near miss: "X said Y told investigators ...": what Y told is what X speaks about
    text = "Anna Kowalik said Tomas Rehn told investigators he had paid the inspector."
    assert any("Tomas Rehn" in about for _, about, _ in _by(nlp, text, "Anna Kowalik")), quotations(nlp, text)
