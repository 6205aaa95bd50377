"""A statement told after the end of an act of several days is dated by its last day ("at the close of the
talks" after talks on 10-11 November; "nach dem Ende der Runde" a few sentences after a round that ended on
Thursday: _dateclosing.closing_act_day and closing_statements); an arrival told before talks dates no statement
that follows the talks (_dateshare._day_before); a page's own date on a line of its own does not keep "am Vortag"
from counting back from the lead's "gestern" (_dateanchor._lead_day)."""

from __future__ import annotations

from datetime import date

from extracted import date_of, events_of


def test_a_communique_at_the_close_of_talks_of_two_days() -> None:
    text = ("KAMPALA, 12 November 2026 – The Republic of Uganda and the United Republic of Tanzania concluded the "
            "second round of bilateral talks on lake fisheries, held in Kampala on 10-11 November 2026.\n\nThe Ugandan "
            "delegation was led by the Minister of Foreign Affairs, Hon. Moses Kato Ssemanda, while the Tanzanian "
            "delegation was led by the Minister of Foreign Affairs, Hon. Rehema Salim Mwakyusa.\n\nOn Wednesday "
            "evening, Mr Ssemanda and Ms Mwakyusa signed a Memorandum of Understanding on joint patrols on Lake "
            "Victoria. The two sides adopted a Joint Communiqué at the close of the talks.")
    assert date_of(events_of(text, "en", date(2026, 11, 12)), "Statement") == "2026-11-11"


def test_a_statement_after_the_end_of_a_round_told_sentences_later() -> None:
    text = ("Wasser-Streit: Verhandlungsrunde in Wien ohne Ergebnis\n\nWien. Nach drei Tagen zäher Gespräche sind die "
            "Verhandlungen über den Mekong am Donnerstagabend in Wien ohne Einigung zu Ende gegangen. Die Delegationen "
            "Laos' und Kambodschas hatten seit Dienstag in der Hofburg verhandelt. Geleitet wurden sie vom laotischen "
            "Wasserminister Somsak Phommachanh und vom kambodschanischen Chefunterhändler Sokha Chhun.\n\nSomsak "
            "sprach nach dem Ende der Runde vor Journalisten von «schwierigen» Gesprächen.")
    events = events_of(text, "de", date(2026, 11, 13))
    assert date_of(events, "Statement") == "2026-11-12"


def test_an_arrival_the_day_before_dates_no_joint_statement() -> None:
    text = ("Российско-эфиопские переговоры\n\n3 марта 2026 года, Москва, Кремль\n\nИгорь Северцев провёл переговоры с "
            "Премьер-министром Федеративной Демократической Республики Эфиопия Текле Алему, находящимся в России с "
            "официальным визитом.\n\nПремьер-министр Эфиопии прибыл в Москву накануне. Переговоры прошли сначала в узком "
            "составе, а затем с участием членов делегаций. Обсуждались вопросы торгово-экономического сотрудничества."
            "\n\nПо итогам переговоров лидеры двух стран приняли Совместное заявление об углублении отношений "
            "всеобъемлющего партнёрства. Кроме того, в присутствии Игоря Северцева и Текле Алему Министр иностранных дел "
            "России Пётр Лаврин и Министр иностранных дел Эфиопии Мекдес Хайле подписали межправительственное соглашение "
            "о сотрудничестве в области образования.")
    assert date_of(events_of(text, "ru", date(2026, 3, 3)), "Statement") == "2026-03-03"


def test_the_day_before_the_lead_day_under_a_page_date() -> None:
    text = ("Außenminister empfängt finnische Amtskollegin\n\nPressemitteilung 24.06.2026\n\nAußenminister Matthias "
            "Kellner hat gestern (23.06.) die Außenministerin der Republik Finnland, Aino Virtanen, im Auswärtigen Amt "
            "in Berlin empfangen.\n\nIm Mittelpunkt der Gespräche stand die Sicherheit im Ostseeraum. Im Anschluss "
            "unterzeichneten beide Minister eine Absichtserklärung.\n\nAußenministerin Virtanen war bereits am Vortag "
            "im Auswärtigen Amt mit Staatssekretärin Helga Brandt zu einem Gespräch zusammengetroffen.")
    events = events_of(text, "de", date(2026, 6, 24))
    brandt = [e for e in events if any(p.name == "Helga Brandt" for p in e.attendees)]
    assert [e.date.value for e in brandt] == ["2026-06-22"]
