"""The event's admin form: every date is checked in the time zone chosen in the
same form, and a time the clocks repeat asks which of the two is meant.

The checks themselves are the dates' own (`EventOccurrence.clean`), so their
messages sit on the time they are about; this form only tells each date which
zone to read its times in, and shows the "which one?" choice where a time
happens twice — nowhere else, as an editor meets it a few times a year.
"""

import zoneinfo

from django import forms
from django.utils.translation import gettext as _
from wagtail.admin.panels import FieldPanel

from core.vocabulary_fields import VocabularyPageForm
from events.clock import clock_change, fold_choice_label, is_repeated

OCCURRENCES = "occurrences"


def zone_named(name):
    try:
        return zoneinfo.ZoneInfo(name) if name else None
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return None


class RepeatedTimePanel(FieldPanel):
    """The choice between the two readings of a repeated start or end time, shown
    only on a date whose time happens twice (see `EventPageForm`)."""

    def __init__(self, field_name, *args, **kwargs):
        kwargs.setdefault("widget", forms.RadioSelect)
        super().__init__(field_name, *args, **kwargs)

    class BoundPanel(FieldPanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            if self.bound_field is not None:
                # The question the form asks about this date ("Which 02:30 …?"),
                # rather than the field's name.
                self.heading = self.bound_field.label = self.bound_field.field.label

        def is_shown(self):
            repeated = getattr(self.form, "repeated_times", ())
            return super().is_shown() and self.field_name in repeated


class EventPageForm(VocabularyPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            zone = zone_named(self.instance.time_zone)
            for form in self.occurrence_forms():
                form.instance.checked_zone = zone
            self.offer_repeated_times()

    def occurrence_forms(self):
        formset = self.formsets.get(OCCURRENCES)
        return formset.forms if formset is not None else []

    def clean(self):
        # The dates are validated after this form (modelcluster's ClusterForm), in
        # the zone it has just read.
        cleaned_data = super().clean()
        zone = zone_named(cleaned_data.get("time_zone"))
        for form in self.occurrence_forms():
            form.instance.checked_zone = zone
        return cleaned_data

    def is_valid(self):
        valid = super().is_valid()
        self.offer_repeated_times()
        return valid

    def offer_repeated_times(self):
        """Show the choice of first or second reading under each repeated time,
        labelled with the time, its zone abbreviation and its offset."""
        for form in self.occurrence_forms():
            form.repeated_times = set()
            occurrence, zone = form.instance, form.instance.checked_zone
            if zone is None or occurrence.start_date is None or occurrence.all_day:
                continue
            times = [
                ("start_fold", occurrence.start_local(), _("Which %(time)s does it start at?"))
            ]
            if not occurrence.ends_at_end_of_day():
                times.append(
                    ("end_fold", occurrence.end_local(), _("Which %(time)s does it end at?"))
                )
            for name, local, label in times:
                if not is_repeated(local, zone):
                    continue
                change = clock_change(local, zone)
                field = form.fields[name]
                field.label = label % {"time": f"{local:%H:%M}"}
                field.choices = [
                    (0, fold_choice_label(change.first, 0)),
                    (1, fold_choice_label(change.second, 1)),
                ]
                form.repeated_times.add(name)
