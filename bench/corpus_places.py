"""Countries and cities of the synthetic corpus, with the forms each language needs.

Real countries and cities, written the way news articles write them. Fields per country:

- ``names``: the country as a subject, per language (with the article where the language needs one)
- ``de_gen`` / ``de_from`` / ``de_in``: German genitive ("Frankreichs"), "aus ..." and "in ..." forms
- ``fr_of`` / ``fr_in``: French "de la France" and "en France" forms
- ``ru_gen`` / ``ru_in``: Russian genitive ("Франции") and locative ("во Франции") forms
- ``en_adj``: the English adjective ("French")
- ``culture``: the name pool its officials come from (see ``corpus_people``)
- ``cities``: (en, de, fr, es, ru, ru locative, fr "à ..." form)
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Country", "City", "COUNTRIES", "LANGUAGES"]

LANGUAGES = ("en", "de", "fr", "es", "ru")


@dataclass(frozen=True)
class City:
    """A real city with its name in each corpus language."""

    names: dict[str, str]
    ru_in: str
    fr_at: str


@dataclass(frozen=True)
class Country:
    """A real country with the inflected forms the templates use."""

    code: str
    names: dict[str, str]
    de_gen: str
    de_from: str
    de_in: str
    fr_of: str
    fr_in: str
    ru_gen: str
    ru_in: str
    en_adj: str
    culture: str
    cities: tuple[City, ...]


def _city(en: str, de: str, fr: str, es: str, ru: str, ru_in: str, fr_at: str | None = None) -> City:
    return City({"en": en, "de": de, "fr": fr, "es": es, "ru": ru}, ru_in, fr_at or f"à {fr}")


def _country(code: str, en: str, de: str, fr: str, es: str, ru: str, *, de_gen: str, de_from: str, de_in: str,
             fr_of: str, fr_in: str, ru_gen: str, ru_in: str, en_adj: str, culture: str,
             cities: tuple[City, ...]) -> Country:
    return Country(code, {"en": en, "de": de, "fr": fr, "es": es, "ru": ru}, de_gen, de_from, de_in, fr_of, fr_in,
                   ru_gen, ru_in, en_adj, culture, cities)


COUNTRIES: tuple[Country, ...] = (
    _country("US", "the United States", "die USA", "les États-Unis", "Estados Unidos", "США",
             de_gen="der USA", de_from="aus den USA", de_in="in den USA", fr_of="des États-Unis",
             fr_in="aux États-Unis", ru_gen="США", ru_in="в США", en_adj="US", culture="en",
             cities=(_city("Washington", "Washington", "Washington", "Washington", "Вашингтон", "в Вашингтоне"),
                     _city("New York", "New York", "New York", "Nueva York", "Нью-Йорк", "в Нью-Йорке"))),
    _country("RU", "Russia", "Russland", "la Russie", "Rusia", "Россия",
             de_gen="Russlands", de_from="aus Russland", de_in="in Russland", fr_of="de la Russie",
             fr_in="en Russie", ru_gen="России", ru_in="в России", en_adj="Russian", culture="ru",
             cities=(_city("Moscow", "Moskau", "Moscou", "Moscú", "Москва", "в Москве"),
                     _city("Saint Petersburg", "Sankt Petersburg", "Saint-Pétersbourg", "San Petersburgo",
                           "Санкт-Петербург", "в Санкт-Петербурге"))),
    _country("CN", "China", "China", "la Chine", "China", "Китай",
             de_gen="Chinas", de_from="aus China", de_in="in China", fr_of="de la Chine", fr_in="en Chine",
             ru_gen="Китая", ru_in="в Китае", en_adj="Chinese", culture="zh",
             cities=(_city("Beijing", "Peking", "Pékin", "Pekín", "Пекин", "в Пекине"),
                     _city("Shanghai", "Shanghai", "Shanghai", "Shanghái", "Шанхай", "в Шанхае"))),
    _country("FR", "France", "Frankreich", "la France", "Francia", "Франция",
             de_gen="Frankreichs", de_from="aus Frankreich", de_in="in Frankreich", fr_of="de la France",
             fr_in="en France", ru_gen="Франции", ru_in="во Франции", en_adj="French", culture="fr",
             cities=(_city("Paris", "Paris", "Paris", "París", "Париж", "в Париже"),
                     _city("Lyon", "Lyon", "Lyon", "Lyon", "Лион", "в Лионе"))),
    _country("DE", "Germany", "Deutschland", "l'Allemagne", "Alemania", "Германия",
             de_gen="Deutschlands", de_from="aus Deutschland", de_in="in Deutschland", fr_of="de l'Allemagne",
             fr_in="en Allemagne", ru_gen="Германии", ru_in="в Германии", en_adj="German", culture="de",
             cities=(_city("Berlin", "Berlin", "Berlin", "Berlín", "Берлин", "в Берлине"),
                     _city("Munich", "München", "Munich", "Múnich", "Мюнхен", "в Мюнхене"))),
    _country("GB", "the United Kingdom", "Großbritannien", "le Royaume-Uni", "Reino Unido", "Великобритания",
             de_gen="Großbritanniens", de_from="aus Großbritannien", de_in="in Großbritannien",
             fr_of="du Royaume-Uni", fr_in="au Royaume-Uni", ru_gen="Великобритании", ru_in="в Великобритании",
             en_adj="British", culture="en",
             cities=(_city("London", "London", "Londres", "Londres", "Лондон", "в Лондоне"),)),
    _country("JP", "Japan", "Japan", "le Japon", "Japón", "Япония",
             de_gen="Japans", de_from="aus Japan", de_in="in Japan", fr_of="du Japon", fr_in="au Japon",
             ru_gen="Японии", ru_in="в Японии", en_adj="Japanese", culture="ja",
             cities=(_city("Tokyo", "Tokio", "Tokyo", "Tokio", "Токио", "в Токио"),
                     _city("Osaka", "Osaka", "Osaka", "Osaka", "Осака", "в Осаке"))),
    _country("IN", "India", "Indien", "l'Inde", "India", "Индия",
             de_gen="Indiens", de_from="aus Indien", de_in="in Indien", fr_of="de l'Inde", fr_in="en Inde",
             ru_gen="Индии", ru_in="в Индии", en_adj="Indian", culture="hi",
             cities=(_city("New Delhi", "Neu-Delhi", "New Delhi", "Nueva Delhi", "Нью-Дели", "в Нью-Дели"),)),
    _country("BR", "Brazil", "Brasilien", "le Brésil", "Brasil", "Бразилия",
             de_gen="Brasiliens", de_from="aus Brasilien", de_in="in Brasilien", fr_of="du Brésil",
             fr_in="au Brésil", ru_gen="Бразилии", ru_in="в Бразилии", en_adj="Brazilian", culture="pt",
             cities=(_city("Brasília", "Brasília", "Brasilia", "Brasilia", "Бразилиа", "в Бразилиа"),)),
    _country("TR", "Turkey", "die Türkei", "la Turquie", "Turquía", "Турция",
             de_gen="der Türkei", de_from="aus der Türkei", de_in="in der Türkei", fr_of="de la Turquie",
             fr_in="en Turquie", ru_gen="Турции", ru_in="в Турции", en_adj="Turkish", culture="tr",
             cities=(_city("Ankara", "Ankara", "Ankara", "Ankara", "Анкара", "в Анкаре"),
                     _city("Antalya", "Antalya", "Antalya", "Antalya", "Анталья", "в Анталье"))),
    _country("IT", "Italy", "Italien", "l'Italie", "Italia", "Италия",
             de_gen="Italiens", de_from="aus Italien", de_in="in Italien", fr_of="de l'Italie", fr_in="en Italie",
             ru_gen="Италии", ru_in="в Италии", en_adj="Italian", culture="it",
             cities=(_city("Rome", "Rom", "Rome", "Roma", "Рим", "в Риме"),)),
    _country("ES", "Spain", "Spanien", "l'Espagne", "España", "Испания",
             de_gen="Spaniens", de_from="aus Spanien", de_in="in Spanien", fr_of="de l'Espagne",
             fr_in="en Espagne", ru_gen="Испании", ru_in="в Испании", en_adj="Spanish", culture="es",
             cities=(_city("Madrid", "Madrid", "Madrid", "Madrid", "Мадрид", "в Мадриде"),)),
    _country("PL", "Poland", "Polen", "la Pologne", "Polonia", "Польша",
             de_gen="Polens", de_from="aus Polen", de_in="in Polen", fr_of="de la Pologne", fr_in="en Pologne",
             ru_gen="Польши", ru_in="в Польше", en_adj="Polish", culture="pl",
             cities=(_city("Warsaw", "Warschau", "Varsovie", "Varsovia", "Варшава", "в Варшаве"),)),
    _country("UA", "Ukraine", "die Ukraine", "l'Ukraine", "Ucrania", "Украина",
             de_gen="der Ukraine", de_from="aus der Ukraine", de_in="in der Ukraine", fr_of="de l'Ukraine",
             fr_in="en Ukraine", ru_gen="Украины", ru_in="на Украине", en_adj="Ukrainian", culture="ru",
             cities=(_city("Kyiv", "Kiew", "Kiev", "Kiev", "Киев", "в Киеве"),)),
    _country("CA", "Canada", "Kanada", "le Canada", "Canadá", "Канада",
             de_gen="Kanadas", de_from="aus Kanada", de_in="in Kanada", fr_of="du Canada", fr_in="au Canada",
             ru_gen="Канады", ru_in="в Канаде", en_adj="Canadian", culture="en",
             cities=(_city("Ottawa", "Ottawa", "Ottawa", "Ottawa", "Оттава", "в Оттаве"),)),
    _country("MX", "Mexico", "Mexiko", "le Mexique", "México", "Мексика",
             de_gen="Mexikos", de_from="aus Mexiko", de_in="in Mexiko", fr_of="du Mexique", fr_in="au Mexique",
             ru_gen="Мексики", ru_in="в Мексике", en_adj="Mexican", culture="es",
             cities=(_city("Mexico City", "Mexiko-Stadt", "Mexico", "Ciudad de México", "Мехико", "в Мехико"),)),
    _country("ZA", "South Africa", "Südafrika", "l'Afrique du Sud", "Sudáfrica", "ЮАР",
             de_gen="Südafrikas", de_from="aus Südafrika", de_in="in Südafrika", fr_of="de l'Afrique du Sud",
             fr_in="en Afrique du Sud", ru_gen="ЮАР", ru_in="в ЮАР", en_adj="South African", culture="en",
             cities=(_city("Pretoria", "Pretoria", "Pretoria", "Pretoria", "Претория", "в Претории"),)),
    _country("EG", "Egypt", "Ägypten", "l'Égypte", "Egipto", "Египет",
             de_gen="Ägyptens", de_from="aus Ägypten", de_in="in Ägypten", fr_of="de l'Égypte", fr_in="en Égypte",
             ru_gen="Египта", ru_in="в Египте", en_adj="Egyptian", culture="ar",
             cities=(_city("Cairo", "Kairo", "Le Caire", "El Cairo", "Каир", "в Каире", "au Caire"),)),
    _country("SA", "Saudi Arabia", "Saudi-Arabien", "l'Arabie saoudite", "Arabia Saudí", "Саудовская Аравия",
             de_gen="Saudi-Arabiens", de_from="aus Saudi-Arabien", de_in="in Saudi-Arabien",
             fr_of="de l'Arabie saoudite", fr_in="en Arabie saoudite", ru_gen="Саудовской Аравии",
             ru_in="в Саудовской Аравии", en_adj="Saudi", culture="ar",
             cities=(_city("Riyadh", "Riad", "Riyad", "Riad", "Эр-Рияд", "в Эр-Рияде"),)),
    _country("KR", "South Korea", "Südkorea", "la Corée du Sud", "Corea del Sur", "Южная Корея",
             de_gen="Südkoreas", de_from="aus Südkorea", de_in="in Südkorea", fr_of="de la Corée du Sud",
             fr_in="en Corée du Sud", ru_gen="Южной Кореи", ru_in="в Южной Корее", en_adj="South Korean",
             culture="ko", cities=(_city("Seoul", "Seoul", "Séoul", "Seúl", "Сеул", "в Сеуле"),)),
    _country("AU", "Australia", "Australien", "l'Australie", "Australia", "Австралия",
             de_gen="Australiens", de_from="aus Australien", de_in="in Australien", fr_of="de l'Australie",
             fr_in="en Australie", ru_gen="Австралии", ru_in="в Австралии", en_adj="Australian", culture="en",
             cities=(_city("Canberra", "Canberra", "Canberra", "Canberra", "Канберра", "в Канберре"),)),
    _country("NG", "Nigeria", "Nigeria", "le Nigeria", "Nigeria", "Нигерия",
             de_gen="Nigerias", de_from="aus Nigeria", de_in="in Nigeria", fr_of="du Nigeria", fr_in="au Nigeria",
             ru_gen="Нигерии", ru_in="в Нигерии", en_adj="Nigerian", culture="en",
             cities=(_city("Abuja", "Abuja", "Abuja", "Abuya", "Абуджа", "в Абудже"),)),
    _country("AR", "Argentina", "Argentinien", "l'Argentine", "Argentina", "Аргентина",
             de_gen="Argentiniens", de_from="aus Argentinien", de_in="in Argentinien", fr_of="de l'Argentine",
             fr_in="en Argentine", ru_gen="Аргентины", ru_in="в Аргентине", en_adj="Argentine", culture="es",
             cities=(_city("Buenos Aires", "Buenos Aires", "Buenos Aires", "Buenos Aires", "Буэнос-Айрес",
                           "в Буэнос-Айресе"),)),
    _country("IR", "Iran", "der Iran", "l'Iran", "Irán", "Иран",
             de_gen="des Iran", de_from="aus dem Iran", de_in="im Iran", fr_of="de l'Iran", fr_in="en Iran",
             ru_gen="Ирана", ru_in="в Иране", en_adj="Iranian", culture="fa",
             cities=(_city("Tehran", "Teheran", "Téhéran", "Teherán", "Тегеран", "в Тегеране"),)),
    _country("CH", "Switzerland", "die Schweiz", "la Suisse", "Suiza", "Швейцария",
             de_gen="der Schweiz", de_from="aus der Schweiz", de_in="in der Schweiz", fr_of="de la Suisse",
             fr_in="en Suisse", ru_gen="Швейцарии", ru_in="в Швейцарии", en_adj="Swiss", culture="de",
             cities=(_city("Geneva", "Genf", "Genève", "Ginebra", "Женева", "в Женеве"),
                     _city("Bern", "Bern", "Berne", "Berna", "Берн", "в Берне"))),
)
