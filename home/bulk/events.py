"""Bulk events: fairs, markets, forums… with one to three dates each, from about two
years ago to a year ahead, so both the upcoming list and the archive are full."""

import datetime
import uuid

from core.models import EventType, Territory
from events.models import EventOccurrence, EventPage, EventParticipant, EventTag
from home.bulk.pages import PageBuilder, fill, page_family
from home.bulk.text import Said, clipped

DAYS_BACK, DAYS_AHEAD = 730, 365
STATUSES = {"scheduled": 86, "cancelled": 5, "postponed": 4, "rescheduled": 3, "moved-online": 2}
ATTENDANCE = {"in-person": 75, "online": 12, "mixed": 13}
PATTERNS = {"one day": 50, "all day": 15, "consecutive days": 20, "weekly": 15}


class EventBuilder(PageBuilder):
    model = EventPage
    label = "events"

    def build(self):
        material, rng = self.material, self.material.rng
        attendance = material.weighted(ATTENDANCE)
        place = material.places.pick(rng)
        dates = self.dates()
        announced = dates[0][0] - datetime.timedelta(days=rng.randint(14, 120))
        published_at = min(
            datetime.datetime.combine(announced, datetime.time(9), tzinfo=datetime.UTC),
            material.now - datetime.timedelta(hours=rng.randint(1, 48)),
        )
        titles = material.writer.title(3, 7)
        pages = page_family(material, EventPage, titles, published_at)
        fill(
            pages,
            self.shared(place, attendance),
            self.localized(place, attendance),
            self.relations(dates),
        )
        for page in pages.values():
            page.calendar_fingerprint = page.calendar_state()
        return pages

    def dates(self):
        """[(start date, start time, end time, all day)]: one to three dates."""
        material, rng = self.material, self.material.rng
        first = self.material.now.date() + datetime.timedelta(
            days=rng.randint(-DAYS_BACK, DAYS_AHEAD)
        )
        pattern = material.weighted(PATTERNS)
        if pattern == "all day":
            return [(first, None, None, True)]
        start = datetime.time(rng.randint(9, 18), rng.choice([0, 30]))
        end = datetime.time(min(start.hour + rng.randint(2, 5), 23), start.minute)
        count = 1 if pattern == "one day" else rng.randint(2, 3)
        step = 7 if pattern == "weekly" else 1
        return [
            (first + datetime.timedelta(days=step * n), start, end, False) for n in range(count)
        ]

    def shared(self, place, attendance):
        material, rng = self.material, self.material.rng
        code = uuid.UUID(int=rng.getrandbits(128)).hex[:10]
        organiser = material.writer.name()
        return {
            "time_zone": place.time_zone,
            "status": material.weighted(STATUSES),
            "attendance_mode": attendance,
            "street_address": place.street_address if attendance != "online" else "",
            "postcode": place.postcode if attendance != "online" else "",
            "country": place.country_code,
            "online_url": f"https://meet.example.org/{code}" if attendance != "in-person" else "",
            "organiser_name": organiser,
            "organiser_url": f"https://{code}.example.org/" if rng.random() < 0.5 else "",
            "registration_url": f"https://{code}.example.org/join" if rng.random() < 0.4 else "",
            "hero_image": material.image(),
        }

    def localized(self, place, attendance):
        material, writer = self.material, self.material.writer
        types, territories = material.terms(EventType), material.terms(Territory)
        free = material.rng.random() < 0.6
        in_person = attendance != "online"
        blocks = [("paragraph", writer.paragraph(2, 4)) for _ in range(material.rng.randint(1, 3))]
        return {
            "event_type": types.said(types.pick(material.rng)[0]),
            "summary": writer.sentences(1, 2).map(lambda text: clipped(text, 300)),
            "venue_name": writer.entry("venues") if in_person else writer.label("online_venue"),
            "city": Said.same(place.city if in_person else "", material.languages),
            "territory": territories.said(place.region if in_person else place.country),
            "price": Said.same("", material.languages) if free else writer.entry("prices"),
            "hero_alt": writer.label("image_alt", words=writer.words(3, 6)),
            "body": writer.stream(blocks),
        }

    def relations(self, dates):
        """Occurrences and participants are synchronised: each translation has copies
        of the original's dates (same `uid`), and participants point at the original
        stories."""
        material, rng = self.material, self.material.rng
        uids = [uuid.UUID(int=rng.getrandbits(128), version=4) for _ in dates]
        stories = material.some_stories(share=0.3)
        tags = material.tags.pick(rng, rng.randint(0, 3))

        def relations(language, page):
            occurrences = [
                EventOccurrence(
                    start_date=day,
                    start_time=start,
                    end_time=end,
                    all_day=all_day,
                    uid=uid,
                    sort_order=n,
                )
                for n, ((day, start, end, all_day), uid) in enumerate(zip(dates, uids, strict=True))
            ]
            for occurrence in occurrences:
                occurrence.compute_instants(page.zone)
            return {
                "occurrences": occurrences,
                "participants": [
                    EventParticipant(page_id=story, sort_order=n) for n, story in enumerate(stories)
                ],
                "tagged_items": [EventTag(tag=tag[language]) for tag in tags],
            }

        return relations
