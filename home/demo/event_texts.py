"""Demo events (fairs, social markets, forums, workshops) in es, fr and en, dated
relative to the day the demo is loaded."""

# Every event is invented for the Soleil demo: organisers, venues and street
# addresses are fictitious (cities and neighbourhoods are real). Occurrences are
# (day offset from the day the demo is loaded, "HH:MM" start, "HH:MM" end, all_day),
# in the event's own time zone.

EVENTS = [
    {
        "key": "feria-ess-zaragoza",
        "event_type": "Fair",
        "status": "scheduled",
        "attendance": "in-person",
        "time_zone": "Europe/Madrid",
        "occurrences": [
            (18, "10:00", "20:00", False),
            (19, "10:00", "14:00", False),
        ],
        "territory": "ES-AR",
        "city": {"es": "Zaragoza", "fr": "Saragosse", "en": "Zaragoza"},
        "venue": {
            "es": "Pabellón vecinal de Delicias",
            "fr": "Pavillon de quartier de Delicias",
            "en": "Delicias community hall",
        },
        "street_address": "Calle del Molino de Viento, 12",
        "postcode": "50017",
        "country": "ES",
        "online_url": "",
        "organiser": "Plataforma Delicias Solidaria",
        "organiser_url": "https://delicias-solidaria.example.org",
        "registration_url": "",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["azotea-comun"],
        "texts": {
            "es": {
                "title": "Feria de la Economía Social y Solidaria de Zaragoza",
                "slug": "feria-economia-social-solidaria-zaragoza",
                "summary": "Dos días para conocer de cerca la economía social y solidaria de Aragón: sesenta puestos de cooperativas, comercio justo, finanzas éticas y energías renovables, charlas breves y actividades para familias en el barrio de Delicias.",
                "body": [
                    (
                        "paragraph",
                        "<p>Durante dos días, el barrio de Delicias se convierte en el escaparate de la economía social y solidaria de Aragón. Unas sesenta entidades (cooperativas de consumo, empresas de inserción, tiendas de comercio justo, proyectos de finanzas éticas y de energías renovables) montan sus puestos para explicar lo que hacen y cómo participar. La entrada es libre.</p>",
                    ),
                    ("heading", {"text": "Qué vas a encontrar", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El programa combina compras, aprendizaje y ocio:</p><ul><li><b>Puestos y productos</b>: alimentación ecológica de temporada, objetos de segunda mano reparados, libros y ropa de comercio justo.</li><li><b>Charlas de veinte minutos</b> sobre consumo responsable, ahorro ético y cooperativismo, pensadas para quien se acerca por primera vez.</li><li><b>Un espacio infantil</b> con talleres de reciclaje y juegos cooperativos.</li></ul>",
                    ),
                    ("heading", {"text": "Trae tu factura de la luz", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La cooperativa ciudadana Azotea Común tendrá un punto de información sobre el autoconsumo compartido. Si traes una factura reciente, su equipo de voluntariado te ayudará a entenderla y te explicará cómo se reparten la electricidad los hogares que comparten las placas instaladas en colegios y centros cívicos del barrio.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>La primera jornada se alarga hasta la noche y termina con música en directo; la segunda, solo por la mañana, se cierra con una asamblea abierta para recoger ideas para la próxima edición.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Foire de l'économie sociale et solidaire de Saragosse",
                "slug": "foire-economie-sociale-solidaire-saragosse",
                "summary": "Deux jours pour découvrir de près l'économie sociale et solidaire en Aragon : soixante stands de coopératives, de commerce équitable, de finance éthique et d'énergies renouvelables, des causeries et des activités pour les familles, dans le quartier de Delicias.",
                "body": [
                    (
                        "paragraph",
                        "<p>Pendant deux jours, le quartier de Delicias devient la vitrine de l'économie sociale et solidaire aragonaise. Une soixantaine de structures (coopératives de consommateurs, entreprises d'insertion, boutiques de commerce équitable, projets de finance éthique et d'énergies renouvelables) tiennent un stand pour expliquer ce qu'elles font et comment s'y impliquer. L'entrée est libre.</p>",
                    ),
                    ("heading", {"text": "Au programme", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Le programme mêle achats, découverte et détente :</p><ul><li><b>Des stands et des produits</b> : alimentation bio de saison, objets de seconde main réparés, livres et vêtements issus du commerce équitable.</li><li><b>Des causeries de vingt minutes</b> sur la consommation responsable, l'épargne éthique et la coopération, pensées pour celles et ceux qui découvrent le sujet.</li><li><b>Un espace enfants</b> avec des ateliers de recyclage et des jeux coopératifs.</li></ul>",
                    ),
                    ("heading", {"text": "Apportez votre facture d'électricité", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La coopérative citoyenne Azotea Común tiendra un point d'information sur l'autoconsommation collective. Si vous apportez une facture récente, ses bénévoles vous aideront à la déchiffrer et vous expliqueront comment les foyers se partagent l'électricité produite par les panneaux posés sur les écoles et les centres civiques du quartier.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>La première journée se prolonge jusqu'au soir et se termine en musique ; la seconde, le matin seulement, se conclut par une assemblée ouverte pour recueillir des idées pour la prochaine édition.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Zaragoza Social and Solidarity Economy Fair",
                "slug": "zaragoza-social-solidarity-economy-fair",
                "summary": "Two days to get to know Aragon's social and solidarity economy up close: sixty stalls from cooperatives, fair-trade, ethical finance and renewable energy projects, short talks and activities for families in the Delicias neighbourhood.",
                "body": [
                    (
                        "paragraph",
                        "<p>For two days, the Delicias neighbourhood becomes the shop window of Aragon's social and solidarity economy. Some sixty organisations (consumer cooperatives, work-integration enterprises, fair-trade shops, ethical finance and renewable energy projects) set up stalls to explain what they do and how to get involved. Entry is free.</p>",
                    ),
                    ("heading", {"text": "What you will find", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The programme mixes shopping, learning and leisure:</p><ul><li><b>Stalls and produce</b>: seasonal organic food, repaired second-hand goods, fair-trade books and clothes.</li><li><b>Twenty-minute talks</b> on responsible consumption, ethical savings and cooperatives, designed for people new to the subject.</li><li><b>A children's area</b> with recycling workshops and cooperative games.</li></ul>",
                    ),
                    ("heading", {"text": "Bring your electricity bill", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The citizen-owned cooperative Azotea Común will run an information point on shared self-consumption. Bring a recent bill and its volunteers will help you make sense of it and explain how households share the electricity generated by the panels on the neighbourhood's schools and civic centres.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>The first day runs into the evening and ends with live music; the second, a morning only, closes with an open assembly to gather ideas for the next fair.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "mercado-social-sevilla",
        "event_type": "Social market",
        "status": "scheduled",
        "attendance": "in-person",
        "time_zone": "Europe/Madrid",
        "occurrences": [
            (9, "10:00", "14:00", False),
            (37, "10:00", "14:00", False),
            (65, "10:00", "14:00", False),
        ],
        "territory": "ES-AN",
        "city": {"es": "Sevilla", "fr": "Séville", "en": "Seville"},
        "venue": {
            "es": "Alameda de Hércules",
            "fr": "Alameda de Hércules",
            "en": "Alameda de Hércules",
        },
        "street_address": "Alameda de Hércules",
        "postcode": "41002",
        "country": "ES",
        "online_url": "",
        "organiser": "Red Alcaucil",
        "organiser_url": "https://redalcaucil.example.org",
        "registration_url": "",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["red-alcaucil"],
        "texts": {
            "es": {
                "title": "Mercado social mensual de Red Alcaucil",
                "slug": "mercado-social-mensual-red-alcaucil",
                "summary": "Una mañana al mes, las entidades de Red Alcaucil montan sus puestos en la Alameda de Hércules: comida de cooperativas andaluzas, libros, reparaciones y un punto de información sobre el fondo de crédito solidario de la red.",
                "body": [
                    (
                        "paragraph",
                        "<p>Una mañana al mes, la Alameda de Hércules se llena de puestos de la economía social sevillana. El mercado de Red Alcaucil reúne a unas cuarenta entidades de la red: una cooperativa de catering, una librería, un taller de bicicletas, productoras de aceite y de hortalizas de la provincia, proyectos de comercio justo y mucho más. Cualquiera puede comprar; no hace falta ser socia ni socio.</p>",
                    ),
                    ("heading", {"text": "Tres fechas, el mismo sitio", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El mercado vuelve cada mes al mismo lugar y con el mismo horario, de diez de la mañana a dos de la tarde. En esta página aparecen las tres próximas citas: añádelas a tu calendario de una vez y no te perderás ninguna. Y trae tu propia bolsa, porque la red intenta que el mercado genere los menos residuos posibles.</p>",
                    ),
                    ("heading", {"text": "Mucho más que comprar", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En el puesto de la red te explicarán cómo funciona su <b>fondo de crédito solidario</b>, que presta hasta 10.000 euros a un interés simbólico a los proyectos de la red, y cómo hacerte socia o socio consumidor por 20 euros al año. Además, cada mes una entidad distinta organiza una actividad abierta: una cata, una demostración de reparación o un cuentacuentos para niñas y niños.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Le marché solidaire mensuel de Red Alcaucil",
                "slug": "marche-solidaire-mensuel-red-alcaucil",
                "summary": "Une matinée par mois, les structures de Red Alcaucil installent leurs stands sur l'Alameda de Hércules : produits de coopératives andalouses, livres, réparations et un point d'information sur le fonds de crédit solidaire du réseau.",
                "body": [
                    (
                        "paragraph",
                        "<p>Une matinée par mois, l'Alameda de Hércules se couvre de stands de l'économie sociale sévillane. Le marché de Red Alcaucil rassemble une quarantaine de structures du réseau : un traiteur coopératif, une librairie, un atelier vélo, des producteurs d'huile d'olive et de légumes de la province, des projets de commerce équitable et bien d'autres. Tout le monde peut y faire ses courses, adhérent ou non.</p>",
                    ),
                    ("heading", {"text": "Trois dates, un seul lieu", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Le marché revient chaque mois au même endroit et aux mêmes horaires, de 10 heures à 14 heures. Cette page affiche les trois prochains rendez-vous : ajoutez-les d'un coup à votre agenda et vous n'en raterez aucun. Et pensez à apporter votre sac, car le réseau cherche à produire le moins de déchets possible.</p>",
                    ),
                    ("heading", {"text": "Bien plus que des achats", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Au stand du réseau, on vous expliquera le fonctionnement de son <b>fonds de crédit solidaire</b>, qui prête jusqu'à 10 000 euros à un taux symbolique aux projets du réseau, et comment devenir consommateur adhérent pour 20 euros par an. Chaque mois, une structure différente propose en outre une activité ouverte à tous : une dégustation, une démonstration de réparation ou une heure du conte pour les enfants.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Red Alcaucil's monthly social market",
                "slug": "red-alcaucil-monthly-social-market",
                "summary": "One morning a month, the members of Red Alcaucil set up their stalls on the Alameda de Hércules: food from Andalusian cooperatives, books, repairs and an information point on the network's solidarity credit fund.",
                "body": [
                    (
                        "paragraph",
                        "<p>One morning a month, the Alameda de Hércules fills with stalls from Seville's social economy. Red Alcaucil's market brings together some forty of the network's members: a cooperative caterer, a bookshop, a bicycle workshop, olive oil and vegetable growers from the province, fair-trade projects and much more. Anyone can shop here; you do not need to be a member.</p>",
                    ),
                    ("heading", {"text": "Three dates, one place", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The market comes back every month to the same place at the same times, from 10 am to 2 pm. This page lists the next three dates: add them all to your calendar in one go and you will not miss any of them. And bring your own bag, because the network tries to keep the market's waste to a minimum.</p>",
                    ),
                    ("heading", {"text": "Much more than shopping", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>At the network's stall you can find out how its <b>solidarity credit fund</b> works, lending up to 10,000 euros at a token rate of interest to projects in the network, and how to become a consumer member for 20 euros a year. Each month a different member also runs an activity open to all: a tasting, a repair demonstration or a storytelling session for children.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "foro-compra-publica-bilbao",
        "event_type": "Forum",
        "status": "scheduled",
        "attendance": "in-person",
        "time_zone": "Europe/Madrid",
        "occurrences": [
            (30, "09:30", "14:30", False),
        ],
        "territory": "ES-PV",
        "city": {"es": "Bilbao", "fr": "Bilbao", "en": "Bilbao"},
        "venue": {
            "es": "Centro social Ibaiertz",
            "fr": "Centre social Ibaiertz",
            "en": "Ibaiertz community centre",
        },
        "street_address": "Calle Ibaiertz, 4",
        "postcode": "48014",
        "country": "ES",
        "online_url": "",
        "organiser": "Mesa de Contratación Responsable de Bizkaia",
        "organiser_url": "",
        "registration_url": "https://foro-compra-publica.example.org/inscripcion",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["aurrezki-sarea"],
        "texts": {
            "es": {
                "title": "Foro sobre compra pública responsable: cláusulas sociales y economía solidaria",
                "slug": "foro-compra-publica-responsable-bilbao",
                "summary": "Personal técnico de ayuntamientos y entidades de la economía social se sientan a la misma mesa para hablar de cláusulas sociales, contratos reservados y pagos a tiempo. Un foro de una mañana en Bilbao, con inscripción previa.",
                "body": [
                    (
                        "paragraph",
                        "<p>Las administraciones públicas compran cada año enormes volúmenes de bienes y servicios: limpieza, comedores escolares, mantenimiento de parques. Incluir criterios sociales y ambientales en esos contratos es una de las palancas más potentes para que crezca la economía social y solidaria, como recuerda el manual SSOLEIL. Este foro quiere pasar de la teoría a la práctica.</p>",
                    ),
                    ("heading", {"text": "Programa", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La mañana se organiza en tres partes:</p><ul><li><b>Mesa redonda</b>: el personal de contratación de tres ayuntamientos vizcaínos cuenta qué cláusulas sociales han funcionado y cuáles se han quedado en papel mojado.</li><li><b>Talleres en grupos</b>: cómo redactar una cláusula social que se pueda verificar, cómo preparar una oferta conjunta entre varias cooperativas pequeñas y cómo funcionan los contratos reservados a empresas de inserción.</li><li><b>Conclusiones</b> en plenario, con café de comercio justo.</li></ul>",
                    ),
                    ("heading", {"text": "Cuando la administración paga tarde", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ganar un contrato público sirve de poco si la factura tarda meses en cobrarse. La mutualidad de ahorro Aurrezki Sarea explicará cómo adelanta financiación a las entidades de la economía social mientras esperan el pago, y qué han aprendido sus personas socias tras años prestando a proyectos del territorio.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>La participación es gratuita, pero las plazas son limitadas: inscríbete a través del formulario en línea. Habrá interpretación simultánea entre euskera y castellano.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Forum sur la commande publique responsable : clauses sociales et économie solidaire",
                "slug": "forum-commande-publique-responsable-bilbao",
                "summary": "Acheteurs publics des mairies et structures de l'économie sociale se retrouvent autour de la même table pour parler clauses sociales, marchés réservés et délais de paiement. Un forum d'une matinée à Bilbao, sur inscription.",
                "body": [
                    (
                        "paragraph",
                        "<p>Chaque année, les collectivités achètent des volumes considérables de biens et de services : nettoyage, cantines scolaires, entretien des parcs. Intégrer des critères sociaux et environnementaux dans ces marchés est l'un des leviers les plus puissants pour développer l'économie sociale et solidaire, comme le rappelle le manuel SSOLEIL. Ce forum veut passer de la théorie à la pratique.</p>",
                    ),
                    ("heading", {"text": "Programme", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La matinée se déroule en trois temps :</p><ul><li><b>Table ronde</b> : les acheteurs publics de trois communes de Biscaye racontent quelles clauses sociales ont porté leurs fruits et lesquelles sont restées lettre morte.</li><li><b>Ateliers en petits groupes</b> : rédiger une clause sociale vérifiable, préparer une offre commune entre plusieurs petites coopératives, comprendre les marchés réservés aux entreprises d'insertion.</li><li><b>Restitution</b> en plénière, autour d'un café équitable.</li></ul>",
                    ),
                    ("heading", {"text": "Quand la collectivité paie en retard", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Remporter un marché public ne sert pas à grand-chose si la facture met des mois à être réglée. La mutuelle d'épargne Aurrezki Sarea expliquera comment elle avance des fonds aux structures de l'économie sociale en attendant le paiement, et ce que ses sociétaires ont appris en prêtant depuis des années à des projets du territoire.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>La participation est gratuite, mais les places sont limitées : inscrivez-vous grâce au formulaire en ligne. Une interprétation simultanée basque-espagnol sera assurée.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Forum on responsible public procurement: social clauses and the solidarity economy",
                "slug": "responsible-public-procurement-forum-bilbao",
                "summary": "Council procurement officers and social economy organisations sit down at the same table to talk about social clauses, reserved contracts and paying on time. A morning forum in Bilbao; registration required.",
                "body": [
                    (
                        "paragraph",
                        "<p>Every year, public authorities buy huge volumes of goods and services: cleaning, school meals, park maintenance. Building social and environmental criteria into those contracts is one of the most powerful levers for growing the social and solidarity economy, as the SSOLEIL handbook points out. This forum sets out to move from theory to practice.</p>",
                    ),
                    ("heading", {"text": "Programme", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The morning is in three parts:</p><ul><li><b>Panel discussion</b>: procurement staff from three councils in Biscay explain which social clauses have worked and which have remained a dead letter.</li><li><b>Group workshops</b>: how to draft a social clause that can actually be checked, how several small cooperatives can put in a joint bid, and how contracts reserved for work-integration enterprises work.</li><li><b>Conclusions</b> in a plenary session, over fair-trade coffee.</li></ul>",
                    ),
                    ("heading", {"text": "When the council pays late", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Winning a public contract is little use if the invoice takes months to be paid. The mutual savings society Aurrezki Sarea will explain how it advances funds to social economy organisations while they wait for payment, and what its members have learnt from years of lending to local projects.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Taking part is free, but places are limited, so please register using the online form. Simultaneous interpreting between Basque and Spanish will be provided.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "atelier-reparation-montpellier",
        "event_type": "Workshop",
        "status": "scheduled",
        "attendance": "in-person",
        "time_zone": "Europe/Paris",
        "occurrences": [
            (12, "18:30", "20:30", False),
        ],
        "territory": "FR-OCC",
        "city": {"es": "Montpellier", "fr": "Montpellier", "en": "Montpellier"},
        "venue": {
            "es": "Taller de L'Établi du Lez",
            "fr": "Atelier de L'Établi du Lez",
            "en": "L'Établi du Lez workshop",
        },
        "street_address": "14 impasse des Tonneliers",
        "postcode": "34070",
        "country": "FR",
        "online_url": "",
        "organiser": "L'Établi du Lez",
        "organiser_url": "https://etabli-du-lez.example.org",
        "registration_url": "",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["etabli-du-lez"],
        "texts": {
            "es": {
                "title": "Taller de reparación en L'Établi du Lez",
                "slug": "taller-reparacion-etabli-du-lez",
                "summary": "Una tarde para aprender a reparar en lugar de tirar: trae una lámpara, una tostadora, una bici o una prenda rota y arréglala con ayuda del equipo de L'Établi du Lez, en Montpellier. Gratis y sin inscripción.",
                "body": [
                    (
                        "paragraph",
                        "<p>¿Tienes en un cajón una lámpara que ya no se enciende o una bici con los frenos flojos? En este taller de reparación no te la arreglan: la arreglas tú, con herramientas, piezas de recambio y el acompañamiento de gente que sabe. Es la mejor forma de alargar la vida de los objetos y de perderle el miedo al destornillador.</p>",
                    ),
                    ("heading", {"text": "Quién te echa una mano", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Los técnicos del centro de reutilización L'Établi du Lez, muchos de ellos con contrato de inserción, comparten mesa con personas voluntarias del barrio: electricistas jubilados, costureras, mecánicos de bicicletas. Para ellos, enseñar lo que han aprendido en el taller también forma parte del oficio.</p>",
                    ),
                    ("heading", {"text": "Antes de venir", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Unas pocas indicaciones para que todo vaya bien:</p><ul><li>Trae un solo objeto por persona, con su cable, su cargador o sus piezas sueltas.</li><li>Por seguridad, no se aceptan microondas ni aparatos de gas.</li><li>Si la reparación necesita una pieza que no tenemos, te diremos dónde conseguirla.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>La actividad es gratuita y no hace falta inscribirse. Habrá café y zumo para hacer más llevadera la espera.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Atelier de réparation à L'Établi du Lez",
                "slug": "atelier-reparation-etabli-du-lez",
                "summary": "Une soirée pour apprendre à réparer plutôt qu'à jeter : apportez une lampe, un grille-pain, un vélo ou un vêtement abîmé et remettez-le en état avec l'équipe de L'Établi du Lez, à Montpellier. Gratuit et sans inscription.",
                "body": [
                    (
                        "paragraph",
                        "<p>Une lampe qui ne s'allume plus dort au fond d'un placard, ou votre vélo freine mal ? Dans cet atelier de réparation, personne ne répare à votre place : c'est vous qui réparez, avec des outils, des pièces détachées et l'aide de gens qui s'y connaissent. La meilleure façon de prolonger la vie des objets et de ne plus avoir peur du tournevis.</p>",
                    ),
                    ("heading", {"text": "Qui vous donne un coup de main", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les techniciens de la ressourcerie L'Établi du Lez, dont beaucoup sont en parcours d'insertion, partagent l'établi avec des bénévoles du quartier : électriciens à la retraite, couturières, mécaniciens vélo. Pour eux, transmettre ce qu'ils ont appris à l'atelier fait aussi partie du métier.</p>",
                    ),
                    ("heading", {"text": "Avant de venir", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Quelques consignes pour que tout se passe bien :</p><ul><li>Un seul objet par personne, avec son câble, son chargeur ou ses pièces détachées.</li><li>Pour des raisons de sécurité, les micro-ondes et les appareils à gaz ne sont pas acceptés.</li><li>Si la réparation demande une pièce que nous n'avons pas, nous vous dirons où la trouver.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>L'atelier est gratuit et sans inscription. Café et jus de fruits vous aideront à patienter.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Repair workshop at L'Établi du Lez",
                "slug": "repair-workshop-etabli-du-lez",
                "summary": "An evening to learn to repair rather than throw away: bring a lamp, a toaster, a bike or a torn piece of clothing and fix it with help from the team at L'Établi du Lez in Montpellier. Free, no need to book.",
                "body": [
                    (
                        "paragraph",
                        "<p>Got a lamp that no longer switches on sitting in a drawer, or a bike with dodgy brakes? At this repair workshop nobody fixes it for you: you fix it yourself, with tools, spare parts and help from people who know how. It is the best way to make things last longer and to stop being afraid of a screwdriver.</p>",
                    ),
                    ("heading", {"text": "Who will lend you a hand", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Technicians from the L'Établi du Lez reuse and repair centre, many of them on work-integration contracts, share the workbench with volunteers from the neighbourhood: retired electricians, dressmakers, bike mechanics. For them, passing on what they have learnt in the workshop is part of the job too.</p>",
                    ),
                    ("heading", {"text": "Before you come", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>A few pointers so that everything goes smoothly:</p><ul><li>Bring just one item per person, with its cable, charger or loose parts.</li><li>For safety reasons, microwaves and gas appliances cannot be accepted.</li><li>If the repair needs a part we do not have, we will tell you where to find it.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>The workshop is free and there is no need to book. There will be coffee and juice to help pass the time while you wait.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "portes-ouvertes-cour-des-tilleuls",
        "event_type": "Campaign action",
        "status": "scheduled",
        "attendance": "in-person",
        "time_zone": "Europe/Paris",
        "occurrences": [
            (25, "14:00", "18:00", False),
        ],
        "territory": "FR-PDL",
        "city": {"es": "Nantes", "fr": "Nantes", "en": "Nantes"},
        "venue": {
            "es": "Cooperativa de vivienda La Cour des Tilleuls",
            "fr": "Coopérative d'habitants La Cour des Tilleuls",
            "en": "La Cour des Tilleuls housing cooperative",
        },
        "street_address": "6 allée des Canotiers",
        "postcode": "44200",
        "country": "FR",
        "online_url": "",
        "organiser": "La Cour des Tilleuls",
        "organiser_url": "",
        "registration_url": "",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["cour-des-tilleuls"],
        "texts": {
            "es": {
                "title": "Jornada de puertas abiertas en La Cour des Tilleuls",
                "slug": "puertas-abiertas-cour-des-tilleuls",
                "summary": "Las dieciocho familias de esta cooperativa de vivienda de la isla de Nantes abren sus puertas: visitas guiadas, una charla sobre cómo financiaron el edificio y una merienda en la sala común, para quien sueña con vivir de otra manera.",
                "body": [
                    (
                        "paragraph",
                        "<p>¿Se puede vivir en la ciudad sin pagar alquileres desorbitados ni hipotecarse de por vida? Las vecinas y los vecinos de La Cour des Tilleuls creen que sí, y durante una tarde abren su edificio a quien quiera comprobarlo con sus propios ojos. El objetivo es dar a conocer la vivienda cooperativa, un modelo todavía poco habitual que el manual SSOLEIL menciona entre las vías para garantizar el acceso a una vivienda digna.</p>",
                    ),
                    ("heading", {"text": "El programa de la tarde", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Las actividades se suceden a lo largo de la tarde:</p><ul><li><b>Visitas guiadas</b> cada hora, en grupos pequeños: el patio de los tilos, la lavandería, el taller, la habitación de invitados y una de las viviendas.</li><li><b>Charla con las personas socias fundadoras</b> sobre los cinco años que tardó el proyecto, el arrendamiento de larga duración de un solar municipal y el préstamo de una banca ética.</li><li><b>Merienda compartida</b> en la sala común, con un rincón de juegos para los más pequeños.</li></ul>",
                    ),
                    ("heading", {"text": "Para grupos con proyecto propio", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La cooperativa comparte sus estatutos, sus modelos de presupuesto y las lecciones aprendidas, incluidas las menos gloriosas. Si formas parte de un grupo que quiere lanzar su propio proyecto, ven con tus preguntas: habrá una mesa dedicada a responderlas.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>La entrada es libre y no hace falta inscribirse. El edificio es accesible en silla de ruedas.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Portes ouvertes à La Cour des Tilleuls",
                "slug": "portes-ouvertes-cour-des-tilleuls",
                "summary": "Les dix-huit foyers de cette coopérative d'habitants de l'île de Nantes ouvrent leurs portes : visites guidées, causerie sur le financement de l'immeuble et goûter dans la salle commune, pour celles et ceux qui rêvent d'habiter autrement.",
                "body": [
                    (
                        "paragraph",
                        "<p>Peut-on vivre en ville sans payer un loyer exorbitant ni s'endetter à vie ? Les habitants de La Cour des Tilleuls en sont convaincus, et le temps d'un après-midi ils ouvrent leur immeuble à tous ceux qui veulent le constater par eux-mêmes. L'objectif : faire connaître la coopérative d'habitants, un modèle encore peu répandu que le manuel SSOLEIL cite parmi les moyens de garantir l'accès à un logement digne.</p>",
                    ),
                    ("heading", {"text": "Le programme de l'après-midi", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les activités se succèdent tout au long de l'après-midi :</p><ul><li><b>Visites guidées</b> toutes les heures, en petits groupes : la cour aux tilleuls, la buanderie, l'atelier, la chambre d'amis et l'un des logements.</li><li><b>Causerie avec les membres fondateurs</b> sur les cinq années qu'a demandées le projet, le bail de longue durée sur un terrain de la ville et le prêt d'une banque éthique.</li><li><b>Goûter partagé</b> dans la salle commune, avec un coin jeux pour les plus petits.</li></ul>",
                    ),
                    ("heading", {"text": "Pour les groupes qui ont un projet", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La coopérative partage ses statuts, ses modèles de budget et ses leçons apprises, y compris les moins glorieuses. Si vous faites partie d'un groupe qui veut lancer son propre projet, venez avec vos questions : une table sera consacrée à y répondre.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Entrée libre, sans inscription. L'immeuble est accessible en fauteuil roulant.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Open day at La Cour des Tilleuls",
                "slug": "open-day-cour-des-tilleuls",
                "summary": "The eighteen households of this housing cooperative on the Île de Nantes open their doors: guided tours, a talk on how they financed the building and afternoon tea in the common room, for anyone who dreams of living differently.",
                "body": [
                    (
                        "paragraph",
                        "<p>Is it possible to live in the city without paying sky-high rent or taking on a lifetime of mortgage debt? The residents of La Cour des Tilleuls believe it is, and for one afternoon they are opening their building to anyone who wants to see for themselves. The aim is to raise awareness of cooperative housing, a model that is still rare and that the SSOLEIL handbook cites as one of the ways to guarantee access to decent housing.</p>",
                    ),
                    ("heading", {"text": "The afternoon's programme", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Activities run throughout the afternoon:</p><ul><li><b>Guided tours</b> every hour, in small groups: the lime-tree courtyard, the laundry, the workshop, the guest room and one of the flats.</li><li><b>A talk with the founding members</b> about the five years the project took, the long lease on a plot owned by the city and the loan from an ethical bank.</li><li><b>Afternoon tea</b> in the common room, with a play corner for younger children.</li></ul>",
                    ),
                    ("heading", {"text": "For groups with a project of their own", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The cooperative shares its statutes, its budget templates and the lessons it has learnt, including the less glorious ones. If you belong to a group that wants to start a project of its own, bring your questions: there will be a table set aside to answer them.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Entry is free and there is no need to register. The building is wheelchair accessible.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "atelier-epargne-ethique-en-ligne",
        "event_type": "Workshop",
        "status": "scheduled",
        "attendance": "online",
        "time_zone": "Europe/Paris",
        "occurrences": [
            (6, "19:00", "20:15", False),
        ],
        "territory": None,
        "city": None,
        "venue": None,
        "street_address": "",
        "postcode": "",
        "country": "",
        "online_url": "https://visio.example.org/epargne-ethique",
        "organiser": "Collectif Épargne et Territoires",
        "organiser_url": "https://epargne-territoires.example.org",
        "registration_url": "",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["aurrezki-sarea"],
        "texts": {
            "es": {
                "title": "Introducción al ahorro ético",
                "slug": "introduccion-al-ahorro-etico",
                "summary": "Un taller en línea de hora y cuarto para entender adónde va tu dinero cuando lo guardas en el banco y qué ofrecen las finanzas éticas. Con la participación de Aurrezki Sarea, una mutualidad de ahorro de Bilbao.",
                "body": [
                    (
                        "paragraph",
                        "<p>¿Sabes qué financia tu banco con el dinero de tu cuenta de ahorro? Este taller en línea, pensado para quien nunca se ha hecho esa pregunta, explica con ejemplos sencillos qué distingue a las finanzas éticas de la banca convencional y cómo elegir dónde ahorrar sin necesidad de saber de economía.</p>",
                    ),
                    ("heading", {"text": "Qué veremos", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En una hora y cuarto repasaremos:</p><ul><li>Adónde va el dinero de los depósitos y quién decide a qué se presta.</li><li>Los criterios de las finanzas éticas: transparencia, exclusión de la especulación y del armamento, y valor social de los proyectos financiados.</li><li>Las preguntas que conviene hacer antes de abrir una cuenta: rentabilidad, riesgos, garantías y gobernanza.</li></ul>",
                    ),
                    ("heading", {"text": "Una experiencia desde Bilbao", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Una voluntaria de Aurrezki Sarea contará cómo funciona su mutualidad: publica cada año el nombre y el importe de todos sus préstamos, solo presta a la economía social y al comercio justo, y da un voto a cada persona socia, ahorre lo que ahorre.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>El taller es gratuito y no requiere inscripción: basta con entrar en el enlace de la sesión, que se abre un cuarto de hora antes. Se imparte en francés, con interpretación simultánea al español y al inglés, y habrá tiempo para preguntas.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Introduction à l'épargne éthique",
                "slug": "introduction-epargne-ethique",
                "summary": "Un atelier en ligne d'une heure et quart pour comprendre où va votre argent quand il dort à la banque et ce que propose la finance éthique. Avec la participation d'Aurrezki Sarea, une mutuelle d'épargne de Bilbao.",
                "body": [
                    (
                        "paragraph",
                        "<p>Savez-vous ce que votre banque finance avec l'argent de votre livret ? Cet atelier en ligne, conçu pour celles et ceux qui ne se sont jamais posé la question, explique avec des exemples simples ce qui distingue la finance éthique de la banque classique et comment choisir où épargner, sans avoir besoin de s'y connaître en économie.</p>",
                    ),
                    ("heading", {"text": "Au programme", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En une heure et quart, nous verrons :</p><ul><li>Où va l'argent des dépôts et qui décide à quoi il est prêté.</li><li>Les critères de la finance éthique : transparence, exclusion de la spéculation et de l'armement, utilité sociale des projets financés.</li><li>Les questions à poser avant d'ouvrir un compte : rendement, risques, garanties et gouvernance.</li></ul>",
                    ),
                    ("heading", {"text": "Une expérience venue de Bilbao", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Une bénévole d'Aurrezki Sarea présentera le fonctionnement de sa mutuelle : elle publie chaque année le nom et le montant de tous ses prêts, ne prête qu'à l'économie sociale et au commerce équitable, et donne une voix à chaque sociétaire, quel que soit le montant épargné.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>L'atelier est gratuit et sans inscription : il suffit de rejoindre le lien de la séance, ouvert un quart d'heure avant le début. Il se tient en français, avec une interprétation simultanée en espagnol et en anglais, et un temps est prévu pour les questions.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Introduction to ethical savings",
                "slug": "introduction-to-ethical-savings",
                "summary": "A 75-minute online workshop to understand where your money goes when it sits in the bank and what ethical finance has to offer. With Aurrezki Sarea, a mutual savings society from Bilbao.",
                "body": [
                    (
                        "paragraph",
                        "<p>Do you know what your bank finances with the money in your savings account? This online workshop, designed for people who have never asked themselves that question, uses simple examples to explain what sets ethical finance apart from mainstream banking and how to choose where to save, with no background in economics needed.</p>",
                    ),
                    ("heading", {"text": "What we will cover", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>In an hour and a quarter we will look at:</p><ul><li>Where the money in deposits goes, and who decides what it is lent for.</li><li>The criteria of ethical finance: transparency, no speculation or arms, and the social value of the projects financed.</li><li>The questions worth asking before you open an account: returns, risks, guarantees and governance.</li></ul>",
                    ),
                    ("heading", {"text": "Experience from Bilbao", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>A volunteer from Aurrezki Sarea will explain how her mutual society works: every year it publishes the name and amount of each of its loans, it lends only to the social economy and fair trade, and it gives every member one vote, however much they have saved.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>The workshop is free and there is no need to register: just follow the link to the session, which opens fifteen minutes before the start. It is held in French, with simultaneous interpreting into Spanish and English, and there will be time for questions.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "conference-economie-du-soin-lyon",
        "event_type": "Conference",
        "status": "scheduled",
        "attendance": "mixed",
        "time_zone": "Europe/Paris",
        "occurrences": [
            (45, "18:00", "20:30", False),
        ],
        "territory": "FR-ARA",
        "city": {"es": "Lyon", "fr": "Lyon", "en": "Lyon"},
        "venue": {
            "es": "Sala de la Grande Côte",
            "fr": "Salle de la Grande Côte",
            "en": "Grande Côte hall",
        },
        "street_address": "22 rue des Métiers-à-Tisser",
        "postcode": "69004",
        "country": "FR",
        "online_url": "https://direct.example.org/economie-du-soin",
        "organiser": "Les Canuts du Soin",
        "organiser_url": "https://canuts-du-soin.example.org",
        "registration_url": "https://canuts-du-soin.example.org/conference",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["canuts-du-soin"],
        "texts": {
            "es": {
                "title": "Cuidar bien, trabajar bien: conferencia sobre la economía de los cuidados",
                "slug": "conferencia-economia-cuidados-lyon",
                "summary": "En la Croix-Rousse y en directo por internet, auxiliares de ayuda a domicilio, familias e investigadoras debaten cómo dignificar un sector esencial y precario. Organiza la cooperativa Les Canuts du Soin.",
                "body": [
                    (
                        "paragraph",
                        "<p>El manual SSOLEIL describe los cuidados como un sector fundamental para el bienestar social que sigue infravalorado y, en muchos casos, precarizado. ¿Cómo se cambia eso? Esta conferencia reúne a quienes cuidan, a quienes reciben cuidados y a quienes estudian el sector para hablar de soluciones concretas, de las cooperativas a la corresponsabilidad de toda la sociedad.</p>",
                    ),
                    ("heading", {"text": "Programa", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Cada parte dura lo justo para dejar tiempo al debate:</p><ul><li><b>18:00</b>: bienvenida y presentación de Les Canuts du Soin, una cooperativa de ayuda a domicilio de la que son dueñas sus trabajadoras y las familias.</li><li><b>18:20</b>: conferencia de una socióloga del trabajo sobre el tiempo de los cuidados y las visitas de quince minutos.</li><li><b>19:00</b>: mesa redonda con una auxiliar, un familiar que forma parte del consejo de administración y una trabajadora de los servicios sociales.</li><li><b>19:45</b>: preguntas del público, en la sala y en línea.</li></ul>",
                    ),
                    ("heading", {"text": "En la sala o desde casa", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La conferencia se celebra en la Croix-Rousse, el barrio de los canuts, y se retransmite en directo. La entrada es gratuita; para asistir en persona conviene reservar plaza, porque el aforo es limitado. Para seguirla en línea basta con abrir el enlace de la retransmisión. Se desarrolla en francés, con subtítulos en directo en español y en inglés.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Bien soigner, bien travailler : conférence sur l'économie du soin",
                "slug": "conference-economie-du-soin-lyon",
                "summary": "À la Croix-Rousse et en direct sur internet, aides à domicile, familles et chercheuses débattent des moyens de revaloriser un secteur essentiel et précaire. Une conférence organisée par la coopérative Les Canuts du Soin.",
                "body": [
                    (
                        "paragraph",
                        "<p>Le manuel SSOLEIL décrit le soin comme un secteur fondamental pour le bien-être social, qui reste pourtant sous-évalué et, bien souvent, précaire. Comment changer la donne ? Cette conférence réunit celles et ceux qui prennent soin, celles et ceux qui sont accompagnés et celles et ceux qui étudient le secteur pour parler de solutions concrètes, de la coopérative à la coresponsabilité de toute la société.</p>",
                    ),
                    ("heading", {"text": "Programme", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Chaque séquence est courte pour laisser toute sa place au débat :</p><ul><li><b>18 h</b> : accueil et présentation des Canuts du Soin, une coopérative d'aide à domicile détenue par ses salariées et par les familles.</li><li><b>18 h 20</b> : intervention d'une sociologue du travail sur le temps du soin et les interventions d'un quart d'heure.</li><li><b>19 h</b> : table ronde avec une aide à domicile, un proche membre du conseil d'administration et une travailleuse sociale.</li><li><b>19 h 45</b> : questions du public, dans la salle et en ligne.</li></ul>",
                    ),
                    ("heading", {"text": "Dans la salle ou depuis chez vous", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La conférence a lieu à la Croix-Rousse, le quartier des canuts, et elle est retransmise en direct. L'entrée est gratuite ; pour venir sur place, mieux vaut réserver, car le nombre de places est limité. Pour la suivre en ligne, il suffit d'ouvrir le lien de la retransmission. Elle se déroule en français, avec un sous-titrage en direct en espagnol et en anglais.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Caring well, working well: a conference on the care economy",
                "slug": "care-economy-conference-lyon",
                "summary": "In the Croix-Rousse and streamed live, home-care workers, families and researchers discuss how to give an essential but precarious sector the recognition it deserves. Organised by the Les Canuts du Soin cooperative.",
                "body": [
                    (
                        "paragraph",
                        "<p>The SSOLEIL handbook describes care as a sector that is fundamental to social welfare yet remains undervalued and, in many cases, precarious. How can that change? This conference brings together people who provide care, people who receive it and people who study the sector to talk about practical solutions, from cooperatives to a responsibility shared by society as a whole.</p>",
                    ),
                    ("heading", {"text": "Programme", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Each part is kept short to leave plenty of time for discussion:</p><ul><li><b>18:00</b>: welcome and an introduction to Les Canuts du Soin, a home-care cooperative owned by its care workers and the families they support.</li><li><b>18:20</b>: a talk by a sociologist of work on the time that care takes and on fifteen-minute visits.</li><li><b>19:00</b>: panel discussion with a care worker, a relative who sits on the cooperative's board and a social worker.</li><li><b>19:45</b>: questions from the audience, in the hall and online.</li></ul>",
                    ),
                    ("heading", {"text": "In the hall or from home", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The conference takes place in the Croix-Rousse, the old silk weavers' district, and is streamed live. Entry is free; if you want to attend in person, it is best to book, as seating is limited. To watch online, simply open the link to the stream. It is held in French, with live subtitles in Spanish and English.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "marche-monnaie-locale-rennes",
        "event_type": "Social market",
        "status": "cancelled",
        "attendance": "in-person",
        "time_zone": "Europe/Paris",
        "occurrences": [
            (15, "10:00", "17:00", False),
        ],
        "territory": "FR-BRE",
        "city": {"es": "Rennes", "fr": "Rennes", "en": "Rennes"},
        "venue": {
            "es": "Mercado cubierto de Saint-Hélier",
            "fr": "Halle de Saint-Hélier",
            "en": "Saint-Hélier covered market",
        },
        "street_address": "9 rue du Marché-Couvert",
        "postcode": "35000",
        "country": "FR",
        "online_url": "",
        "organiser": "L'Ajonc",
        "organiser_url": "https://ajonc.example.org",
        "registration_url": "",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["ajonc-rennes"],
        "texts": {
            "es": {
                "title": "Mercado de la moneda local L'Ajonc",
                "slug": "mercado-moneda-local-ajonc-rennes",
                "summary": "Cancelado: el mercado trimestral de la moneda local L'Ajonc no se celebrará porque el mercado cubierto de Saint-Hélier cierra por obras urgentes en el tejado. Los comercios adheridos y los puntos de cambio siguen funcionando con normalidad.",
                "body": [
                    (
                        "paragraph",
                        "<p><b>Este mercado queda cancelado.</b> Tras el último temporal, una inspección técnica detectó daños en el tejado del mercado cubierto de Saint-Hélier, que permanecerá cerrado mientras duren las obras. En tan poco tiempo no ha sido posible encontrar otro espacio cubierto con capacidad para todos los puestos, así que la asociación ha preferido anular esta edición antes que celebrarla a medias.</p>",
                    ),
                    ("heading", {"text": "¿Y ahora qué?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Lo esencial para quienes pensaban venir:</p><ul><li>Los 310 comercios y productores que aceptan el ajonc siguen abiertos; el directorio en línea de la asociación indica dónde encontrarlos.</li><li>Los puntos de cambio de euros a ajoncs funcionan con normalidad.</li><li>Los puestos que ya habían confirmado su participación recibirán un mensaje de la asociación y tendrán prioridad en el próximo mercado.</li></ul>",
                    ),
                    ("heading", {"text": "El próximo mercado", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>L'Ajonc organiza un mercado cada trimestre para que comercios, productores y personas usuarias se conozcan en persona. La fecha del siguiente se publicará en esta sección en cuanto se confirme el espacio. Si habías añadido esta cita a tu calendario, ya puedes borrarla.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Marché de la monnaie locale L'Ajonc",
                "slug": "marche-monnaie-locale-ajonc-rennes",
                "summary": "Annulé : le marché trimestriel de la monnaie locale L'Ajonc n'aura pas lieu, car la halle de Saint-Hélier ferme pour des travaux urgents sur sa toiture. Les commerces adhérents et les comptoirs de change restent ouverts normalement.",
                "body": [
                    (
                        "paragraph",
                        "<p><b>Ce marché est annulé.</b> Après la dernière tempête, une inspection technique a relevé des dégâts sur la toiture de la halle de Saint-Hélier, qui restera fermée pendant toute la durée des travaux. Dans un délai aussi court, aucune autre salle couverte assez grande pour accueillir tous les stands n'a pu être trouvée : l'association a donc préféré annuler cette édition plutôt que de la faire à moitié.</p>",
                    ),
                    ("heading", {"text": "Et maintenant ?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>L'essentiel pour celles et ceux qui comptaient venir :</p><ul><li>Les 310 commerçants et producteurs qui acceptent l'ajonc restent ouverts ; l'annuaire en ligne de l'association indique où les trouver.</li><li>Les comptoirs de change d'euros en ajoncs fonctionnent normalement.</li><li>Les exposants qui avaient confirmé leur participation recevront un message de l'association et seront prioritaires pour le prochain marché.</li></ul>",
                    ),
                    ("heading", {"text": "Le prochain marché", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>L'Ajonc organise un marché chaque trimestre pour que commerçants, producteurs et utilisateurs se rencontrent en vrai. La date du prochain sera publiée dans cette rubrique dès que le lieu sera confirmé. Si vous aviez ajouté ce rendez-vous à votre agenda, vous pouvez le supprimer.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "L'Ajonc local currency market",
                "slug": "ajonc-local-currency-market-rennes",
                "summary": "Cancelled: L'Ajonc's quarterly local currency market will not take place, because the Saint-Hélier covered market is closing for urgent repairs to its roof. Member businesses and exchange points remain open as usual.",
                "body": [
                    (
                        "paragraph",
                        "<p><b>This market has been cancelled.</b> After the last storm, a structural inspection found damage to the roof of the Saint-Hélier covered market, which will stay closed while the repairs are carried out. At such short notice it has not been possible to find another covered venue big enough for all the stalls, so the association has decided to call off this market rather than hold a half-hearted version of it.</p>",
                    ),
                    ("heading", {"text": "What happens now?", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The main points for anyone who was planning to come:</p><ul><li>The 310 shops and producers that accept the ajonc are still open; the association's online directory shows where to find them.</li><li>The points where you can exchange euros for ajoncs are operating as usual.</li><li>Stallholders who had already confirmed will hear from the association and will be given priority at the next market.</li></ul>",
                    ),
                    ("heading", {"text": "The next market", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>L'Ajonc holds a market every quarter so that shopkeepers, producers and users can meet in person. The date of the next one will be published in this section as soon as the venue is confirmed. If you had added this date to your calendar, you can delete it.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "visita-huerta-el-sequiol",
        "event_type": "Workshop",
        "status": "scheduled",
        "attendance": "in-person",
        "time_zone": "Europe/Madrid",
        "occurrences": [
            (60, "00:00", "00:00", True),
        ],
        "territory": "ES-VC",
        "city": {"es": "Meliana", "fr": "Meliana", "en": "Meliana"},
        "venue": {
            "es": "Huerta de El Sequiol",
            "fr": "Les champs d'El Sequiol",
            "en": "El Sequiol's fields",
        },
        "street_address": "Camí del Sequiol, 3",
        "postcode": "46133",
        "country": "ES",
        "online_url": "",
        "organiser": "El Sequiol",
        "organiser_url": "https://elsequiol.example.org",
        "registration_url": "https://elsequiol.example.org/visita",
        "price": {
            "es": "12 €, comida incluida (gratis para menores de 12 años)",
            "fr": "12 €, repas compris (gratuit pour les moins de 12 ans)",
            "en": "€12 including lunch (free for under-12s)",
        },
        "participants": ["el-sequiol"],
        "texts": {
            "es": {
                "title": "Un día en la huerta de El Sequiol",
                "slug": "un-dia-en-la-huerta-de-el-sequiol",
                "summary": "Una jornada en Meliana, en plena Horta Nord, para conocer por dentro una cooperativa agroecológica: paseo por los campos, banco de semillas, una tarea de temporada y comida compartida con las personas socias. Plazas limitadas.",
                "body": [
                    (
                        "paragraph",
                        "<p>¿Quién cultiva lo que comemos, y en qué condiciones? La cooperativa agroecológica El Sequiol abre sus campos de Meliana, a un cuarto de hora en bici del centro de Valencia, para una jornada entera de huerta. Es la ocasión de ver de cerca cómo se organizan once agricultores y agricultoras y más de trescientos hogares que prefinancian juntos la temporada.</p>",
                    ),
                    ("heading", {"text": "Cómo será el día", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La jornada empieza a las 9:30 en el almacén de la cooperativa:</p><ul><li><b>Paseo por los campos</b> y por los pequeños canales de riego que dan nombre al proyecto.</li><li><b>Visita al banco de semillas</b>, con 48 variedades locales de tomate, judía, pimiento y calabaza.</li><li><b>Una tarea de temporada</b>, según lo que pida la huerta ese día: sembrar, entutorar o cosechar.</li><li><b>Comida compartida</b> con productos de la cooperativa y una charla sobre cómo se vota en asamblea el precio de la cesta.</li></ul>",
                    ),
                    ("heading", {"text": "Información práctica", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Trae calzado cómodo, gorra y agua. Las plazas son limitadas, así que es imprescindible inscribirse. La visita está pensada también para familias, y los menores de 12 años no pagan.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Une journée aux champs avec El Sequiol",
                "slug": "une-journee-aux-champs-avec-el-sequiol",
                "summary": "Une journée à Meliana, au cœur de la huerta au nord de Valence, pour découvrir de l'intérieur une coopérative agroécologique : balade dans les champs, banque de semences, travaux de saison et repas partagé avec les membres. Places limitées.",
                "body": [
                    (
                        "paragraph",
                        "<p>Qui cultive ce que nous mangeons, et dans quelles conditions ? La coopérative agroécologique El Sequiol ouvre ses champs de Meliana, à un quart d'heure à vélo du centre de Valence, le temps d'une journée entière. L'occasion de voir de près comment s'organisent onze maraîchers et plus de trois cents foyers qui préfinancent ensemble la saison.</p>",
                    ),
                    ("heading", {"text": "Le déroulé de la journée", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Rendez-vous à 9 h 30 au hangar de la coopérative :</p><ul><li><b>Balade dans les champs</b> et le long des petits canaux d'irrigation qui ont donné leur nom au projet.</li><li><b>Visite de la banque de semences</b>, riche de 48 variétés locales de tomates, haricots, poivrons et courges.</li><li><b>Travaux de saison</b>, selon ce que demandent les cultures ce jour-là : semer, tuteurer ou récolter.</li><li><b>Repas partagé</b> avec les produits de la coopérative et une discussion sur la façon dont l'assemblée vote le prix du panier.</li></ul>",
                    ),
                    ("heading", {"text": "Infos pratiques", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Prévoyez de bonnes chaussures, une casquette et de l'eau. Les places sont limitées : l'inscription est obligatoire. La visite est aussi pensée pour les familles, et c'est gratuit pour les moins de 12 ans.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "A day on the land with El Sequiol",
                "slug": "a-day-on-the-land-with-el-sequiol",
                "summary": "A day in Meliana, in the market gardens north of Valencia, to see an agroecological cooperative from the inside: a walk through the fields, the seed bank, a seasonal task and a shared lunch with the members. Places are limited.",
                "body": [
                    (
                        "paragraph",
                        "<p>Who grows the food we eat, and under what conditions? The agroecological cooperative El Sequiol is opening its fields in Meliana, a quarter of an hour by bike from the centre of Valencia, for a whole day. It is a chance to see up close how eleven growers and more than three hundred households organise themselves to pay for the season together, up front.</p>",
                    ),
                    ("heading", {"text": "How the day will go", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The day starts at 9:30 am at the cooperative's warehouse:</p><ul><li><b>A walk through the fields</b> and along the small irrigation channels that gave the project its name.</li><li><b>A visit to the seed bank</b>, with 48 local varieties of tomato, bean, pepper and squash.</li><li><b>A seasonal task</b>, depending on what the crops need that day: sowing, staking or harvesting.</li><li><b>A shared lunch</b> made with the cooperative's produce, and a chat about how the general meeting votes on the price of the veg box.</li></ul>",
                    ),
                    ("heading", {"text": "Practical information", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Bring comfortable shoes, a cap and water. Places are limited, so you must register in advance. The visit is designed with families in mind too, and children under 12 go free.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "foro-mercados-sociales-madrid",
        "event_type": "Forum",
        "status": "scheduled",
        "attendance": "in-person",
        "time_zone": "Europe/Madrid",
        "occurrences": [
            (-20, "17:00", "20:30", False),
        ],
        "territory": "ES-MD",
        "city": {"es": "Madrid", "fr": "Madrid", "en": "Madrid"},
        "venue": {
            "es": "Espacio vecinal Las Moreras",
            "fr": "Espace de quartier Las Moreras",
            "en": "Las Moreras community space",
        },
        "street_address": "Calle de los Tejedores, 21",
        "postcode": "28038",
        "country": "ES",
        "online_url": "",
        "organiser": "Asamblea de Consumo Responsable de Puente de Vallecas",
        "organiser_url": "",
        "registration_url": "",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["red-alcaucil", "el-sequiol"],
        "texts": {
            "es": {
                "title": "Foro de mercados sociales y consumo responsable",
                "slug": "foro-mercados-sociales-consumo-responsable",
                "summary": "Unas ciento veinte personas se reunieron en Puente de Vallecas para debatir cómo acercar los mercados sociales a los barrios. Red Alcaucil y El Sequiol compartieron su experiencia. Aquí tienes lo que se habló y las conclusiones.",
                "body": [
                    (
                        "paragraph",
                        "<p>¿Cómo se consigue que la economía social y solidaria llegue más allá de quienes ya la conocen? Ese fue el punto de partida de este foro, que reunió a unas ciento veinte personas de asociaciones vecinales, cooperativas de consumo, grupos de compra y comercios del distrito de Puente de Vallecas.</p>",
                    ),
                    ("heading", {"text": "Dos experiencias para empezar", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Desde Sevilla, Red Alcaucil explicó cómo su mercado mensual y su fondo de crédito solidario han convertido a casi cien entidades en una red que se compra y se presta dinero entre sí. Desde la huerta valenciana, El Sequiol contó cómo más de trescientos hogares prefinancian la temporada y votan en asamblea el precio de la cesta.</p>",
                    ),
                    ("heading", {"text": "Conclusiones", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Los grupos de trabajo acordaron tres propuestas:</p><ul><li>Crear un directorio de la economía solidaria del distrito, en papel y en línea.</li><li>Poner a prueba un mercado social trimestral en una plaza del barrio.</li><li>Pedir a la junta municipal de distrito que incluya cláusulas sociales en sus contratos de catering y de limpieza.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Las personas asistentes se llevaron el compromiso de volver a reunirse para revisar cómo avanzan estas propuestas.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Forum des marchés solidaires et de la consommation responsable",
                "slug": "forum-marches-solidaires-consommation-responsable",
                "summary": "Quelque cent vingt personnes se sont réunies à Puente de Vallecas pour débattre des moyens de rapprocher les marchés solidaires des quartiers. Red Alcaucil et El Sequiol ont partagé leur expérience. Retour sur les échanges et les conclusions.",
                "body": [
                    (
                        "paragraph",
                        "<p>Comment faire connaître l'économie sociale et solidaire au-delà du cercle des convaincus ? C'était le point de départ de ce forum, qui a réuni quelque cent vingt personnes venues d'associations de quartier, de coopératives de consommateurs, de groupements d'achat et de commerces de l'arrondissement de Puente de Vallecas.</p>",
                    ),
                    ("heading", {"text": "Deux expériences pour commencer", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Venue de Séville, Red Alcaucil a expliqué comment son marché mensuel et son fonds de crédit solidaire ont transformé près de cent structures en un réseau qui achète et se prête de l'argent en interne. Depuis la huerta de Valence, El Sequiol a raconté comment plus de trois cents foyers préfinancent la saison et votent en assemblée le prix du panier.</p>",
                    ),
                    ("heading", {"text": "Conclusions", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les groupes de travail ont retenu trois propositions :</p><ul><li>Créer un annuaire de l'économie solidaire de l'arrondissement, sur papier et en ligne.</li><li>Tester un marché solidaire trimestriel sur une place du quartier.</li><li>Demander à la mairie d'arrondissement d'intégrer des clauses sociales dans ses marchés de restauration et de nettoyage.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Les participants se sont engagés à se retrouver pour faire le point sur l'avancement de ces propositions.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Forum on social markets and responsible consumption",
                "slug": "social-markets-responsible-consumption-forum",
                "summary": "Some 120 people met in Puente de Vallecas to discuss how to bring social markets closer to local neighbourhoods. Red Alcaucil and El Sequiol shared their experience. Here is what was said and what was agreed.",
                "body": [
                    (
                        "paragraph",
                        "<p>How can the social and solidarity economy reach beyond the people who already know about it? That was the starting point for this forum, which brought together some 120 people from residents' associations, consumer cooperatives, buying groups and local shops in the Puente de Vallecas district.</p>",
                    ),
                    ("heading", {"text": "Two experiences to start with", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>From Seville, Red Alcaucil explained how its monthly market and its solidarity credit fund have turned almost a hundred organisations into a network that buys from and lends to one another. From the market gardens of Valencia, El Sequiol described how more than three hundred households pay for the season up front and vote on the price of the veg box at their general meeting.</p>",
                    ),
                    ("heading", {"text": "Conclusions", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The working groups agreed on three proposals:</p><ul><li>Create a directory of the district's solidarity economy, in print and online.</li><li>Try out a quarterly social market in a square in the neighbourhood.</li><li>Ask the district council to include social clauses in its catering and cleaning contracts.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Those who took part committed to meeting again to review how these proposals are coming along.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "foire-ess-bordeaux",
        "event_type": "Fair",
        "status": "scheduled",
        "attendance": "in-person",
        "time_zone": "Europe/Paris",
        "occurrences": [
            (-41, "10:00", "19:00", False),
            (-40, "10:00", "18:00", False),
        ],
        "territory": "FR-NAQ",
        "city": {"es": "Burdeos", "fr": "Bordeaux", "en": "Bordeaux"},
        "venue": {
            "es": "Nave de La Bastide",
            "fr": "Halle de La Bastide",
            "en": "La Bastide market hall",
        },
        "street_address": "15 quai des Gabares",
        "postcode": "33100",
        "country": "FR",
        "online_url": "",
        "organiser": "Collectif Garonne Solidaire",
        "organiser_url": "",
        "registration_url": "",
        "price": {"es": "", "fr": "", "en": ""},
        "participants": ["etabli-du-lez", "ajonc-rennes"],
        "texts": {
            "es": {
                "title": "Feria de la Economía Social y Solidaria de Burdeos",
                "slug": "feria-economia-social-solidaria-burdeos",
                "summary": "Durante dos días, ochenta entidades de la economía social y solidaria de Nueva Aquitania y de otras regiones llenaron una nave de La Bastide. Un repaso a lo que se vio: reutilización, monedas locales, alimentación y debates.",
                "body": [
                    (
                        "paragraph",
                        "<p>Durante dos días, una antigua nave de la orilla derecha del Garona se convirtió en el punto de encuentro de la economía social y solidaria de Nueva Aquitania. Ochenta entidades (cooperativas agrícolas, empresas de inserción, asociaciones de comercio justo, monedas locales) recibieron a varios miles de visitantes, con la entrada libre.</p>",
                    ),
                    ("heading", {"text": "Invitadas de otras regiones", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La feria invitó a dos iniciativas de fuera de la región. L'Établi du Lez, el centro de reutilización de Montpellier, montó un taller de reparación en directo en el que se arreglaron decenas de pequeños electrodomésticos. L'Ajonc, la moneda local de Rennes, explicó a las asociaciones bordelesas cómo lanzar una moneda complementaria y qué errores conviene evitar al principio.</p>",
                    ),
                    ("heading", {"text": "Lo que queda", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Los debates del segundo día se centraron en la contratación pública y en el acceso a la financiación. Las entidades participantes se comprometieron a crear un grupo de trabajo regional sobre cláusulas sociales y a presentar sus primeros resultados en la próxima edición de la feria.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Evento de ejemplo, inventado para la demostración de Soleil.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Foire de l'économie sociale et solidaire de Bordeaux",
                "slug": "foire-economie-sociale-solidaire-bordeaux",
                "summary": "Pendant deux jours, quatre-vingts structures de l'économie sociale et solidaire de Nouvelle-Aquitaine et d'ailleurs ont investi une halle de La Bastide. Retour sur la foire : réemploi, monnaies locales, alimentation et débats.",
                "body": [
                    (
                        "paragraph",
                        "<p>Pendant deux jours, une ancienne halle de la rive droite de la Garonne est devenue le lieu de rendez-vous de l'économie sociale et solidaire de Nouvelle-Aquitaine. Quatre-vingts structures (coopératives agricoles, entreprises d'insertion, associations de commerce équitable, monnaies locales) ont accueilli plusieurs milliers de visiteurs, en entrée libre.</p>",
                    ),
                    ("heading", {"text": "Des invités venus d'autres régions", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La foire avait invité deux initiatives extérieures à la région. L'Établi du Lez, la ressourcerie montpelliéraine, a animé un atelier de réparation en direct où des dizaines de petits appareils électroménagers ont été remis en état. L'Ajonc, la monnaie locale rennaise, a expliqué aux associations bordelaises comment lancer une monnaie complémentaire et quelles erreurs éviter au démarrage.</p>",
                    ),
                    ("heading", {"text": "Ce qu'il en reste", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les débats du second jour ont porté sur la commande publique et l'accès au financement. Les structures participantes se sont engagées à créer un groupe de travail régional sur les clauses sociales et à présenter ses premiers résultats lors de la prochaine édition de la foire.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Événement fictif, inventé pour la démonstration de Soleil.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Bordeaux Social and Solidarity Economy Fair",
                "slug": "bordeaux-social-solidarity-economy-fair",
                "summary": "For two days, eighty social and solidarity economy organisations from Nouvelle-Aquitaine and beyond filled a market hall in La Bastide. A look back at the fair: reuse, local currencies, food and debates.",
                "body": [
                    (
                        "paragraph",
                        "<p>For two days, an old hall on the right bank of the Garonne became the meeting place of the social and solidarity economy in Nouvelle-Aquitaine. Eighty organisations (farming cooperatives, work-integration enterprises, fair-trade associations, local currencies) welcomed several thousand visitors, with free entry.</p>",
                    ),
                    ("heading", {"text": "Guests from other regions", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The fair invited two initiatives from outside the region. L'Établi du Lez, the reuse and repair centre from Montpellier, ran a live repair workshop at which dozens of small household appliances were brought back to life. L'Ajonc, the Rennes local currency, explained to associations in Bordeaux how to launch a complementary currency and which mistakes to avoid at the start.</p>",
                    ),
                    ("heading", {"text": "What came out of it", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The debates on the second day focused on public procurement and access to finance. The organisations taking part committed to setting up a regional working group on social clauses and to presenting its first results at the next fair.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>An example event, invented for the Soleil demo.</i></p>",
                    ),
                ],
            },
        },
    },
]
