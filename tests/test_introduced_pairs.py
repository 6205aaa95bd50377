"""Two officials one stateless title names ("die Außenminister A und B", "министров иностранных дел A и B") serve
the article's two sides in the order its body first named their officials; "the two countries" before them
keeps its own reading (graph.extract.pairedstates)."""

from datetime import date

from extracted import extraction_of


def _states(text: str, lang: str) -> dict[str, str | None]:
    found = extraction_of(text, lang, date(2026, 9, 10))
    return {p.name: p.country for p in found.people}


def test_german_foreign_ministers_in_the_order_of_the_sides() -> None:
    text = ("Argentiniens Präsident zu Besuch in Japan\n\n"
            "Tokio (Japan), 10.09.2026 – Der argentinische Präsident Esteban Moreira ist am Mittwoch in Japan "
            "eingetroffen. Heute führte er in Tokio Gespräche mit dem japanischen Ministerpräsidenten Aoki Hiroshi.\n\n"
            "Im Beisein der beiden Regierungschefs unterzeichneten anschließend die Außenminister Tomás Ibarra und "
            "Fujita Ren ein Abkommen über die Zusammenarbeit in der Raumfahrt.\n")
    states = _states(text, "de")
    assert states["Tomás Ibarra"] == "AR"
    assert states["Fujita Ren"] == "JP"


def test_russian_foreign_ministers_after_the_headline() -> None:
    text = ("Телефонный разговор с Президентом Аргентины Эстебаном Морейрой\n\n"
            "Игорь Тихонов провёл телефонный разговор с Президентом Аргентинской Республики Эстебаном Морейрой.\n\n"
            "Президент России поздравил аргентинского коллегу с национальным праздником. Отмечена важность "
            "состоявшихся накануне в Буэнос-Айресе переговоров министров иностранных дел Андрея Миронова и "
            "Томаса Ибарры.\n")
    states = _states(text, "ru")
    assert next(s for n, s in states.items() if n.startswith("Andrey")) == "RU"
    assert next(s for n, s in states.items() if n.startswith("Tom")) == "AR"
