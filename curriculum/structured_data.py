"""schema.org LearningResource of a module, for search engines."""

from curriculum.licences import LICENCES


def iso_duration(minutes):
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def learning_resource(module, request):
    licence = LICENCES[module.licence]
    data = {
        "@context": "https://schema.org",
        "@type": "LearningResource",
        "name": module.title,
        "description": module.summary,
        "url": request.build_absolute_uri(module.get_url(request)),
        "inLanguage": module.locale.language_code,
        "educationalLevel": [level.name for level in module.education_levels.all()],
        "learningResourceType": "lesson plan",
        "teaches": [block.value for block in module.learning_objectives],
        "timeRequired": iso_duration(module.duration_minutes),
        "isAccessibleForFree": True,
        "author": [
            {"@type": "Person", "name": name.strip()}
            for name in module.authors.split(",")
            if name.strip()
        ],
        "publisher": {"@type": "Organization", "name": "Soleil"},
    }
    modified = module.last_published_at or module.latest_revision_created_at
    if modified:
        data["dateModified"] = modified.isoformat()
    if licence.url:
        data["license"] = licence.url
    return data
