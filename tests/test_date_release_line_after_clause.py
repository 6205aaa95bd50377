"""Days a release tells from its own date line and from its lead, and the date of an "after" clause:

- "today" in the paragraph after a release's place and full date on a line of their own ("Lima, 12 de marzo de
  2026") is that day, also in a copy published the next day, and "the day before" counted from it follows it;
- "Le lendemain" far (over 400 characters) after the lead's past day counts from that day, also below a title
  closing on the briefing's own date ("Compte rendu du point de presse du 28 septembre 2026");
- "Le 12, à Dar es Salaam" after "du 12 au 14 octobre" is the 12th of October;
- a date opening a "después de que" clause dates the clause's act, not the act before it.
"""

from __future__ import annotations

from datetime import date

from extracted import date_of, events_of


def test_hoy_after_a_release_date_line_is_its_day() -> None:
    text = ("Perú y Bolivia preparan el Gabinete Binacional\n\nLima, 12 de marzo de 2026\n\nEl ministro de Relaciones "
            "Exteriores, Rodrigo Valdivia Cáceres, y su homólogo de Bolivia, Marcelo Quiroga Antezana, se reunieron "
            "hoy en la ciudad de Puno.\n\nEl canciller Quiroga llegó a Puno el día anterior.")
    events = events_of(text, "es", date(2026, 3, 13))
    assert date_of(events, "Meeting") == "2026-03-12"
    assert date_of(events, "Visit") == "2026-03-11"


def test_le_lendemain_counts_from_the_lead_day_far_before_it() -> None:
    text = ("Compte rendu du point de presse du 28 septembre 2026\n\n1 – Nations unies – Entretien du ministre\n\n"
            "Le ministre de l'Europe et des Affaires étrangères, M. Laurent Méchain, s'est entretenu mardi dernier à "
            "New York, en marge de la semaine de haut niveau de l'Assemblée générale des Nations unies, avec la "
            "ministre des Affaires étrangères de la République-Unie de Tanzanie, Mme Neema Mwakyusa. Ils ont évoqué "
            "le partenariat énergétique entre nos deux pays et la situation dans l'est de la République démocratique "
            "du Congo, ainsi que la coopération maritime, la sécurité alimentaire et la préparation de la prochaine "
            "commission mixte entre les deux pays.\n\n2 – Sécurité maritime\n\nLe lendemain, le ministre a "
            "coprésidé à New York, avec son homologue mozambicain, M. Celso Mabunda, une conférence ministérielle.")
    events = events_of(text, "fr", date(2026, 9, 28))
    assert date_of(events, "Conference") == "2026-09-23"


def test_le_12_takes_the_month_of_the_range_before_it() -> None:
    text = ("M. Laurent Méchain se rendra en Tanzanie et au Mozambique du 12 au 14 octobre. Le 12, à Dar es Salaam, "
            "il s'entretiendra avec Mme Neema Mwakyusa, ministre tanzanienne des Affaires étrangères.")
    events = events_of(text, "fr", date(2026, 9, 28))
    assert date_of(events, "Meeting") == "2026-10-12"


def test_a_date_opening_an_after_clause_dates_its_act() -> None:
    text = ("San José, 21 de julio de 2026. El canciller Andrés Solano Quesada convocó ayer a la embajadora de "
            "Nicaragua, Ruth Marina Castellón.\n\nLa convocatoria se produjo después de que el domingo por la noche "
            "Solano conversara por teléfono con su homólogo nicaragüense, Ramiro Zeledón Arce.")
    events = events_of(text, "es", date(2026, 7, 21))
    assert date_of(events, "PhoneCall") == "2026-07-19"
