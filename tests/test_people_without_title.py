"""Officials named without a title: after a state's possessive ("Lithuania's Tomas Vaitkus"), a West African
given name that is no honorific ("Cheikh"), a predecessor an appointment names ("en reemplazo de X")."""

from __future__ import annotations

from datetime import date

from graph.extract.translit import name_key

from extracted import people_of


PUBLISHED = date(2026, 5, 8)


def test_names_after_states_possessives_en() -> None:
    text = ("In Tallinn, Kalniņa took part in the trilateral meeting of the Baltic foreign ministers with "
            "Estonia's Kristjan Saar and Lithuania's Tomas Vaitkus.")
    found = people_of(text, "en", PUBLISHED)
    assert found["Kristjan Saar"].country == "EE"
    assert found["Tomas Vaitkus"].country == "LT"


def test_possessive_of_a_town_or_of_a_link_list_names_nobody_en() -> None:
    assert "Walu Bay" not in people_of("Ravindra Prasad, who runs three boats out of Suva's Walu Bay, said so.", "en", PUBLISHED)
    assert "Indo-Pacific Strategy" not in people_of("Associated links\n- Canada's Indo-Pacific Strategy\n", "en", PUBLISHED)


def test_cheikh_opens_a_name_fr() -> None:
    text = ("La ministre a convoqué hier S.E.M. Cheikh Ahmed Ould Sidi Baba, Ambassadeur de la République "
            "islamique de Mauritanie au Sénégal.")
    found = people_of(text, "fr", PUBLISHED)
    assert list(found) == ["Cheikh Ahmed Ould Sidi Baba"]
    assert found["Cheikh Ahmed Ould Sidi Baba"].country == "MR"
    assert name_key("Cheikh Tamim ben Hamad Al Thani") == name_key("Tamim bin Hamad Al Thani")


def test_predecessor_serves_the_appointed_ministers_state_es() -> None:
    text = ("LIMA. El diplomático Gonzalo Ferrándiz Ugarte juró ayer como ministro de Relaciones Exteriores en "
            "Palacio de Gobierno, en reemplazo de Rosa Elvira Quispe, quien presentó su renuncia.")
    found = people_of(text, "es", PUBLISHED)
    assert found["Gonzalo Ferrándiz Ugarte"].country == "PE"
    assert found["Rosa Elvira Quispe"].country == "PE"


def test_contracted_particle_after_a_full_name_is_a_preposition_de() -> None:
    found = people_of("Michael Brenner vom Ost-Ausschuss der Deutschen Wirtschaft sagte, die Reise sei wichtig.", "de", PUBLISHED)
    assert "Michael Brenner" in found
    assert "Karl Ernst vom Rath" in people_of("Der Diplomat Karl Ernst vom Rath wurde 1938 ermordet.", "de", PUBLISHED)
