"""A host official's state is the trip leg told before the act (graph.extract.hosts), an envoy who comes along
with his minister does not place the talks at his post (graph.extract.placing), and an act of the same day and
parties told after talks placed in a city is held there (graph.extract.dayplaces)."""

from __future__ import annotations

from datetime import date

from where import city_name

from extracted import events_of, extraction_of


_LEGS = """Compte rendu du déplacement de M. Paul Girard au Pérou et en Équateur (16-18 juin 2026)

Paris, le 19 juin 2026

M. Paul Girard, ministre délégué chargé du Commerce extérieur, s'est rendu au Pérou et en Équateur du 16 au 18 juin 2026, accompagné d'une délégation d'entreprises.

À Lima, le ministre délégué a été reçu mardi par le ministre des Relations extérieures du Pérou, M. Jorge Salazar Quispe. Les échanges ont porté sur le cuivre et le métro.

Dans la matinée du mercredi 17 juin, M. Girard a signé avec la ministre de l'Énergie, Mme Rosa Paredes, une déclaration d'intention sur l'hydrogène.

Le ministre délégué s'est ensuite rendu à Quito, où il a été reçu jeudi par le Président de la République de l'Équateur, M. Ernesto Vallarino Díaz. Jeudi soir, la ministre des Affaires étrangères, Mme Inés Calderón Ruiz, a offert un dîner en son honneur.
"""


def test_a_host_of_the_second_leg_is_of_the_second_legs_state() -> None:
    people = extraction_of(_LEGS, "fr", date(2026, 6, 19)).people
    assert next(p for p in people if p.name == "Inés Calderón Ruiz").country == "EC"


_ESCORTS = """О визите Министра иностранных дел в Королевство Марокко

20 мая 2026 года

В прошлый понедельник Министр иностранных дел Алишер Каримов прибыл с официальным визитом в Рабат.

На следующий день состоялись переговоры министра с Министром иностранных дел Королевства Марокко Юсефом Беннани. \
В переговорах участвовали Посол Республики Узбекистан в Королевстве Марокко Бахтиёр Назаров и Посол Марокко в Ташкенте Самир Лахлу.

По итогам переговоров министры подписали Меморандум о политических консультациях.

В тот же день главу МИД Узбекистана принял Глава Правительства Королевства Марокко Ахмед Тазири.
"""


def test_talks_attended_by_two_envoys_are_not_held_at_one_envoys_post() -> None:
    events = events_of(_ESCORTS, "ru", date(2026, 5, 20))
    talks = next(e for e in events if e.type == "Talks")
    assert city_name(talks) == "Rabat"


def test_an_act_of_the_same_parties_told_later_that_day_is_where_the_days_talks_were() -> None:
    events = events_of(_ESCORTS, "ru", date(2026, 5, 20))
    received = [e for e in events if e.type == "Meeting" and e.date is not None and e.date.value == "2026-05-19"]
    assert received and all(city_name(e) == "Rabat" for e in received)
