""""The next day" counts from the day told last even when that day was told in a sentence reporting no act
("Mardi soir, il a dîné avec X. Le lendemain, il s'est entretenu avec Y"), not from publication (dates._anchor_reach);
"the day before" with no act's day before it still counts from publication."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def test_le_lendemain_counts_from_a_day_told_without_an_act() -> None:
    text = ("À Nairobi, Luc Verbeke multiplie les apartés\n\nOfficiellement, le ministre belge des Affaires "
            "étrangères Luc Verbeke était à Nairobi pour parler migrations, minerais critiques et financement "
            "climatique, sous la coprésidence de la haute représentante de l'Union européenne et du président de la "
            "Commission de l'Union africaine.\n\nMardi soir, il a dîné avec la "
            "ministre kényane Wanjiru Kamau.\n\nLe lendemain, M. Verbeke s'est entretenu pendant une heure avec "
            "le ministre ougandais Moses Okello.")
    days = [e.date.value for e in events_of(text, "fr", date(2026, 11, 19)) if any("Okello" in p.name for p in e.attendees)]
    assert days == ["2026-11-18"]


def test_nakanune_counts_from_publication_past_a_day_told_without_an_act() -> None:
    text = ("Телефонный разговор с Президентом Бразилии\n\n14 октября 2026 года\n\nПавел Ершов провёл телефонный "
            "разговор с Президентом Бразилии Луисом Фернанду Албукерки. Собеседники обсудили актуальные вопросы "
            "российско-бразильского стратегического партнёрства и рост товарооборота, в первую очередь за счёт "
            "поставок удобрений и сельскохозяйственной продукции.\n\nПрезидент России поздравил бразильского "
            "коллегу с победой на выборах, состоявшихся 4 октября.\n\nОтмечена важность состоявшихся накануне в "
            "Бразилиа переговоров министров иностранных дел Олега Сорокина и Родриго Васконселоса.")
    days = [e.date.value for e in events_of(text, "ru", date(2026, 10, 14)) if e.type == "Talks" and e.date]
    assert days == ["2026-10-13"]
