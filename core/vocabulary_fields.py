"""A page's edit form offers the vocabulary terms of the page's own language.

Each vocabulary (sectors, territories, SDGs…) holds every term once per language,
and a page links to the terms of its own language (`LocalizedTaxonomyMixin` keeps
it so when the page is saved). Its edit form offers the same, for every field that
points at a vocabulary: the terms of the page's language — for a new page, its
parent's — in the order the public filters list them. A field of several terms is
a list of checkboxes; a field of one term, a drop-down, with the territories
grouped by country as the filters nest them. Choosing a term of another language
is refused like any value not on offer.
"""

from operator import attrgetter

from django import forms
from wagtail.admin.forms import WagtailAdminPageForm

from core.models.taxonomy import Term, Territory


class VocabularyPageForm(WagtailAdminPageForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale_id = self.instance.locale_id or getattr(self.parent_page, "locale_id", None)
        for field in self.fields.values():
            model = getattr(getattr(field, "queryset", None), "model", None)
            if model is not None and issubclass(model, Term):
                offer_terms(field, model, locale_id)


def offer_terms(field, model, locale_id):
    """Make a model choice field offer the vocabulary's terms in one language."""
    terms = model.objects.filter(locale_id=locale_id)
    if issubclass(model, Territory):
        terms = terms.select_related("parent")
    field.queryset = terms
    ordered = sorted(terms, key=attrgetter("filter_order"))
    if isinstance(field, forms.ModelMultipleChoiceField):
        field.widget = forms.CheckboxSelectMultiple()
        choices = [(term.pk, str(term)) for term in ordered]
    else:
        field.widget = forms.Select()
        choices = (
            grouped_by_country(ordered)
            if issubclass(model, Territory)
            else [(term.pk, str(term)) for term in ordered]
        )
        if field.empty_label is not None:
            choices.insert(0, ("", field.empty_label))
    field.widget.is_required = field.required
    field.choices = choices


def grouped_by_country(territories):
    """Drop-down groups, one per country: the country first, then its regions."""
    groups = {}
    for territory in territories:
        country = territory.parent if territory.parent_id else territory
        groups.setdefault(country.pk, (country.name, []))[1].append((territory.pk, territory.name))
    return list(groups.values())
