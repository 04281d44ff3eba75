"""Voting days of Indonesia's national elections (Pemilu) and simultaneous regional elections
(Pilkada), for telling which election an event serves when the article names the kind of
election but not its year ("tahapan Pilkada", "jelang pemungutan suara"): the one whose voting day
is next after the event's date, or has just passed (results, disputes and the seating of the
elected follow it). A table of the calendar, not of any page; 2029 is the day the law sets
(the year, not the day, is what the topic uses)."""
from datetime import date

PEMILU = {2009: date(2009, 4, 9), 2014: date(2014, 4, 9), 2019: date(2019, 4, 17), 2024: date(2024, 2, 14),
          2029: date(2029, 2, 14)}
PILKADA = {2015: date(2015, 12, 9), 2017: date(2017, 2, 15), 2018: date(2018, 6, 27), 2020: date(2020, 12, 9),
           2024: date(2024, 11, 27), 2029: date(2029, 11, 28)}
# Pilpres 2014 was a second voting day (9 July 2014) of the same Pemilu 2014
AFTER_DAYS = 120  # recapitulation, disputes at the Constitutional Court, the elected set: up to four months on
BEFORE_DAYS = 730  # the stages of a Pemilu open some twenty months before its voting day


def served(days: dict[int, date], on: date) -> int | None:
    """The year of the election in `days` an event on `on` serves, if one is near enough."""
    for year, day in sorted(days.items()):
        if (on - day).days <= AFTER_DAYS and (day - on).days <= BEFORE_DAYS:
            return year
    return None
