"""Officials' states: a government's spokesperson, a nameless title of another official before a host minister,
the Swiss foreign minister's and the Swedish ministry's senior official's titles, an organisation office's head."""

from datetime import date

from extracted import people_of


PUBLISHED = date(2026, 5, 6)


def test_government_spokesman_serves_the_chancellor():
    text = ("Der kenianische Präsident Samuel Otieno besucht Hamburg. Am Dienstag traf er Bundeskanzler Paul Hagedorn. "
            "Das Gespräch sei sehr freundlich gewesen, sagte Regierungssprecher Lars Wendt.")
    people = people_of(text, "de", PUBLISHED)
    assert people["Lars Wendt"].country == "DE"


def test_government_spokesman_of_a_call_between_two_heads():
    text = ("Bundeskanzler Hagedorn telefoniert mit Italiens Premierminister Ferri\n\nRegierungssprecher Lars Wendt "
            "teilt mit:\n\nBundeskanzler Paul Hagedorn hat heute mit dem Premierminister Italiens, Marco Ferri, telefoniert.")
    people = people_of(text, "de", PUBLISHED)
    assert people["Lars Wendt"].country == "DE"


def test_state_of_another_nameless_title_is_not_the_host_ministers():
    text = ("Le ministre nigérien du Commerce et l'Ambassadeur du Japon seront reçus par le ministre Jean-Paul Ekani "
            "Owona\n\nYaoundé, le 6 mai 2026 – Le ministre Jean-Paul Ekani Owona a accordé hier une audience à Mme Anne "
            "Sato, Ambassadeur du Japon au Cameroun.")
    people = people_of(text, "fr", PUBLISHED)
    assert people["Jean-Paul Ekani Owona"].country == "CM"


def test_joined_titles_keep_their_state():
    text = ("Angeführt wird die Delegation von Moldaus stellvertretendem Ministerpräsidenten und Wirtschaftsminister "
            "Ion Berzan, der am Sonntag in Dresden eingetroffen war.")
    people = people_of(text, "de", PUBLISHED)
    assert people["Ion Berzan"].country == "MD"


def test_head_of_the_swiss_foreign_department():
    text = ("Berne (ATS) – Le chef du Département fédéral des affaires étrangères (DFAE), Paolo Bernasconi, se rendra "
            "lundi au Maroc.")
    people = people_of(text, "fr", PUBLISHED)
    assert people["Paolo Bernasconi"].country == "CH"
    assert people["Paolo Bernasconi"].role == "Minister of Foreign Affairs"


def test_cabinet_secretary_of_the_summoning_ministry():
    text = ("Stockholm (dpa) - Das Außenministerium in Stockholm bestellte am Dienstag den russischen Botschafter "
            "Pawel Orlow ein. Empfangen wurde Orlow von Kabinettssekretär Nils Berglund.")
    people = people_of(text, "de", PUBLISHED)
    assert people["Nils Berglund"].country == "SE"
    assert people["Nils Berglund"].role == "State Secretary"


def test_head_of_an_organisations_office():
    text = "Guatemala, 6 may. – El jefe de la Oficina de la OEA, Mario Quintanilla Rojas, llamó a la calma."
    person = people_of(text, "es", PUBLISHED)["Mario Quintanilla Rojas"]
    assert person.organization is not None and person.organization.code == "OAS"
    assert person.country is None


def test_official_handing_a_note_to_an_envoy_is_his_hosts():
    text = ("Peru yesterday summoned Chile's ambassador in Lima, Tomás Aravena Soto, over the incident at Arica.\n\n"
            "Foreign Secretary Rosa Huamán Quispe handed the envoy a protest note and asked Santiago to act.\n\n"
            "In Santiago, the foreign ministry said the patrol had been in Chilean waters off Arica.")
    people = people_of(text, "en", PUBLISHED)
    assert people["Tomás Aravena Soto"].country == "CL"
    assert people["Rosa Huamán Quispe"].country == "PE"
