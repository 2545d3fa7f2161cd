"""French names of places whose English GeoNames name differs, and regions GeoNames does not list."""

from __future__ import annotations

#: GeoNames (English) city name -> the French name veille shows.
CITY_NAMES: dict[str, str] = {
    "Moscow": "Moscou", "Kyiv": "Kiev", "London": "Londres", "Beijing": "Pékin", "Brussels": "Bruxelles",
    "Vienna": "Vienne", "Warsaw": "Varsovie", "Athens": "Athènes", "Lisbon": "Lisbonne", "Rome": "Rome",
    "Geneva": "Genève", "Munich": "Munich", "Cologne": "Cologne", "Venice": "Venise", "Florence": "Florence",
    "Naples": "Naples", "Milan": "Milan", "Copenhagen": "Copenhague", "Stockholm": "Stockholm",
    "Prague": "Prague", "Bucharest": "Bucarest", "Saint Petersburg": "Saint-Pétersbourg", "Cairo": "Le Caire",
    "Algiers": "Alger", "Tripoli": "Tripoli", "Damascus": "Damas", "Beirut": "Beyrouth", "Baghdad": "Bagdad",
    "Tehran": "Téhéran", "Jerusalem": "Jérusalem", "New York City": "New York", "Mexico City": "Mexico",
    "Washington": "Washington", "Tokyo": "Tokyo", "Seoul": "Séoul", "New Delhi": "New Delhi",
    "Kharkiv": "Kharkiv", "Odesa": "Odessa", "Tbilisi": "Tbilissi", "Minsk": "Minsk", "Ankara": "Ankara",
    "Istanbul": "Istanbul", "Gaza": "Gaza", "Montreal": "Montréal", "Quebec": "Québec", "Havana": "La Havane",
    "Singapore": "Singapour", "Kabul": "Kaboul", "Riyadh": "Riyad", "Bamako": "Bamako", "Dakar": "Dakar",
}

#: Regions and other places that neither GeoNames' cities nor the country lists name.
REGIONS: frozenset[str] = frozenset({
    "Europe", "Afrique", "Asie", "Amérique", "Amérique du Nord", "Amérique du Sud", "Amérique latine",
    "Océanie", "Moyen-Orient", "Proche-Orient", "Maghreb", "Sahel", "Occident", "Europe de l'Est",
    "Europe de l'Ouest", "Balkans", "Caucase", "Donbass", "Crimée", "Cisjordanie", "Bande de Gaza",
})
