"""A signing told with no one named right after talks is held by the talks' parties: "По итогам переговоров в
присутствии глав государств подписан ряд документов", "Ils ont ensuite présidé la signature de cinq accords"; a
sentence opening with a singular pronoun gives the talks' subject alone ("Il a ensuite assisté à la cérémonie de
signature")."""

from datetime import date

from extracted import events_of, of_type


def test_signing_after_talks_is_the_talks_parties() -> None:
    text = (
        "Российско-мозамбикские переговоры\n\n18 ноября 2026 года, Москва, Кремль\n\n"
        "Дмитрий Савельев провёл переговоры с Президентом Республики Мозамбик Жоакином Машавой, находящимся в России "
        "с официальным визитом.\n\n"
        "По итогам переговоров в присутствии глав двух государств подписан ряд документов, включая соглашение о "
        "сотрудничестве в области энергетики."
    )
    ceremonies = of_type(events_of(text, "ru", date(2026, 11, 18)), "Ceremony")
    assert len(ceremonies) == 1
    assert len(ceremonies[0].attendees) == 2


def test_plural_subject_signing_is_both_leaders() -> None:
    text = (
        "DAKAR, 18 nov 2026 (AFP) - Le président sénégalais Cheikh Tidiane Faye a reçu mardi au palais le Premier "
        "ministre malaisien Kamarul Azmi Hashim. Ils ont ensuite présidé la signature de cinq accords, selon la "
        "présidence sénégalaise."
    )
    ceremonies = of_type(events_of(text, "fr", date(2026, 11, 18)), "Ceremony")
    assert len(ceremonies) == 1
    assert {p.name for p in ceremonies[0].attendees} == {"Cheikh Tidiane Faye", "Kamarul Azmi Hashim"}


def test_singular_pronoun_gives_the_subject_alone() -> None:
    text = (
        "Paris, le 6 mars 2026. Le 4 mars, à Accra, M. Étienne Marchal s'est entretenu avec la ministre des Affaires "
        "étrangères du Ghana, Mme Akosua Mensah-Boateng. Il a ensuite assisté à la cérémonie de signature d'une "
        "convention de financement."
    )
    ceremonies = of_type(events_of(text, "fr", date(2026, 3, 6)), "Ceremony")
    assert len(ceremonies) == 1
    assert [p.name for p in ceremonies[0].attendees] == ["Étienne Marchal"]
