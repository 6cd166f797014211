"""schema.org data of a story, for search engines and link previews."""

from django.templatetags.static import static

from stories.querysets import SOCIAL_RENDITION


def article_structured_data(story, request):
    data = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": story.title,
        "description": story.summary,
        "inLanguage": story.locale.language_code,
        "datePublished": story.date_published.isoformat(),
        "mainEntityOfPage": request.build_absolute_uri(story.get_url(request)),
        "publisher": {
            "@type": "Organization",
            "name": "Soleil",
            "url": request.build_absolute_uri("/"),
            "logo": {
                "@type": "ImageObject",
                "url": request.build_absolute_uri(static("img/logo.svg")),
            },
        },
        "about": {"@type": "Organization", "name": story.initiative_name},
    }
    if story.last_published_at:
        data["dateModified"] = story.last_published_at.isoformat()
    if story.hero_image:
        rendition = story.hero_image.get_rendition(SOCIAL_RENDITION)
        data["image"] = [request.build_absolute_uri(rendition.url)]
    if story.city:
        data["about"]["location"] = story.city
    return data
