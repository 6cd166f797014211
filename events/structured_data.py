"""schema.org Event data, one per upcoming date, for search engines."""

STATUS = {
    "scheduled": "https://schema.org/EventScheduled",
    "cancelled": "https://schema.org/EventCancelled",
    "postponed": "https://schema.org/EventPostponed",
    "rescheduled": "https://schema.org/EventRescheduled",
    "moved-online": "https://schema.org/EventMovedOnline",
}
ATTENDANCE = {
    "in-person": "https://schema.org/OfflineEventAttendanceMode",
    "online": "https://schema.org/OnlineEventAttendanceMode",
    "mixed": "https://schema.org/MixedEventAttendanceMode",
}


def location(event):
    places = []
    if event.attendance_mode in ("in-person", "mixed"):
        places.append(
            {
                "@type": "Place",
                "name": event.venue_name or event.city,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": event.street_address,
                    "postalCode": event.postcode,
                    "addressLocality": event.city,
                    "addressRegion": event.territory.name if event.territory else "",
                    "addressCountry": event.country,
                },
            }
        )
    if event.attendance_mode in ("online", "mixed"):
        places.append({"@type": "VirtualLocation", "url": event.online_url})
    return places[0] if len(places) == 1 else places


def event_structured_data(event, upcoming, request):
    url = request.build_absolute_uri(event.get_url(request))
    image = None
    if event.hero_image:
        rendition = event.hero_image.get_rendition("fill-1200x630|format-jpeg")
        image = request.build_absolute_uri(rendition.url)
    items = []
    for occurrence in upcoming:
        start, end = occurrence.start_at(event.zone), occurrence.end_at(event.zone)
        item = {
            "@context": "https://schema.org",
            "@type": "Event",
            "name": event.title,
            "description": event.summary,
            "url": url,
            "inLanguage": event.locale.language_code,
            "startDate": start.date().isoformat() if occurrence.all_day else start.isoformat(),
            "endDate": end.date().isoformat() if occurrence.all_day else end.isoformat(),
            "eventStatus": STATUS[event.status],
            "eventAttendanceMode": ATTENDANCE[event.attendance_mode],
            "location": location(event),
            "offers": {
                "@type": "Offer",
                "url": event.registration_url or url,
                "price": "0" if event.is_free else event.price,
                "priceCurrency": "EUR",
                "availability": "https://schema.org/InStock",
            },
        }
        if event.organiser_name:
            item["organizer"] = {
                "@type": "Organization",
                "name": event.organiser_name,
                "url": event.organiser_url,
            }
        if image:
            item["image"] = [image]
        items.append(item)
    return items
