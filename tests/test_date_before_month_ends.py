"""Spanish "antes de que termine el mes" (before the month is out) dates a plan to the running month, like "a
finales de mes"; "antes de que acabe el año" to the running year."""

from extracted import events_of

TEXT = ("Cancilleres de Perú y Ecuador acuerdan reabrir un paso fronterizo\n\n"
        "Tumbes. Los cancilleres de Perú, Javier Soto, y de Ecuador, Diego Villacís, se reunieron el martes en Tumbes. "
        "Según fuentes de la Cancillería, los presidentes Ana Quispe y Mauricio Andrade podrían reunirse en la frontera "
        "antes de que termine el mes.\n")


def test_presidents_meeting_before_the_month_ends():
    events = events_of(TEXT, "es", "2026-08-06")
    uncertain = [e for e in events if e.status == "Uncertain"]
    assert [e.date.value for e in uncertain if e.date] == ["2026-08"]


def test_english_before_the_month_is_out():
    text = ("Kenya and Tanzania agree to reopen border post\n\n"
            "NAIROBI, Aug 6 (Reuters) - Kenyan Foreign Minister Grace Wanjiru and her Tanzanian counterpart Juma Mwinyi "
            "met in Nairobi on Tuesday. The two presidents could meet at the border before the month is out, officials "
            "said.\n")
    events = events_of(text, "en", "2026-08-06")
    assert [e.date.value for e in events if e.status == "Uncertain" and e.date] == ["2026-08"]
