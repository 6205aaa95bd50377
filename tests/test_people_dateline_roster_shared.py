"""Officials' states from the issuer and from the sentence's shape: a dateline whose text opens on a foreign
ministry naming no state, an organisation's release dated from a capital (no state's), the one holder of a
plural title's listed states left without one, a second title joined to a titled name by a conjunction, and a
title of a state followed by another party named with a title of his own."""

from __future__ import annotations

from datetime import date

from extracted import people_of


PUBLISHED = date(2026, 5, 18)


def test_dateline_ministry_gives_the_capital_state_en() -> None:
    text = ("Weekly highlights, 11-15 May 2026\n\nLIMA, 16 May 2026 — The Ministry of Foreign Affairs presents the "
            "main engagements of the week.\n\nOn Tuesday, the Minister received the Ambassador of Norway, Ingrid "
            "Solberg Aas, in Lima.\n\nAppointments\nAmbassador Carlos Mendívil was appointed Permanent "
            "Representative to the OAS in Washington.")
    found = people_of(text, "en", PUBLISHED)
    assert found["Carlos Mendívil"].country == "PE"
    assert found["Ingrid Solberg Aas"].country == "NO"


def test_ministry_of_another_state_gives_no_dateline_state_en() -> None:
    text = ("Talks in Lima\n\nLIMA, 16 May 2026 — The Ministry of Foreign Affairs of Chile said on Saturday that "
            "Ambassador Carlos Mendívil had met officials in Lima.")
    found = people_of(text, "en", PUBLISHED)
    assert found["Carlos Mendívil"].country != "PE"


def test_organisation_release_from_a_capital_has_no_issuing_state_de() -> None:
    text = ("Pressemitteilung\n\nBrüssel, 12. Mai 2026\n\nEU und Tunesien vertiefen ihre Partnerschaft\n\nDie "
            "Europäische Union und Tunesien haben heute in Brüssel die 12. Tagung des Assoziationsrates abgehalten. "
            "Für den polnischen Vorsitz im Rat der EU nahm Außenminister Piotr Walczak an der Tagung teil.")
    assert people_of(text, "de", PUBLISHED)["Piotr Walczak"].country == "PL"


def test_plural_title_listed_states_leave_one_for_the_last_holder_es() -> None:
    text = ("Cancilleres de Perú, Ecuador y Colombia acuerdan una agenda amazónica\n\nLeticia, 12 de mayo de 2026.\n\n"
            "El canciller Andrés Villacorta Paz participó hoy en la reunión convocada por el canciller colombiano, "
            "Julián Restrepo Mejía. Asistió también la ministra de Relaciones Exteriores del Ecuador, Paula Andrade "
            "Cevallos.")
    found = people_of(text, "es", PUBLISHED)
    assert found["Andrés Villacorta Paz"].country == "PE"
    assert found["Julián Restrepo Mejía"].country == "CO"


def test_second_title_joined_by_a_conjunction_shares_the_state_en() -> None:
    text = ("Today I hosted Malaysia's Minister of Foreign Affairs, Dato' Seri Azlan Hashim, and Minister of Defence, "
            "Kamarul Idris, for talks at Parliament House in Wellington.")
    assert people_of(text, "en", PUBLISHED)["Kamarul Idris"].country == "MY"


def test_title_of_a_state_before_another_titled_party_is_the_traveller_ru() -> None:
    text = ("О визите Министра иностранных дел в Королевство Марокко\n\n13 мая 2026 года\n\nВ понедельник Министр "
            "иностранных дел Бахтиёр Назаров прибыл с официальным визитом в Рабат. В тот же день главу МИД "
            "Таджикистана принял Премьер-министр Королевства Марокко Юсеф Беннани.")
    found = people_of(text, "ru", PUBLISHED)
    nazarov = next(p for p in found.values() if "Назаров" in p.alternate_names or "Nazarov" in p.name
                   or any("Назаров" in a for a in p.alternate_names))
    assert nazarov.country == "TJ"


def test_envoy_is_not_of_the_state_he_is_accredited_to_es() -> None:
    text = ("Perú expulsa a un consejero boliviano\n\nLima, 12 may 2026. – El Gobierno del Perú declaró este martes "
            "persona non grata al consejero de la Embajada de Bolivia en Lima y le dio 48 horas para abandonar el "
            "país.\n\nPerú mantiene a su embajador en La Paz, Gustavo Salinas Rey, llamado a consultas desde el "
            "jueves.")
    assert people_of(text, "es", PUBLISHED)["Gustavo Salinas Rey"].country != "BO"
