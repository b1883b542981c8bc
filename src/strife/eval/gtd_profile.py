"""The shape of GTD 2016-2018 as a generator needs it: which countries, how busy, which way.

Figures are rough incidents per year written from general knowledge of the period (Iraq's
decline after Mosul, Afghanistan steady, the Sahel and Cameroon rising in 2018, Turkey and
Egypt falling after 2016, a long tail of countries with a handful of incidents a year); no
GTD data was copied or consulted. ``first_week`` is the week (0 = the first week of 2016)
before which a country has no incidents at all, as for a conflict that starts mid-series.
The city is one the gazetteer knows, for rows written without coordinates.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class CountryProfile:
    country: str
    city: str
    per_year: tuple[float, float, float]  # incidents in 2016, 2017, 2018
    first_week: int = 0


def _p(country: str, city: str, a: float, b: float, c: float, first: int = 0) -> CountryProfile:
    return CountryProfile(country, city, (a, b, c), first)


PROFILE: tuple[CountryProfile, ...] = (
    # The two busiest: tens of incidents a week.
    _p("Iraq", "Baghdad", 2900, 2400, 1300), _p("Afghanistan", "Kabul", 1350, 1400, 1450),
    # Five to twenty a week.
    _p("India", "Srinagar", 1000, 950, 780), _p("Pakistan", "Peshawar", 850, 700, 420),
    _p("Somalia", "Mogadishu", 600, 620, 700), _p("Philippines", "Cotabato", 680, 700, 600),
    _p("Nigeria", "Maiduguri", 500, 480, 650), _p("Yemen", "Aden", 620, 420, 300),
    _p("Syria", "Aleppo", 480, 400, 300), _p("Turkey", "Diyarbakir", 470, 160, 60),
    # One to five a week.
    _p("Libya", "Benghazi", 400, 170, 100), _p("Egypt", "Arish", 300, 200, 80),
    _p("Thailand", "Pattani", 250, 150, 140), _p("Cameroon", "Maroua", 120, 170, 350),
    _p("Democratic Republic of the Congo", "Goma", 240, 230, 280),
    _p("Colombia", "Cucuta", 150, 120, 170), _p("Mali", "Gao", 110, 190, 230),
    _p("Sudan", "Khartoum", 150, 120, 90), _p("Bangladesh", "Dhaka", 120, 60, 40),
    _p("United Kingdom", "Belfast", 110, 130, 90), _p("Burundi", "Bujumbura", 150, 40, 20),
    _p("Central African Republic", "Bangui", 90, 140, 120),
    _p("South Sudan", "Juba", 100, 80, 70), _p("Nepal", "Kathmandu", 60, 90, 140),
    _p("Kenya", "Mandera", 80, 90, 120), _p("Myanmar", "Yangon", 60, 100, 90),
    _p("Ukraine", "Donetsk", 100, 50, 40), _p("Greece", "Athens", 100, 90, 60),
    _p("Germany", "Berlin", 100, 80, 40), _p("Israel", "Jerusalem", 100, 60, 50),
    _p("Ethiopia", "Addis Ababa", 70, 60, 120), _p("Burkina Faso", "Ouagadougou", 20, 40, 150),
    _p("Niger", "Niamey", 60, 50, 90), _p("Mozambique", "Pemba", 0, 20, 110, first=91),
    _p("United States", "Chicago", 65, 65, 67), _p("Russia", "Moscow", 50, 40, 30),
    # A few a month or fewer.
    _p("France", "Paris", 40, 40, 30), _p("Saudi Arabia", "Riyadh", 40, 40, 20),
    _p("Indonesia", "Jakarta", 40, 30, 40), _p("South Africa", "Johannesburg", 20, 20, 25),
    _p("Venezuela", "Caracas", 20, 40, 30), _p("Lebanon", "Beirut", 30, 20, 10),
    _p("Iran", "Tehran", 20, 20, 30), _p("Mexico", "Mexico City", 20, 20, 30),
    _p("Chile", "Santiago", 20, 30, 30), _p("Nicaragua", "Managua", 0, 0, 50, first=119),
    _p("Sri Lanka", "Colombo", 5, 5, 30), _p("Bahrain", "Manama", 20, 15, 5),
    _p("Ireland", "Dublin", 20, 15, 10), _p("Peru", "Lima", 20, 15, 10),
    _p("Italy", "Rome", 10, 20, 20), _p("Tunisia", "Tunis", 15, 10, 5),
    _p("Uganda", "Kampala", 15, 10, 15), _p("Chad", "N'Djamena", 10, 10, 15),
    _p("Brazil", "Rio de Janeiro", 10, 15, 20), _p("Tanzania", "Dar es Salaam", 5, 10, 20),
    _p("Spain", "Madrid", 10, 10, 10), _p("Sweden", "Stockholm", 10, 10, 10),
    _p("Paraguay", "Asuncion", 10, 10, 10), _p("Algeria", "Algiers", 10, 10, 5),
    _p("Republic of the Congo", "Brazzaville", 10, 5, 2), _p("Jordan", "Amman", 10, 5, 5),
    _p("Zimbabwe", "Harare", 3, 5, 10), _p("Belgium", "Brussels", 10, 5, 5),
    _p("Guinea", "Conakry", 5, 10, 5), _p("Ecuador", "Quito", 5, 5, 15),
    _p("Rwanda", "Kigali", 2, 2, 10), _p("Kosovo", "Pristina", 5, 5, 3),
    _p("Albania", "Tirana", 5, 5, 3), _p("Cyprus", "Nicosia", 5, 4, 3),
    _p("Papua New Guinea", "Port Moresby", 5, 5, 5), _p("Honduras", "Tegucigalpa", 5, 5, 5),
    _p("Argentina", "Buenos Aires", 5, 5, 5), _p("Canada", "Toronto", 5, 5, 5),
    _p("Australia", "Sydney", 5, 5, 5), _p("Madagascar", "Antananarivo", 5, 5, 5),
    _p("China", "Urumqi", 5, 5, 3), _p("Netherlands", "Amsterdam", 5, 5, 3),
    _p("Kazakhstan", "Aktobe", 5, 2, 1), _p("Georgia", "Tbilisi", 5, 3, 2),
    _p("Ivory Coast", "Abidjan", 5, 2, 2), _p("Zambia", "Lusaka", 2, 5, 5),
    _p("Haiti", "Port-au-Prince", 2, 3, 5), _p("Tajikistan", "Dushanbe", 1, 1, 5),
    _p("Senegal", "Dakar", 1, 2, 5), _p("Guatemala", "Guatemala City", 3, 3, 3),
    _p("Austria", "Vienna", 3, 3, 2), _p("Serbia", "Belgrade", 3, 3, 2),
    _p("Montenegro", "Podgorica", 3, 2, 3), _p("Denmark", "Copenhagen", 3, 2, 2),
    _p("Morocco", "Rabat", 3, 2, 2), _p("Togo", "Lome", 3, 2, 2),
    _p("Kyrgyzstan", "Bishkek", 3, 1, 1), _p("El Salvador", "San Salvador", 3, 2, 2),
    _p("Armenia", "Yerevan", 3, 2, 1), _p("Bolivia", "La Paz", 2, 3, 2),
    _p("Kuwait", "Kuwait City", 2, 2, 1), _p("Bulgaria", "Sofia", 2, 2, 2),
    _p("Azerbaijan", "Baku", 2, 1, 2), _p("Macedonia", "Skopje", 2, 2, 1),
    _p("Bosnia-Herzegovina", "Sarajevo", 2, 2, 1), _p("Ghana", "Accra", 2, 2, 2),
    _p("Benin", "Cotonou", 2, 1, 2), _p("Malawi", "Lilongwe", 2, 1, 2),
    _p("Lesotho", "Maseru", 2, 1, 1), _p("Switzerland", "Zurich", 2, 2, 1),
    _p("Poland", "Warsaw", 2, 1, 1), _p("Vietnam", "Hanoi", 2, 1, 1),
    _p("Malaysia", "Kuala Lumpur", 5, 5, 5), _p("Maldives", "Male", 2, 1, 1),
    _p("Japan", "Tokyo", 1, 1, 1), _p("Norway", "Oslo", 1, 1, 1),
    _p("Finland", "Helsinki", 1, 2, 1), _p("Portugal", "Lisbon", 1, 1, 1),
    _p("Romania", "Bucharest", 1, 1, 1), _p("Hungary", "Budapest", 1, 1, 1),
    _p("Czech Republic", "Prague", 1, 1, 1), _p("Cambodia", "Phnom Penh", 1, 1, 1),
    _p("Laos", "Vientiane", 1, 1, 1), _p("Djibouti", "Djibouti", 1, 1, 1),
    _p("Eritrea", "Asmara", 1, 1, 1), _p("Mauritania", "Nouakchott", 1, 1, 1),
    _p("Sierra Leone", "Freetown", 1, 1, 1), _p("Liberia", "Monrovia", 1, 1, 1),
    _p("Gabon", "Libreville", 1, 1, 1), _p("Angola", "Luanda", 1, 1, 1),
    _p("Eswatini", "Mbabane", 1, 1, 1), _p("United Arab Emirates", "Dubai", 1, 1, 1),
    _p("New Zealand", "Auckland", 0, 0, 1, first=110), _p("Fiji", "Suva", 0, 1, 0, first=60),
)  # fmt: skip
