"""Where bulk stories and events are: a region's territory, a city, a postcode, a street,
the time zone, from `data/places.toml` and the seeded territories."""

from dataclasses import dataclass

from home.bulk.words import places


@dataclass(frozen=True)
class Place:
    region: object  # the region's translation key
    country: object  # the country's translation key
    country_code: str
    city: str
    postcode: str
    street_address: str
    time_zone: str


class Places:
    def __init__(self, territories):
        """`territories`: a `Terms` of every territory; regions missing from it (a
        region someone deleted) are left out."""
        data = places()
        self.countries = data["countries"]
        self.regions = [
            (code, region, territories.key_of(code=code), territories.key_of(code=code[:2]))
            for code, region in sorted(data["regions"].items())
            if territories.key_of(code=code) and territories.key_of(code=code[:2])
        ]

    def __bool__(self):
        return bool(self.regions)

    def pick(self, rng):
        code, region, region_key, country_key = rng.choice(self.regions)
        country = self.countries[code[:2]]
        city, postcode_start = rng.choice(region["cities"])
        postcode = postcode_start + "".join(
            str(rng.randrange(10)) for _ in range(5 - len(postcode_start))
        )
        street = country["street"].format(
            name=rng.choice(country["street_names"]), number=rng.randint(1, 120)
        )
        return Place(
            region=region_key,
            country=country_key,
            country_code=code[:2],
            city=city,
            postcode=postcode,
            street_address=street,
            time_zone=region.get("time_zone", country["time_zone"]),
        )
