"""Events: times in their own zone, past and upcoming, the calendar file."""

import datetime
from unittest import mock

from django.test import TestCase, override_settings
from django.utils import timezone

import icalendar

from tests.factories.content import EventPageFactory, NewsIndexPageFactory
from tests.factories.home import make_home


class EventTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = make_home()
        cls.index = NewsIndexPageFactory(parent=cls.home)
        cls.conference = EventPageFactory(
            parent=cls.index,
            title="Closing conference",
            slug="closing-conference",
            start=datetime.datetime(2021, 10, 22, 7, 30, tzinfo=datetime.UTC),
            end=datetime.datetime(2021, 10, 22, 15, 0, tzinfo=datetime.UTC),
            time_zone="Europe/Brussels",
            event_format="hybrid",
            venue="Residence Palace",
            address="Rue de la Loi 155, 1040 Brussels",
        )

    def test_calendar_file_has_the_event_in_its_time_zone(self):
        response = self.client.get("/en/news/closing-conference/calendar/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["Content-Type"], "text/calendar; charset=utf-8")
        self.assertIn("closing-conference.ics", response["Content-Disposition"])
        calendar = icalendar.Calendar.from_ical(response.content)
        (event,) = calendar.walk("VEVENT")
        start = event.decoded("dtstart")
        self.assertEqual(str(start.tzinfo), "Europe/Brussels")
        self.assertEqual((start.hour, start.minute), (9, 30))
        self.assertEqual(event.decoded("dtend").hour, 17)
        self.assertEqual(str(event["summary"]), "Closing conference")
        self.assertIn("Residence Palace", str(event["location"]))
        self.assertEqual(
            str(event["url"]), "http://testserver/en/news/closing-conference/"
        )

    def test_event_page_shows_local_time_and_that_it_has_ended(self):
        response = self.client.get("/en/news/closing-conference/")
        self.assertContains(response, "9:30")
        self.assertContains(response, "This event has ended")

    def test_upcoming_event_offers_the_calendar_file(self):
        EventPageFactory(parent=self.index, slug="webinar")
        response = self.client.get("/en/news/webinar/")
        self.assertNotContains(response, "This event has ended")
        self.assertContains(response, 'href="/en/news/webinar/calendar/"')

    @override_settings(PAGE_CACHE_SECONDS=0)
    def test_an_event_that_ends_shows_it_on_the_next_request(self):
        """The page's main content is shared by every visitor until content
        changes (`fragment_key`): an event's ending changes it too. (The
        page cache keeps a whole page up to PAGE_CACHE_SECONDS.)"""
        event = EventPageFactory(
            parent=self.index, slug="webinar", registration_url="https://example.org/r"
        )
        for _ in range(2):  # rendered, then from the shared fragment
            response = self.client.get("/en/news/webinar/")
            self.assertNotContains(response, "This event has ended")
            self.assertContains(response, "Register for this event")
        later = event.end + datetime.timedelta(minutes=1)
        with mock.patch.object(timezone, "now", return_value=later):
            response = self.client.get("/en/news/webinar/")
        self.assertContains(response, "This event has ended")
        self.assertNotContains(response, "Register for this event")
