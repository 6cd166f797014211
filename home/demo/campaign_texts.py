"""Demo campaigns in es, fr and en, written from the SSOLEIL handbook's call for
awareness campaigns (section 8.3.1) and its pages on ethical consumption (8.4.2)
and on SSE in education. Dates are day offsets from the day the demo is loaded.

A body is a list of (block type, value) pairs, the shape a StreamField takes.
"""

INDEX_TEXTS = {
    "es": {
        "title": "Campañas",
        "slug": "campanas",
        "introduction": (
            "Campañas de sensibilización que acercan a la ciudadanía al consumo responsable, "
            "las finanzas éticas y el cooperativismo. Historias, materiales y encuentros "
            "reunidos en torno a un tema."
        ),
    },
    "fr": {
        "title": "Campagnes",
        "slug": "campagnes",
        "introduction": (
            "Des campagnes de sensibilisation pour rapprocher les citoyens de la consommation "
            "responsable, de la finance éthique et de la coopération : récits, ressources et "
            "rencontres réunis autour d'un thème."
        ),
    },
    "en": {
        "title": "Campaigns",
        "slug": "campaigns",
        "introduction": (
            "Awareness campaigns that bring people closer to responsible consumption, ethical "
            "finance and cooperatives: stories, teaching material and events gathered around "
            "one theme."
        ),
    },
}

CAMPAIGNS = [
    {
        "key": "responsible-consumption-week",
        "starts": -2,
        "ends": 5,
        "motif": "crops",
        "image_alt": "Rows of crops on green hills under the sun.",
        "cta_page": "event-index",
        "stories": ["aurrezki-sarea", "etabli-du-lez"],
        "modules": ["responsible-consumption", "ethical-finance"],
        "events": [
            "atelier-epargne-ethique-en-ligne",
            "mercado-social-sevilla",
            "atelier-reparation-montpellier",
            "foro-mercados-sociales-madrid",
        ],
        "texts": {
            "es": {
                "title": "Semana del consumo responsable",
                "slug": "semana-consumo-responsable",
                "theme": "Siete días para mirar de dónde viene lo que compramos, adónde va nuestro dinero y qué alternativas tenemos cerca.",
                "hero_alt": "Ilustración: hileras de cultivos en las colinas bajo el sol",
                "cta_label": "Ver los encuentros de la semana",
                "tag": "consumo responsable",
                "body": [
                    (
                        "paragraph",
                        "<p>Cada compra es una pequeña decisión económica. Durante esta semana os proponemos tomarla con más información: conocer los mercados sociales de vuestra ciudad, los grupos de consumo que compran directamente a quien cultiva, las monedas locales que mantienen el dinero en el barrio y la banca ética que presta a cooperativas en lugar de especular.</p>",
                    ),
                    ("heading", {"text": "Por qué ahora", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En los últimos años ha crecido la demanda de comercio justo, energía renovable, banca ética y mercados sociales. La economía social y solidaria puede aprovechar ese cambio de hábitos, pero todavía es poco conocida: muchas personas no saben que existen alternativas a dos calles de su casa. Esta campaña quiere hacerlas visibles.</p>",
                    ),
                    ("heading", {"text": "Cómo participar", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><b>Visita un mercado social</b> y pregunta cómo se fijan los precios y quién decide.</li><li><b>Revisa dónde está tu ahorro</b> en un taller de introducción a las finanzas éticas.</li><li><b>Repara antes de tirar</b>: lleva un objeto roto a un taller de reparación.</li><li><b>Comparte lo que aprendas</b> con tu familia, tu clase o tu asociación.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Más abajo encontrarás historias de iniciativas que ya lo hacen posible, materiales para trabajar el tema en el aula y los próximos encuentros.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Campaña de ejemplo, creada para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Semaine de la consommation responsable",
                "slug": "semaine-consommation-responsable",
                "theme": "Sept jours pour regarder d'où vient ce que nous achetons, où va notre argent et quelles alternatives existent près de chez nous.",
                "hero_alt": "Illustration : des rangs de cultures sur les collines sous le soleil",
                "cta_label": "Voir les rendez-vous de la semaine",
                "tag": "consommation responsable",
                "body": [
                    (
                        "paragraph",
                        "<p>Chaque achat est une petite décision économique. Pendant cette semaine, nous vous proposons de la prendre en connaissance de cause : découvrir les marchés solidaires de votre ville, les groupements d'achat qui s'approvisionnent directement auprès des producteurs, les monnaies locales qui font circuler l'argent dans le quartier et la finance éthique qui prête aux coopératives plutôt que de spéculer.</p>",
                    ),
                    ("heading", {"text": "Pourquoi maintenant", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ces dernières années, la demande de commerce équitable, d'énergie renouvelable, de banque éthique et de marchés solidaires n'a cessé de croître. L'économie sociale et solidaire peut s'appuyer sur ces nouvelles habitudes, mais elle reste mal connue : beaucoup ignorent qu'une alternative existe à deux rues de chez eux. Cette campagne veut la rendre visible.</p>",
                    ),
                    ("heading", {"text": "Comment participer", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><b>Allez au marché solidaire</b> et demandez comment les prix sont fixés et qui décide.</li><li><b>Regardez où dort votre épargne</b> lors d'un atelier d'initiation à la finance éthique.</li><li><b>Réparez avant de jeter</b> : apportez un objet cassé à un atelier de réparation.</li><li><b>Partagez ce que vous avez appris</b> avec vos proches, votre classe ou votre association.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Vous trouverez ci-dessous des récits d'initiatives qui le font déjà, des ressources pour aborder le sujet en classe et les prochains rendez-vous.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Campagne fictive, créée pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Responsible Consumption Week",
                "slug": "responsible-consumption-week",
                "theme": "Seven days to look at where what we buy comes from, where our money goes, and which alternatives are close at hand.",
                "hero_alt": "Illustration: rows of crops on the hills under the sun",
                "cta_label": "See this week's events",
                "tag": "responsible consumption",
                "body": [
                    (
                        "paragraph",
                        "<p>Every purchase is a small economic decision. This week we invite you to make it with more information: get to know your city's social markets, the food buying groups that buy straight from the growers, the local currencies that keep money in the neighbourhood, and the ethical banks that lend to cooperatives instead of speculating.</p>",
                    ),
                    ("heading", {"text": "Why now", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>In recent years demand has grown for fair-trade products, renewable energy, ethical banking and social markets. The Social and Solidarity Economy can build on these new habits, but it is still little known: many people do not realise there is an alternative two streets from home. This campaign sets out to make it visible.</p>",
                    ),
                    ("heading", {"text": "How to take part", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><b>Visit a social market</b> and ask how prices are set and who decides.</li><li><b>Find out where your savings are</b> at an introductory workshop on ethical finance.</li><li><b>Repair before you throw away</b>: bring something broken to a repair workshop.</li><li><b>Pass on what you learn</b> to your family, your class or your association.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Below you will find stories of initiatives already making it happen, material for taking the subject into the classroom, and the next events.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example campaign, created for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "sse-in-the-classroom",
        "starts": 21,
        "ends": 90,
        "motif": "journey",
        "image_alt": "A winding path between green hills under the sun.",
        "cta_page": "curriculum-index",
        "stories": ["coopcycle", "el-sequiol", "cour-des-tilleuls"],
        "modules": ["sse-basics", "platform-cooperatives", "cooperative-management"],
        "events": ["portes-ouvertes-cour-des-tilleuls", "visita-huerta-el-sequiol"],
        "texts": {
            "es": {
                "title": "La ESS en las aulas",
                "slug": "ess-en-las-aulas",
                "theme": "Un trimestre para llevar la economía social y solidaria a escuelas, institutos, centros de formación profesional y universidades.",
                "hero_alt": "Ilustración: un camino que serpentea entre colinas verdes bajo el sol",
                "cta_label": "Descubre los módulos didácticos",
                "tag": "",
                "body": [
                    (
                        "paragraph",
                        "<p>La falta de conocimiento sigue siendo uno de los principales frenos de la economía social y solidaria. Por eso esta campaña invita al profesorado a introducirla en el currículo desde edades tempranas: que el alumnado sepa qué es una cooperativa, cómo se toman las decisiones en una asamblea y por qué hay empresas cuyo fin no es solo el beneficio.</p>",
                    ),
                    ("heading", {"text": "Qué proponemos", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><b>Módulos listos para el aula</b>, con objetivos, actividades y fichas descargables, para secundaria, formación profesional y universidad.</li><li><b>Casos reales</b> que el alumnado puede analizar: una plataforma de reparto cooperativa, una huerta compartida, una cooperativa de vivienda.</li><li><b>Salidas de campo</b> para conocer una iniciativa de cerca y hablar con sus socias y socios.</li></ul>",
                    ),
                    ("heading", {"text": "Para quién", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Para docentes de cualquier materia: economía, ciencias sociales, tecnología o tutoría. No hace falta ser especialista; cada módulo incluye una guía y puede adaptarse a una o varias sesiones. Si lo pruebas con tu grupo, cuéntanos cómo ha ido: la formación también se construye en red.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Campaña de ejemplo, creada para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "L'ESS en classe",
                "slug": "ess-en-classe",
                "theme": "Un trimestre pour faire entrer l'économie sociale et solidaire à l'école, au collège, au lycée professionnel et à l'université.",
                "hero_alt": "Illustration : un chemin qui serpente entre des collines vertes sous le soleil",
                "cta_label": "Découvrir les modules pédagogiques",
                "tag": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Le manque de connaissances reste l'un des principaux freins au développement de l'économie sociale et solidaire. Cette campagne invite donc les enseignants à l'intégrer aux programmes dès le plus jeune âge : que les élèves sachent ce qu'est une coopérative, comment on décide en assemblée et pourquoi certaines entreprises ne visent pas seulement le profit.</p>",
                    ),
                    ("heading", {"text": "Ce que nous proposons", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><b>Des modules prêts pour la classe</b>, avec objectifs, activités et fiches à télécharger, du collège à l'université en passant par la voie professionnelle.</li><li><b>Des cas réels</b> à analyser : une plateforme coopérative de livraison, un potager partagé, une coopérative d'habitants.</li><li><b>Des sorties sur le terrain</b> pour découvrir une initiative de près et échanger avec ses membres.</li></ul>",
                    ),
                    ("heading", {"text": "Pour qui", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Pour les enseignants de toutes les disciplines : sciences économiques et sociales, histoire-géographie, technologie ou vie de classe. Pas besoin d'être spécialiste : chaque module comprend un guide et s'adapte à une ou plusieurs séances. Si vous l'essayez avec vos élèves, racontez-nous comment cela s'est passé : la formation se construit aussi en réseau.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Campagne fictive, créée pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "SSE in the classroom",
                "slug": "sse-in-the-classroom",
                "theme": "A term to bring the Social and Solidarity Economy into schools, vocational training centres and universities.",
                "hero_alt": "Illustration: a path winding between green hills under the sun",
                "cta_label": "Explore the curriculum modules",
                "tag": "",
                "body": [
                    (
                        "paragraph",
                        "<p>Lack of knowledge is still one of the main barriers to the Social and Solidarity Economy. This campaign therefore invites teachers to bring it into the curriculum from an early age, so that pupils know what a cooperative is, how decisions are made in an assembly, and why some businesses exist for more than profit.</p>",
                    ),
                    ("heading", {"text": "What we offer", "level": "h2"}),
                    (
                        "paragraph",
                        "<ul><li><b>Ready-to-teach modules</b> with objectives, activities and downloadable worksheets, for secondary schools, vocational training and universities.</li><li><b>Real cases</b> for students to analyse: a cooperative delivery platform, a shared market garden, a housing cooperative.</li><li><b>Field trips</b> to see an initiative up close and talk with its members.</li></ul>",
                    ),
                    ("heading", {"text": "Who it is for", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Teachers of any subject: economics, social sciences, technology or form time. You do not need to be a specialist; every module comes with a guide and fits one or several sessions. If you try it with your group, tell us how it went: training, too, is built as a network.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example campaign, created for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
]
