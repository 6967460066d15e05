"""iCalendar (.ics) files for events, made with the icalendar library."""

from django.utils import timezone

import icalendar

from home.addresses import absolute_url


def event_to_ical(event, request):
    """A calendar with the one event, in its own time zone, as bytes."""
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//Equalcity//Events//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")

    entry = icalendar.Event()
    entry.add("uid", f"{event.translation_key}-{event.locale.language_code}@equalcity")
    entry.add("dtstamp", timezone.now())
    entry.add("dtstart", event.local_start)
    entry.add("dtend", event.local_end)
    entry.add("summary", event.title)
    entry.add("description", event.summary)
    entry.add("url", absolute_url(event.get_url(request)))
    location = ", ".join(part for part in (event.venue, event.address) if part)
    if location:
        entry.add("location", location.replace("\n", ", "))
    calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()
