"""An eve counted from a lead's day told days before publication (and not from a wire's capital-letter dateline),
an expulsion the envoy was told of at his summons, a definite noun naming an act told before, a new date told in
the sentence after a postponement ("Es soll nun am 9. Oktober stattfinden"), and "at the same time" after a
summons' sentences of detail."""

from __future__ import annotations

from datetime import date

from extracted import events_of


def _days(text: str, lang: str, published: date, kind: str) -> list[str | None]:
    return [e.date.value if e.date else None for e in events_of(text, lang, published) if e.type == kind]


def test_eve_deep_in_the_text_counts_from_a_lead_day_told_days_before() -> None:
    text = ("Entretien du ministre avec son homologue sénégalais\n\nLe ministre des Affaires étrangères, M. Paul "
            "Garnier, s'est entretenu lundi dernier par téléphone avec son homologue sénégalais, M. Ousmane Diallo.\n\n"
            "Les deux ministres ont évoqué la situation au Sahel. Ils sont convenus de se revoir à Dakar en mai.\n\n"
            "La veille, M. Garnier avait reçu à Paris le ministre ghanéen des Affaires étrangères, M. Kwame Mensah.")
    assert _days(text, "fr", date(2026, 4, 16), "Meeting") == ["2026-04-12"]


def test_eve_skips_a_capital_letter_dateline() -> None:
    text = ("Министры провели встречу\n\nАСТАНА, 21 сентября. Министры иностранных дел Казахстана и Узбекистана "
            "Ерлан Сагинтаев и Бахтиёр Саидов провели в минувшую пятницу переговоры в Астане.\n\nСтороны обсудили "
            "транзит и энергетику. Отдельно обсуждалась подготовка выставки, которая откроется в ноябре.\n\n"
            "Накануне Бахтиёра Саидова принял Президент Казахстана Аслан Бекмухамедов.")
    meetings = events_of(text, "ru", date(2026, 9, 21))
    assert "2026-09-17" in [e.date.value for e in meetings if e.date and e.type == "Meeting"]


def test_expulsion_the_envoy_was_told_of_takes_the_summons_day() -> None:
    text = ("Latvia summons Russian chargé d'affaires\n\nOn Tuesday, 14 April, the Ministry of Foreign Affairs of "
            "Latvia summoned the Chargé d'Affaires of Russia, Ivan Petrov, to the Ministry in Riga.\n\nA drone had "
            "crossed the border on Sunday. Riga called it a provocation.\n\nPetrov was received by the State "
            "Secretary, Anna Ozola, who handed him a note of protest. He was also informed that a diplomat of the "
            "Russian Embassy has been declared persona non grata and must leave Latvia within 72 hours.")
    assert _days(text, "en", date(2026, 4, 14), "Expulsion") == ["2026-04-14"]


def test_definite_noun_takes_the_day_of_the_act_of_its_type_told_before() -> None:
    text = ("President of Zambia on state visit to Malawi\n\nLilongwe — Zambia's President Joseph Banda held talks "
            "with his Malawian counterpart, President Peter Phiri, in Lilongwe yesterday, on the second day of a "
            "three-day state visit.\n\nBanda arrived on Monday morning and was welcomed by Phiri at a ceremony at "
            "the State House later that day.\n\nAccording to the presidency, the talks covered trade and energy. "
            "The two foreign ministers, Mary Tembo and John Chirwa, then signed an agreement on rail transit.")
    assert _days(text, "en", date(2026, 5, 6), "Ceremony")[-1] == "2026-05-05"


def test_new_date_told_after_the_postponement_with_a_day_number() -> None:
    text = ("Gipfel verschoben\n\nBrüssel, 5. Mai 2026\n\nDas ursprünglich für den 18. Mai in Riga geplante "
            "Gipfeltreffen der EU mit Lettland wird verschoben. Es soll nun am 9. Oktober in Riga stattfinden.")
    assert _days(text, "de", date(2026, 5, 5), "Summit") == ["2026-10-09"]


def test_at_the_same_time_after_two_sentences_of_summons_detail() -> None:
    text = ("Berlin - Die Bundesregierung hat den iranischen Botschafter Kasem Nouri einbestellt. Nouri sei am "
            "Dienstagvormittag im Auswärtigen Amt erschienen, teilte eine Sprecherin mit. Staatssekretär Jan Berger "
            "habe ihm den Protest übermittelt.\n\nZugleich wies Berlin zwei Mitarbeiter der iranischen Botschaft aus.")
    assert _days(text, "de", date(2026, 6, 17), "Expulsion") == ["2026-06-16"]
