"""Demo texts for the home and About pages, written from the SSOLEIL handbook's
conclusions (section 8), in each language as its readers would write it.

A body is a list of (block type, value) pairs, the shape a StreamField takes.
"""

HOME = {
    "es": {
        "title": "Soleil",
        "slug": "inicio",
        "introduction": (
            "Otra economía ya está en marcha: cooperativas, mercados sociales, banca ética y "
            "energía ciudadana. Aquí encontrarás sus historias, materiales para llevarla al "
            "aula y encuentros para vivirla de cerca."
        ),
        "hero_alt": "",
        "body": [
            (
                "heading",
                {"text": "Una economía al servicio de las personas y del planeta", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>La economía social y solidaria (ESS) genera empleo digno, refuerza la "
                    "cohesión social y cuida el medio ambiente. No es un modelo único, sino un "
                    "ecosistema diverso: de las cooperativas agroecológicas a las plataformas "
                    "digitales cooperativas, se adapta a cada territorio.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Su mayor obstáculo sigue siendo el desconocimiento. Por eso Soleil reúne "
                    "tres cosas: <b>historias de éxito</b> que la hacen visible, <b>módulos "
                    "didácticos</b> para escuelas, institutos y universidades, y <b>ferias, "
                    "mercados sociales y foros</b> donde conocerla en primera persona.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Este manual no es un cierre, sino un punto de partida para la acción.",
                    "attribution": "Manual de formación SSOLEIL, sección 8",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "¿Quién está detrás de Soleil?",
                    "text": "Un proyecto de cooperación entre España y Francia para dar a conocer la ESS.",
                    "link": {"label": "Conoce el proyecto", "page": "about", "url": ""},
                },
            ),
        ],
    },
    "fr": {
        "title": "Soleil",
        "slug": "accueil",
        "introduction": (
            "Une autre économie est déjà à l'œuvre : coopératives, marchés solidaires, finance "
            "éthique, énergie citoyenne. Découvrez ici leurs histoires, des ressources pour "
            "l'enseigner et des rendez-vous pour la vivre de près."
        ),
        "hero_alt": "",
        "body": [
            (
                "heading",
                {"text": "Une économie au service des personnes et de la planète", "level": "h2"},
            ),
            (
                "paragraph",
                (
                    "<p>L'économie sociale et solidaire (ESS) crée des emplois de qualité, renforce "
                    "la cohésion sociale et préserve l'environnement. Ce n'est pas un modèle unique "
                    "mais un écosystème foisonnant : des coopératives agroécologiques aux "
                    "plateformes numériques coopératives, elle s'adapte à chaque territoire.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Son principal frein reste le manque de visibilité. C'est pourquoi Soleil "
                    "rassemble trois choses : des <b>récits d'initiatives</b> qui la font connaître, "
                    "des <b>modules pédagogiques</b> pour l'école, le lycée et l'université, et des "
                    "<b>foires, marchés solidaires et forums</b> pour la découvrir sur le terrain.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "Ce manuel n'est pas une fin, mais un point de départ pour agir.",
                    "attribution": "Manuel de formation SSOLEIL, section 8",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Qui porte Soleil ?",
                    "text": "Un projet de coopération entre l'Espagne et la France pour faire connaître l'ESS.",
                    "link": {"label": "Découvrir le projet", "page": "about", "url": ""},
                },
            ),
        ],
    },
    "en": {
        "title": "Soleil",
        "slug": "home",
        "introduction": (
            "Another economy is already at work: cooperatives, social markets, ethical banks "
            "and community energy. Here you will find their stories, lessons to bring it into "
            "the classroom, and events where you can see it for yourself."
        ),
        "hero_alt": "",
        "body": [
            ("heading", {"text": "An economy that serves people and the planet", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>The Social and Solidarity Economy (SSE) creates decent work, strengthens "
                    "social cohesion and protects the environment. It is not a single model but a "
                    "diverse ecosystem: from agroecological cooperatives to cooperative digital "
                    "platforms, it takes the shape of the place where it grows.</p>"
                ),
            ),
            (
                "paragraph",
                (
                    "<p>Its biggest obstacle is still that too few people know about it. So Soleil "
                    "brings together three things: <b>success stories</b> that make it visible, "
                    "<b>curriculum modules</b> for schools, colleges and universities, and "
                    "<b>fairs, social markets and forums</b> where you can meet it first-hand.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": "This handbook is not a conclusion but a starting point for action.",
                    "attribution": "SSOLEIL training handbook, section 8",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Who is behind Soleil?",
                    "text": "A cooperation project between Spain and France to make the SSE better known.",
                    "link": {"label": "About the project", "page": "about", "url": ""},
                },
            ),
        ],
    },
}

ABOUT = {
    "es": {
        "title": "Sobre Soleil",
        "slug": "sobre-soleil",
        "introduction": (
            "Soleil nace del proyecto europeo SSOLEIL para dar visibilidad a la economía "
            "social y solidaria y acercarla a la ciudadanía, a las aulas y a los territorios."
        ),
        "body": [
            ("heading", {"text": "Por qué existe este sitio", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>En países como España y Francia la ESS cuenta con marcos legales propios, "
                    "pero todavía le falta presencia en los medios y en la vida cotidiana. El "
                    "manual SSOLEIL recomienda campañas de sensibilización, contenidos educativos "
                    "y herramientas digitales que faciliten el acceso a las redes de la ESS, a los "
                    "mercados sociales y a las oportunidades de participación ciudadana.</p>"
                ),
            ),
            ("heading", {"text": "Qué encontrarás", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>Historias de éxito</b>: cooperativas, mercados sociales, banca "
                    "ética y cooperativas de energía contadas por quienes las hacen posibles.</li>"
                    "<li><b>Módulos didácticos</b> sobre gestión cooperativa, finanzas éticas, "
                    "gobernanza democrática, economía circular o innovación social, listos para "
                    "descargar.</li><li><b>Ferias, mercados sociales y foros</b> para encontrarse, "
                    "intercambiar y consumir de forma responsable.</li></ul>"
                ),
            ),
            ("heading", {"text": "Nuestros principios", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Intercooperación, participación democrática y apertura: los materiales se "
                    "publican con licencia libre, el sitio funciona sin cookies de seguimiento y "
                    "todo el contenido está disponible en castellano, francés e inglés.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "El reto es grande, pero el potencial transformador de la ESS lo es "
                        "todavía más."
                    ),
                    "attribution": "Manual de formación SSOLEIL",
                },
            ),
        ],
    },
    "fr": {
        "title": "À propos de Soleil",
        "slug": "a-propos",
        "introduction": (
            "Soleil est issu du projet européen SSOLEIL : donner de la visibilité à l'économie "
            "sociale et solidaire et la rapprocher des citoyens, des salles de classe et des "
            "territoires."
        ),
        "body": [
            ("heading", {"text": "Pourquoi ce site", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>En France comme en Espagne, l'ESS dispose d'un cadre légal qui lui est "
                    "propre, mais elle reste peu présente dans les médias et dans la vie "
                    "quotidienne. Le manuel SSOLEIL recommande des campagnes de sensibilisation, "
                    "des contenus éducatifs et des outils numériques qui facilitent l'accès aux "
                    "réseaux de l'ESS, aux marchés solidaires et aux occasions de participation "
                    "citoyenne.</p>"
                ),
            ),
            ("heading", {"text": "Ce que vous trouverez ici", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>Des récits d'initiatives</b> : coopératives, marchés solidaires, "
                    "banques éthiques et coopératives d'énergie racontées par celles et ceux qui "
                    "les font vivre.</li><li><b>Des modules pédagogiques</b> sur la gestion "
                    "coopérative, la finance éthique, la gouvernance démocratique, l'économie "
                    "circulaire ou l'innovation sociale, prêts à télécharger.</li><li><b>Des "
                    "foires, marchés solidaires et forums</b> pour se rencontrer, échanger et "
                    "consommer autrement.</li></ul>"
                ),
            ),
            ("heading", {"text": "Nos principes", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Intercoopération, participation démocratique et ouverture : les ressources "
                    "sont publiées sous licence libre, le site fonctionne sans cookies de pistage "
                    "et tout le contenu existe en espagnol, en français et en anglais.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "Le défi est immense, mais le potentiel de transformation de l'ESS l'est "
                        "plus encore."
                    ),
                    "attribution": "Manuel de formation SSOLEIL",
                },
            ),
        ],
    },
    "en": {
        "title": "About Soleil",
        "slug": "about",
        "introduction": (
            "Soleil grew out of the European SSOLEIL project: to make the Social and "
            "Solidarity Economy visible and bring it closer to citizens, classrooms and "
            "local communities."
        ),
        "body": [
            ("heading", {"text": "Why this site exists", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Spain and France both have laws that recognise the SSE, yet it is still "
                    "barely present in the media and in everyday life. The SSOLEIL handbook calls "
                    "for awareness campaigns, teaching materials and digital tools that help "
                    "people find SSE networks, social markets and ways to take part.</p>"
                ),
            ),
            ("heading", {"text": "What you will find", "level": "h2"}),
            (
                "paragraph",
                (
                    "<ul><li><b>Success stories</b>: cooperatives, social markets, ethical banks "
                    "and energy co-ops, told by the people who run them.</li><li><b>Curriculum "
                    "modules</b> on cooperative management, ethical finance, democratic "
                    "governance, the circular economy and social innovation, ready to "
                    "download.</li><li><b>Fairs, social markets and forums</b> where people meet, "
                    "share ideas and buy responsibly.</li></ul>"
                ),
            ),
            ("heading", {"text": "What we stand for", "level": "h2"}),
            (
                "paragraph",
                (
                    "<p>Cooperation, democratic participation and openness: teaching materials "
                    "are published under a free licence, the site works without tracking cookies, "
                    "and everything is available in Spanish, French and English.</p>"
                ),
            ),
            (
                "quote",
                {
                    "quote": (
                        "The challenge is great, but the transformative potential of the SSE is "
                        "even greater."
                    ),
                    "attribution": "SSOLEIL training handbook",
                },
            ),
        ],
    },
}

FOOTER = {
    "es": {
        "about": (
            "<p><b>Soleil</b> da a conocer la economía social y solidaria en España, Francia "
            "y más allá. Proyecto nacido de SSOLEIL, cofinanciado por la Unión Europea.</p>"
        ),
        "links": [{"label": "Sobre Soleil", "page": "about", "url": ""}],
        "licence_note": "Contenidos bajo licencia CC BY-SA 4.0, salvo que se indique lo contrario.",
    },
    "fr": {
        "about": (
            "<p><b>Soleil</b> fait connaître l'économie sociale et solidaire en France, en "
            "Espagne et au-delà. Un projet issu de SSOLEIL, cofinancé par l'Union européenne.</p>"
        ),
        "links": [{"label": "À propos de Soleil", "page": "about", "url": ""}],
        "licence_note": "Contenus sous licence CC BY-SA 4.0, sauf mention contraire.",
    },
    "en": {
        "about": (
            "<p><b>Soleil</b> makes the Social and Solidarity Economy known in Spain, France "
            "and beyond. A project grown from SSOLEIL, co-funded by the European Union.</p>"
        ),
        "links": [{"label": "About Soleil", "page": "about", "url": ""}],
        "licence_note": "Content under CC BY-SA 4.0 unless stated otherwise.",
    },
}
