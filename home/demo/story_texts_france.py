"""Demo success stories: example initiatives in France and the Basque Country, in es, fr and en."""

STORIES = [
    {
        "key": "cour-des-tilleuls",
        "example": True,
        "initiative_name": "La Cour des Tilleuls",
        "organisation_form": "Cooperative",
        "sectors": ["Cooperative housing and co-housing"],
        "territory": "FR-PDL",
        "city": {"es": "Nantes", "fr": "Nantes", "en": "Nantes"},
        "founded": 2016,
        "website": "",
        "sdgs": [11, 10],
        "published": "2026-03-19",
        "figures": [
            ("18", {"es": "viviendas", "fr": "logements", "en": "homes"}),
            ("41", {"es": "vecinas y vecinos", "fr": "habitants", "en": "residents"}),
            (
                "25%",
                {
                    "es": "de la superficie es de uso común",
                    "fr": "de la surface en espaces partagés",
                    "en": "of the floor space shared",
                },
            ),
            (
                "30%",
                {
                    "es": "por debajo del alquiler medio del barrio",
                    "fr": "sous le loyer moyen du quartier",
                    "en": "below the average rent in the area",
                },
            ),
        ],
        "tags": {
            "es": ["vivienda cooperativa", "covivienda", "autogestión"],
            "fr": ["coopérative d'habitants", "habitat participatif", "autogestion"],
            "en": ["housing cooperative", "co-housing", "self-management"],
        },
        "texts": {
            "es": {
                "title": "La Cour des Tilleuls: en Nantes, vecinos que son dueños de su edificio en común",
                "slug": "compartir-techo-en-nantes",
                "summary": (
                    "En Nantes, dieciocho hogares han levantado una cooperativa de vivienda en la que "
                    "nadie compra su piso ni especula: el edificio es de todos, las decisiones se toman "
                    "en asamblea y la cuota mensual queda muy por debajo de los alquileres del barrio."
                ),
                "hero_alt": "Ilustración: un sol sobre colinas verdes y cuatro casas de colores con las ventanas iluminadas",
                "hero_caption": "Dieciocho hogares, un patio y un edificio de propiedad colectiva.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>En una calle tranquila de la isla de Nantes, un edificio de madera de tres plantas se abre a un patio con dos tilos. Nada en la fachada lo delata, pero aquí nadie es dueño de su piso. El inmueble pertenece a <b>La Cour des Tilleuls</b>, una cooperativa de vivienda creada en 2016 por un puñado de familias hartas de elegir entre unos alquileres disparados y una hipoteca que no podían pagar.</p>",
                    ),
                    ("heading", {"text": "Propiedad compartida: un hogar, un voto", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Cada hogar suscribe participaciones de la cooperativa y después abona una cuota mensual que cubre el préstamo, el mantenimiento y un fondo de reserva: en total, en torno a un 30 % menos que el alquiler medio de la zona. Cuando una familia se marcha, recupera sus participaciones por su valor inicial, actualizado solo según la inflación. La vivienda no puede revenderse con beneficio, así que sigue siendo asequible para quien llegue después. Las decisiones se toman en asamblea con una regla sencilla, un hogar, un voto, sea cual sea el tamaño de la vivienda.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "No buscábamos solo un techo más barato. Queríamos conocer a nuestros vecinos y poder decidir sobre el lugar donde crecen nuestros hijos.",
                            "attribution": "Maëlle, enfermera y socia fundadora",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Cerca de una cuarta parte de la superficie es de uso común: una lavandería, un taller, una habitación para las visitas y una gran sala donde los viernes por la noche se cocina y se cena en común. Compartir estos espacios permite que cada vivienda sea más pequeña, lo que a su vez abarata la cuota. Y pesa mucho para quienes, de otro modo, vivirían solos: la vecina más joven tiene dos años; el decano, setenta y nueve.</p>",
                    ),
                    ("heading", {"text": "Un modelo que necesita aliados", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Llegar hasta aquí costó cinco años. Los bancos desconfiaban de un prestatario que no era ni promotor ni comprador particular, y el suelo en Nantes es caro. El proyecto salió adelante gracias a la cesión de un solar municipal a largo plazo y a un préstamo de la banca ética, dos condiciones que las personas socias consideran decisivas. El manual del que nace Soleil viene a decir lo mismo: la vivienda cooperativa avanza allí donde las administraciones públicas y las redes de la ESS trabajan codo con codo.</p>",
                    ),
                    ("heading", {"text": "Una experiencia para compartir", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Hoy la cooperativa recibe a grupos de otras ciudades y comparte sus estatutos, sus modelos de presupuesto y sus aprendizajes, también los menos gloriosos: asambleas que se alargan hasta la medianoche y semanas de debate para elegir el color de la escalera. «La autogestión se aprende —reconoce Maëlle—. Se aprende haciendo, y cada vez sale mejor».</p>",
                    ),
                ],
            },
            "fr": {
                "title": "La Cour des Tilleuls : à Nantes, des habitants propriétaires ensemble de leur immeuble",
                "slug": "partager-un-toit-a-nantes",
                "summary": (
                    "À Nantes, dix-huit foyers ont monté une coopérative d'habitants où personne "
                    "n'achète son logement ni ne spécule : l'immeuble appartient à tous, les décisions "
                    "se prennent en assemblée et la redevance reste bien en dessous des loyers du quartier."
                ),
                "hero_alt": "Illustration : un soleil sur des collines vertes et quatre maisons colorées aux fenêtres éclairées",
                "hero_caption": "Dix-huit foyers, une cour et un immeuble détenu en commun.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Dans une rue calme de l'Île de Nantes, un immeuble de trois étages à ossature bois s'organise autour d'une cour plantée de deux tilleuls. Rien ne l'indique sur la façade, mais ici, personne n'est propriétaire de son appartement. Le bâtiment appartient à <b>La Cour des Tilleuls</b>, une coopérative d'habitants fondée en 2016 par quelques familles lasses de devoir choisir entre des loyers qui flambent et un crédit immobilier hors de portée.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Propriété collective : un foyer, une voix", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Chaque foyer achète des parts sociales de la coopérative, puis verse une redevance mensuelle qui couvre l'emprunt, l'entretien et une provision pour travaux : au total, environ 30 % de moins que le loyer moyen du secteur. Quand une famille s'en va, elle récupère ses parts à leur valeur d'origine, simplement indexée sur l'inflation. Impossible de revendre avec une plus-value : le logement reste abordable pour ceux qui suivent. Les décisions se prennent en assemblée générale selon le principe « un foyer, une voix », quelle que soit la surface occupée.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "On ne cherchait pas seulement un toit moins cher. On voulait connaître nos voisins et avoir notre mot à dire sur l'endroit où grandissent nos enfants.",
                            "attribution": "Maëlle, infirmière et membre fondatrice",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Près d'un quart de la surface est mutualisé : une buanderie, un atelier, une chambre d'amis pour les proches de passage et une grande salle commune où l'on cuisine ensemble le vendredi soir. Mutualiser ces espaces permet de réduire la taille des logements, donc la redevance. Et cela compte pour celles et ceux qui, sinon, vivraient seuls : la plus jeune habitante a deux ans, le doyen soixante-dix-neuf.</p>",
                    ),
                    ("heading", {"text": "Un modèle qui a besoin d'alliés", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Il a fallu cinq ans pour en arriver là. Les banques se méfiaient d'un emprunteur qui n'était ni un promoteur ni un acquéreur privé, et le foncier nantais coûte cher. Le projet a abouti grâce à un bail de longue durée sur un terrain de la Ville et à un prêt d'une banque éthique, deux conditions que les coopérateurs jugent décisives. Le manuel dont est issu Soleil ne dit pas autre chose : l'habitat coopératif progresse là où collectivités et réseaux de l'ESS travaillent main dans la main.</p>",
                    ),
                    ("heading", {"text": "Une expérience à partager", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Aujourd'hui, la coopérative accueille des groupes venus d'autres villes et partage ses statuts, ses modèles de budget et ses enseignements, y compris les moins glorieux : des assemblées qui s'éternisent jusqu'à minuit et des semaines de débat pour choisir la couleur de la cage d'escalier. « L'autogestion, ça s'apprend, reconnaît Maëlle. On apprend en faisant, et on progresse à chaque fois. »</p>",
                    ),
                ],
            },
            "en": {
                "title": "La Cour des Tilleuls: the Nantes neighbours who own their building together",
                "slug": "sharing-a-roof-in-nantes",
                "summary": (
                    "In Nantes, eighteen households have built a housing cooperative where nobody buys "
                    "a flat and nobody speculates: the building belongs to everyone, decisions are taken "
                    "together and the monthly fee stays well below local rents."
                ),
                "hero_alt": "Illustration: a sun over green hills and four coloured houses with lit windows",
                "hero_caption": "Eighteen households, one courtyard and a building owned in common.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>On a quiet street on the Île de Nantes, a three-storey timber building wraps around a courtyard planted with two lime trees. Nothing on the façade gives it away, but nobody here owns their flat. The building belongs to <b>La Cour des Tilleuls</b>, a residents' cooperative founded in 2016 by a handful of families who were tired of choosing between soaring rents and a mortgage they could not afford.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Shared ownership: one household, one vote", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Each household buys shares in the cooperative and then pays a monthly fee that covers the loan, maintenance and a reserve fund: altogether, around 30% less than the average rent in the area. When a family moves out, it gets its shares back at their original value, adjusted only for inflation. The flat cannot be sold on at a profit, so it stays affordable for whoever comes next. Decisions are taken at the general meeting on a simple rule, one household, one vote, whatever the size of the flat.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "We didn't just want a cheaper roof. We wanted to know our neighbours and to have a say in the place where our children grow up.",
                            "attribution": "Maëlle, nurse and founding member",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Roughly a quarter of the floor space is shared: a laundry, a workshop, a guest room for visiting relatives and a large common room where residents cook and eat together on Friday evenings. Sharing these spaces means each flat can be smaller, which in turn keeps the fee down. It also matters a great deal to people who would otherwise live alone: the youngest resident is two, the oldest seventy-nine.</p>",
                    ),
                    ("heading", {"text": "A model that needs allies", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Getting this far took five years. Banks were wary of a borrower that was neither a developer nor a private buyer, and land in Nantes is expensive. The project went ahead thanks to a long lease on a plot owned by the city and a loan from an ethical bank, two conditions the members now describe as decisive. The handbook that Soleil grew out of says much the same: cooperative housing spreads where public authorities and SSE networks work hand in hand.</p>",
                    ),
                    ("heading", {"text": "An experience worth sharing", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Today the cooperative welcomes groups from other cities and shares its statutes, budget templates and lessons learned, including the less glorious ones: meetings that drag on until midnight and weeks of debate over the colour of the stairwell. ‘Self-management is a skill,’ Maëlle admits. ‘You learn it by doing, and you get better every time.’</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "etabli-du-lez",
        "example": True,
        "initiative_name": "L'Établi du Lez",
        "organisation_form": "Work-integration enterprise",
        "sectors": ["Circular economy", "Work integration"],
        "territory": "FR-OCC",
        "city": {"es": "Montpellier", "fr": "Montpellier", "en": "Montpellier"},
        "founded": 2012,
        "website": "",
        "sdgs": [8, 10, 12],
        "published": "2026-05-27",
        "figures": [
            (
                "420",
                {
                    "es": "toneladas al año que no acaban en el vertedero",
                    "fr": "tonnes par an détournées de l'enfouissement",
                    "en": "tonnes a year kept out of landfill",
                },
            ),
            (
                "32",
                {
                    "es": "personas con contrato de inserción",
                    "fr": "salariés en parcours d'insertion",
                    "en": "people on work-integration contracts",
                },
            ),
            (
                "64%",
                {
                    "es": "salen con empleo o formación",
                    "fr": "de sorties vers l'emploi ou la formation",
                    "en": "leave for a job or training",
                },
            ),
        ],
        "tags": {
            "es": ["reutilización", "reparación", "inserción laboral"],
            "fr": ["réemploi", "réparation", "insertion"],
            "en": ["reuse", "repair", "work integration"],
        },
        "texts": {
            "es": {
                "title": "L'Établi du Lez: segunda vida para los objetos, nuevas oportunidades para las personas",
                "slug": "segunda-vida-en-montpellier",
                "summary": (
                    "En Montpellier, un centro de reutilización recoge muebles, electrodomésticos y "
                    "bicicletas, los repara y los vende a precios bajos, mientras da empleo, formación "
                    "y acompañamiento a personas que llevaban mucho tiempo lejos del mercado laboral."
                ),
                "hero_alt": "Ilustración: un sol sobre colinas verdes, un círculo blanco de reciclaje y cuatro contenedores de colores",
                "hero_caption": "Lo que la ciudad tira, el taller lo repara y le da salida.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Cada mañana, las furgonetas descargan en una antigua nave a las afueras de Montpellier lo que la ciudad desecha: armarios, lavadoras, bicicletas infantiles, cajas llenas de vajilla. En <b>L'Établi du Lez</b>, una <i>ressourcerie</i> —así llaman en Francia a los centros de reutilización y reparación—, casi nada termina como residuo. Los objetos se clasifican, se limpian, se reparan y se venden en la tienda a precios al alcance de los bolsillos más modestos.</p>",
                    ),
                    ("heading", {"text": "Un taller que también es escuela", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Pero el verdadero producto no son los muebles. L'Établi du Lez es una empresa de inserción: la mayor parte de su plantilla son personas que llevaban mucho tiempo lejos del empleo, por paro de larga duración, un paso por prisión, un proceso migratorio o, sencillamente, la falta de titulación. Se las contrata, con sueldo, durante un máximo de dos años, en los que aprenden un oficio (reparación de electrodomésticos, carpintería, mecánica de bicicletas, venta) y trabajan con una técnica de acompañamiento todo aquello que les cierra la puerta del empleo: la vivienda, el carné de conducir, el cuidado de los hijos o las clases de francés.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Aquí nadie te pregunta qué hacías antes, sino qué quieres aprender. Entré sin saber nada de lavadoras y ahora soy yo quien forma a los que llegan.",
                            "attribution": "Karim, técnico de reparación en su segundo año de itinerario",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>De las treinta y dos personas que hoy recorren este itinerario, casi dos de cada tres saldrán con un empleo o una formación cualificante. El equipo lo atribuye a su estrecha relación con las empresas de la zona en la construcción, la logística y los oficios; de hecho, varios antiguos trabajadores han acabado contratados por proveedores y socios del propio centro.</p>",
                    ),
                    ("heading", {"text": "Menos residuos, más retorno social", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El año pasado, el centro evitó que unas 420 toneladas de objetos acabaran en el vertedero o en la incineradora. Sus talleres organizan cafés de reparación en los que el vecindario aprende a arreglar sus propias cosas, y sus educadoras visitan colegios para hablar de residuos y de consumo. Es la economía circular tal y como la entiende la ESS: no se trata solo de reciclar materiales, sino de mantener en el barrio el valor, los conocimientos y el empleo.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Su contrato de recogida con la administración metropolitana incluye una cláusula social, una de las herramientas que recomienda el manual SSOLEIL para que la contratación pública favorezca a las empresas de inserción. «Sin esa cláusula competiríamos solo en precio con empresas que no forman a nadie —explica Claire, la directora—. Con ella, el dinero público rinde dos veces: paga el servicio y paga el empleo».</p>",
                    ),
                ],
            },
            "fr": {
                "title": "L'Établi du Lez : une seconde vie pour les objets, un nouveau départ pour les personnes",
                "slug": "seconde-vie-a-montpellier",
                "summary": (
                    "À Montpellier, une ressourcerie collecte meubles, électroménager et vélos, les "
                    "répare et les revend à petit prix, tout en offrant à des personnes éloignées de "
                    "l'emploi un contrat, une formation et un accompagnement vers un emploi durable."
                ),
                "hero_alt": "Illustration : un soleil sur des collines vertes, une boucle de recyclage blanche et quatre bacs de couleur",
                "hero_caption": "Ce que la ville jette, l'atelier le répare et le revend.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Chaque matin, des camionnettes déchargent dans un ancien entrepôt de la périphérie de Montpellier tout ce dont la ville ne veut plus : armoires, lave-linge, vélos d'enfant, cartons de vaisselle. À <b>L'Établi du Lez</b>, une ressourcerie comme il en existe désormais dans bien des villes françaises, presque rien ne repart en déchet. Les objets sont triés, nettoyés, réparés, puis vendus en boutique à des prix accessibles aux plus petits budgets.</p>",
                    ),
                    ("heading", {"text": "Un atelier qui est aussi une école", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Mais le vrai produit, ce ne sont pas les meubles. L'Établi du Lez est une entreprise d'insertion : la plupart de ses salariés étaient éloignés de l'emploi depuis longtemps, en raison d'un chômage de longue durée, d'un passage en détention, d'un parcours migratoire ou tout simplement d'un manque de qualification. Ils sont embauchés pour deux ans au plus, le temps d'apprendre un métier (réparation d'électroménager, menuiserie, mécanique vélo, vente) et de lever, avec une conseillère en insertion, tout ce qui les tient à l'écart de l'emploi : logement, permis de conduire, garde d'enfants, cours de français.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Ici, personne ne te demande ce que tu faisais avant. On te demande ce que tu veux apprendre. Je suis arrivé sans rien connaître aux machines à laver ; aujourd'hui, c'est moi qui forme les nouveaux.",
                            "attribution": "Karim, technicien réparateur en deuxième année de parcours",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Sur les trente-deux personnes actuellement en parcours, près de deux sur trois décrocheront un emploi ou une formation qualifiante. Un résultat que l'équipe attribue à ses liens étroits avec les employeurs du territoire, dans le bâtiment, la logistique et l'artisanat. Plusieurs anciens salariés ont d'ailleurs été recrutés par des fournisseurs et des partenaires de la structure.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Moins de déchets, plus d'utilité sociale", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>L'an dernier, la ressourcerie a détourné quelque 420 tonnes d'objets de l'enfouissement et de l'incinération. Ses ateliers d'autoréparation permettent aux habitants d'apprendre à réparer eux-mêmes, et ses animatrices interviennent dans les écoles pour parler déchets et consommation. C'est l'économie circulaire telle que l'entend l'ESS : pas seulement recycler la matière, mais garder dans le quartier la valeur, les savoir-faire et les emplois.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Son marché de collecte avec la métropole comporte une clause sociale, l'un des outils que recommande le manuel SSOLEIL pour que la commande publique profite aux entreprises d'insertion. « Sans cette clause, nous serions en concurrence sur le seul prix avec des entreprises qui ne forment personne, souligne Claire, la directrice. Avec elle, l'argent public sert deux fois : il paie le service, et il paie l'emploi. »</p>",
                    ),
                ],
            },
            "en": {
                "title": "L'Établi du Lez: second lives for objects, and fresh starts for people",
                "slug": "second-lives-in-montpellier",
                "summary": (
                    "In Montpellier, a reuse and repair centre collects unwanted furniture, appliances "
                    "and bikes, mends them and sells them cheaply, while giving people long out of work "
                    "a paid job, training and support towards lasting employment."
                ),
                "hero_alt": "Illustration: a sun over green hills, a white recycling loop and four coloured bins",
                "hero_caption": "What the city throws away, the workshop mends and sells on.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Every morning, vans pull into a former warehouse on the outskirts of Montpellier loaded with what the city throws away: wardrobes, washing machines, children's bikes, boxes of crockery. At <b>L'Établi du Lez</b>, a <i>ressourcerie</i> (the French name for a reuse and repair centre), almost nothing leaves as waste. Objects are sorted, cleaned, repaired and sold in the shop at prices that people on low incomes can afford.</p>",
                    ),
                    ("heading", {"text": "A workshop that is also a school", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The real product, though, is not the furniture. L'Établi du Lez is a work-integration enterprise: most of its staff had been out of work for a long time, because of long-term unemployment, a spell in prison, a migration journey or simply a lack of qualifications. They are hired on paid contracts of up to two years, during which they learn a trade (appliance repair, joinery, bicycle mechanics, retail) and work with a job coach on everything that stands between them and a job: housing, a driving licence, childcare, French lessons.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Here nobody asks what you did before. They ask what you want to learn. I came in knowing nothing about washing machines; now I'm the one training the new arrivals.",
                            "attribution": "Karim, repair technician in the second year of his contract",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Of the thirty-two people currently on these pathways, nearly two in three will leave for a job or a recognised training course. The team puts this down to close ties with local employers in construction, logistics and the skilled trades. Several former employees have in fact been taken on by the centre's own suppliers and partners.</p>",
                    ),
                    ("heading", {"text": "Less waste, more social return", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Last year the centre kept some 420 tonnes of objects out of landfill and incineration. Its workshops run repair cafés where residents learn to mend their own things, and its educators visit schools to talk about waste and consumption. This is the circular economy as the SSE understands it: not just recycling materials, but keeping value, skills and jobs in the neighbourhood.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Its collection contract with the metropolitan authority includes a social clause, one of the tools the SSOLEIL handbook recommends so that public procurement works in favour of integration enterprises. ‘Without that clause, we would be competing on price alone with firms that train nobody,’ says Claire, the director. ‘With it, public money pays twice: once for the service and once for the jobs.’</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "canuts-du-soin",
        "example": True,
        "initiative_name": "Les Canuts du Soin",
        "organisation_form": "Cooperative",
        "sectors": ["Care"],
        "territory": "FR-ARA",
        "city": {"es": "Lyon", "fr": "Lyon", "en": "Lyon"},
        "founded": 2017,
        "website": "",
        "sdgs": [3, 5, 8, 10],
        "published": "2026-07-08",
        "figures": [
            (
                "58",
                {
                    "es": "auxiliares, todas socias",
                    "fr": "aides à domicile, toutes sociétaires",
                    "en": "care workers, all of them members",
                },
            ),
            (
                "210",
                {
                    "es": "hogares atendidos",
                    "fr": "foyers accompagnés",
                    "en": "households supported",
                },
            ),
            (
                "100%",
                {
                    "es": "de la plantilla con contrato indefinido",
                    "fr": "des salariées en CDI",
                    "en": "of staff on permanent contracts",
                },
            ),
        ],
        "tags": {
            "es": ["cuidados", "ayuda a domicilio", "cooperativa multiactor"],
            "fr": ["soins", "aide à domicile", "coopérative multisociétaires"],
            "en": ["care", "home care", "multi-stakeholder cooperative"],
        },
        "texts": {
            "es": {
                "title": "Les Canuts du Soin: la ayuda a domicilio, en manos de sus trabajadoras y de las familias",
                "slug": "cuidar-en-cooperativa-en-lyon",
                "summary": (
                    "En Lyon, las trabajadoras de ayuda a domicilio y las familias a las que atienden "
                    "son dueñas de una cooperativa que rechaza las visitas de quince minutos, ofrece "
                    "contratos indefinidos y demuestra que cuidar bien y trabajar bien van de la mano."
                ),
                "hero_alt": "Ilustración: un sol sobre colinas verdes y siete figuras de colores dispuestas en círculo",
                "hero_caption": "Trabajadoras y familias en torno a la misma mesa.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>En la ayuda a domicilio, el reloj suele ser el enemigo. Visitas recortadas a quince minutos, jornadas partidas repartidas por toda la ciudad, desplazamientos sin pagar entre un servicio y otro: el sector que el manual SSOLEIL califica de «fundamental para el bienestar social» sigue estando, en sus propias palabras, «infravalorado y, en muchos casos, precarizado». En 2017, un grupo de auxiliares de Lyon decidió organizarse de otra manera y propuso a las familias a las que atendían que se sumaran al proyecto.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Trabajadoras y familias, en la misma mesa", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p><b>Les Canuts du Soin</b> es una cooperativa multiactor (una SCIC, según la ley francesa). Trabajadoras, familias y personas atendidas tienen participaciones, junto a algunas entidades locales, y cada colectivo tiene asiento en el consejo. El nombre es un guiño a los <i>canuts</i>, los tejedores de seda de la Croix-Rousse que en el siglo XIX se rebelaron para exigir un salario justo. Hoy la cooperativa da empleo a cincuenta y ocho auxiliares, todas ellas socias y todas con contrato indefinido.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Cuando el hijo de la señora Bertrand se sienta en el mismo consejo que yo, hablamos de lo mismo: de cómo hacer que ella pase un buen día. No de cómo ahorrar cinco minutos.",
                            "attribution": "Nadia, auxiliar de ayuda a domicilio y consejera de la cooperativa",
                        },
                    ),
                    ("heading", {"text": "Tiempo para cuidar", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Las reglas de la cooperativa son sencillas. Ninguna visita dura menos de una hora, los desplazamientos se pagan y cada persona cuenta con un pequeño equipo estable en lugar de un desfile de caras desconocidas. Las rutas se organizan por barrios para que las auxiliares pasen menos tiempo en el tranvía y más con las personas a las que visitan. Las familias pagan las mismas tarifas que en otros servicios, cubiertas en gran parte por ayudas públicas; la diferencia está en cómo se gasta el dinero, porque el excedente se reinvierte en formación y salarios.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Todo esto tiene un coste, y la cooperativa no lo oculta: los márgenes son estrechos y el crecimiento, lento. Pero la rotación de personal es muy inferior a la media del sector y la lista de espera de familias no deja de crecer.</p>",
                    ),
                    ("heading", {"text": "Cuidar como responsabilidad compartida", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Para los doscientos diez hogares que acompaña, la diferencia es también democrática. Los familiares votan en la asamblea general, participan en grupos de trabajo sobre el final de la vida o la soledad no deseada y ayudan a recibir a las nuevas compañeras. Es una respuesta concreta a lo que el manual reclama, «cooperativas de cuidados y modelos de corresponsabilidad social»: que cuidar de otras personas deje de ser una carga privada o un empleo mal pagado para convertirse en una responsabilidad compartida.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Les Canuts du Soin : l'aide à domicile aux mains des salariées et des familles",
                "slug": "prendre-soin-en-cooperative-a-lyon",
                "summary": (
                    "À Lyon, des aides à domicile et les familles qu'elles accompagnent possèdent "
                    "ensemble une coopérative qui refuse les interventions d'un quart d'heure, embauche "
                    "en CDI et montre que bien soigner et bien travailler vont de pair."
                ),
                "hero_alt": "Illustration : un soleil sur des collines vertes et sept silhouettes colorées disposées en cercle",
                "hero_caption": "Salariées et familles autour de la même table.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Dans l'aide à domicile, la montre est souvent l'ennemie. Interventions réduites à un quart d'heure, journées hachées aux quatre coins de la ville, trajets non payés entre deux bénéficiaires : ce secteur, que le manuel SSOLEIL qualifie de « fondamental pour le bien-être social », reste selon ses propres termes « sous-valorisé et, dans bien des cas, précaire ». En 2017, un groupe d'aides à domicile lyonnaises a décidé de s'organiser autrement, et a proposé aux familles qu'elles accompagnaient de les rejoindre.</p>",
                    ),
                    ("heading", {"text": "Salariées et familles, à la même table", "level": "h2"}),
                    (
                        "paragraph",
                        "<p><b>Les Canuts du Soin</b> est une société coopérative d'intérêt collectif (SCIC). Salariées, familles et personnes accompagnées en détiennent des parts, aux côtés de quelques partenaires locaux, et chaque collège siège au conseil d'administration. Le nom est un clin d'œil aux canuts, les tisseurs de soie de la Croix-Rousse qui se sont soulevés au XIXe siècle pour obtenir un salaire juste. La coopérative emploie aujourd'hui cinquante-huit aides à domicile, toutes sociétaires et toutes en CDI.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Quand le fils de Mme Bertrand siège au même conseil que moi, on parle de la même chose : comment lui faire passer une bonne journée. Pas comment gagner cinq minutes.",
                            "attribution": "Nadia, aide à domicile et administratrice de la coopérative",
                        },
                    ),
                    ("heading", {"text": "Du temps pour prendre soin", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les règles de la coopérative sont simples. Aucune intervention ne dure moins d'une heure, les temps de trajet sont rémunérés, et chaque personne est suivie par une petite équipe stable plutôt que par un défilé de visages inconnus. Les tournées sont organisées par quartier, pour que les salariées passent moins de temps dans le tram et davantage auprès des personnes. Les familles paient les mêmes tarifs qu'ailleurs, en grande partie couverts par les aides publiques ; la différence tient à l'usage de l'argent, les excédents étant réinvestis dans la formation et les salaires.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Ce choix a un coût, et la coopérative ne s'en cache pas : les marges sont minces et la croissance lente. Mais le turnover y est bien plus faible que la moyenne du secteur, et la liste d'attente des familles ne cesse de s'allonger.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Prendre soin, une responsabilité partagée", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Pour les deux cent dix foyers accompagnés, la différence est aussi démocratique. Les proches votent en assemblée générale, participent à des groupes de travail sur la fin de vie ou l'isolement et aident à accueillir les nouvelles collègues. Une réponse concrète à l'appel du manuel en faveur de « coopératives de soins et de modèles de coresponsabilité sociale » : prendre soin des autres n'y est plus une charge privée ni un emploi mal payé, mais une responsabilité partagée.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Les Canuts du Soin: the home-care cooperative owned by carers and families",
                "slug": "caring-as-a-cooperative-in-lyon",
                "summary": (
                    "In Lyon, home-care workers and the families they support jointly own a cooperative "
                    "that refuses fifteen-minute visits, offers permanent contracts and shows that "
                    "caring well and working well can go hand in hand."
                ),
                "hero_alt": "Illustration: a sun over green hills and seven colourful figures standing in a circle",
                "hero_caption": "Care workers and families around the same table.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>In home care, the clock is often the enemy. Visits cut to fifteen minutes, split shifts scattered across the city, unpaid travel between appointments: the SSOLEIL handbook calls care ‘fundamental to social welfare’, yet the sector remains, in its own words, ‘undervalued and in many cases precarious’. In 2017 a group of care workers in Lyon decided to organise things differently, and asked the families they worked for to join them.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Care workers and families at the same table", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p><b>Les Canuts du Soin</b> is a multi-stakeholder cooperative (a SCIC, under French law). Care workers, families and the people receiving care all hold shares, alongside a few local partners, and each group has seats on the board. The name is a nod to the <i>canuts</i>, the silk weavers of the Croix-Rousse who rose up in the nineteenth century to demand fair pay. Today the cooperative employs fifty-eight care workers, every one of them a member and every one on a permanent contract.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "When Mrs Bertrand's son sits on the same board as me, we talk about the same thing: how to give her a good day. Not how to save five minutes.",
                            "attribution": "Nadia, care worker and board member",
                        },
                    ),
                    ("heading", {"text": "Time to care", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The cooperative's rules are simple. No visit lasts less than an hour, travel time is paid, and each person is looked after by a small, stable team rather than a procession of strangers. Rounds are organised by neighbourhood so that carers spend less time on the tram and more with the people they visit. Families pay the same rates as elsewhere, largely covered by public allowances; the difference lies in how the money is spent, with any surplus reinvested in training and wages.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>This comes at a cost, and the cooperative makes no secret of it: margins are thin and growth is slow. But staff turnover is far below the sector average, and the waiting list of families keeps getting longer.</p>",
                    ),
                    ("heading", {"text": "Caring as a shared responsibility", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>For the two hundred and ten households it supports, the difference is democratic too. Relatives vote at the general meeting, join working groups on end-of-life care and loneliness, and help welcome new colleagues. It is a practical answer to the handbook's call for ‘care cooperatives and models of social co-responsibility’, in which looking after others is no longer a private burden or a badly paid job, but a responsibility everyone shares.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "ajonc-rennes",
        "example": True,
        "initiative_name": "L'Ajonc",
        "organisation_form": "Association",
        "sectors": ["Social currencies", "Responsible consumption"],
        "territory": "FR-BRE",
        "city": {"es": "Rennes", "fr": "Rennes", "en": "Rennes"},
        "founded": 2019,
        "website": "",
        "sdgs": [8, 11, 12],
        "published": "2026-09-16",
        "figures": [
            (
                "310",
                {
                    "es": "comercios y productores que la aceptan",
                    "fr": "professionnels et producteurs qui l'acceptent",
                    "en": "shops and producers that accept it",
                },
            ),
            (
                "2400",
                {
                    "es": "personas usuarias habituales",
                    "fr": "utilisateurs réguliers",
                    "en": "regular users",
                },
            ),
            (
                "95000",
                {
                    "es": "ajoncs en circulación (1 ajonc = 1 euro)",
                    "fr": "ajoncs en circulation (1 ajonc = 1 euro)",
                    "en": "ajoncs in circulation (1 ajonc = 1 euro)",
                },
            ),
        ],
        "tags": {
            "es": ["moneda local", "comercio de proximidad", "consumo responsable"],
            "fr": ["monnaie locale", "commerce de proximité", "consommation responsable"],
            "en": ["local currency", "local shops", "responsible consumption"],
        },
        "texts": {
            "es": {
                "title": "L'Ajonc: una moneda local para que el dinero se quede en Rennes",
                "slug": "una-moneda-local-en-rennes",
                "summary": (
                    "Bautizada con el nombre del tojo amarillo de los brezales bretones, L'Ajonc es una "
                    "moneda local gestionada por una asociación de Rennes. La aceptan 310 comercios y "
                    "productores, y cada euro cambiado respalda préstamos a proyectos de la región."
                ),
                "hero_alt": "Ilustración: un sol sobre colinas verdes y seis pilas de monedas doradas",
                "hero_caption": "Una moneda que solo funciona si se gasta cerca de casa.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>¿Pagar el pan con un billete ilustrado con una ramita de tojo? En Rennes, más de dos mil personas lo hacen cada semana. <b>L'Ajonc</b> —el tojo, el arbusto amarillo que enciende los brezales de Bretaña— es una moneda local complementaria creada en 2019 por una asociación de vecinos, comerciantes y agricultores. No sustituye al euro, sino que circula a su lado con un objetivo muy claro: que el dinero que se gasta en el territorio se quede en el territorio.</p>",
                    ),
                    ("heading", {"text": "Cómo funciona", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Las personas usuarias cambian euros por ajoncs a la par, en billetes en una docena de puntos de cambio o a través de una aplicación de pago móvil. Después pueden gastarlos en 310 establecimientos adheridos: panaderías, tiendas ecológicas, horticultores, librerías, un taller de bicicletas e incluso un fontanero. Los euros recaudados no se gastan: se depositan como fondo de garantía en una entidad de banca ética, que los presta a proyectos de la región. Cada cambio, por tanto, trabaja dos veces.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Los comercios, por su parte, firman al adherirse una carta de compromisos —compras de proximidad, condiciones de trabajo justas, mejoras ambientales— que un comité de usuarios y comerciantes revisa cada dos años. Pueden volver a cambiar sus ajoncs por euros, pero pagando una pequeña comisión, así que lo más sencillo es gastarlos en otros miembros de la red: la panadera paga al molinero, y el molinero, al agricultor.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Al principio la aceptaba para contentar a algunos clientes. Hoy compro la harina y la mitad de la verdura en ajoncs. Ha cambiado la gente con la que trabajo.",
                            "attribution": "Gwenaëlle, panadera en el barrio del Thabor",
                        },
                    ),
                    ("heading", {"text": "Mucho más que un medio de pago", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La asociación mide su éxito menos por los 95.000 ajoncs en circulación que por los vínculos que crean. Los usuarios descubren productores que no conocían, los comerciantes se encuentran en los mercados trimestrales de la asociación y la moneda se ha convertido en una puerta de entrada para hablar de consumo responsable en colegios y centros cívicos.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>El manual SSOLEIL sitúa las monedas sociales entre las herramientas que pueden hacer las economías locales más resilientes y menos dependientes de los grandes mercados globalizados. Nadie en L'Ajonc pretende cambiar el mundo con una moneda. Sus voluntarios se limitan a recordar que un euro gastado en una gran cadena sale en buena parte de la región, mientras que un ajonc, por definición, no puede irse.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "L'Ajonc : à Rennes, une monnaie locale pour que l'argent reste au pays",
                "slug": "une-monnaie-locale-a-rennes",
                "summary": (
                    "Baptisée d'après la fleur jaune des landes bretonnes, L'Ajonc est une monnaie "
                    "locale portée par une association rennaise. Quelque 310 commerçants et producteurs "
                    "l'acceptent, et chaque euro converti garantit des prêts à des projets du territoire."
                ),
                "hero_alt": "Illustration : un soleil sur des collines vertes et six piles de pièces dorées",
                "hero_caption": "Une monnaie qui ne vaut que si elle circule près de chez soi.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Payer sa baguette avec un billet orné d'un brin d'ajonc ? À Rennes, plus de deux mille personnes le font chaque semaine. <b>L'Ajonc</b>, du nom de l'arbuste qui fait flamboyer les landes bretonnes, est une monnaie locale complémentaire lancée en 2019 par une association d'habitants, de commerçants et de paysans. Elle ne remplace pas l'euro : elle circule à ses côtés, avec un objectif clair, faire en sorte que l'argent dépensé ici reste ici.</p>",
                    ),
                    ("heading", {"text": "Comment ça marche", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Les adhérents échangent leurs euros contre des ajoncs, à parité, en billets dans une douzaine de comptoirs de change ou via une application de paiement mobile. Ils peuvent ensuite les dépenser chez 310 professionnels agréés : boulangeries, épiceries bio, maraîchers, librairies, un réparateur de vélos, et même un plombier. Les euros collectés, eux, ne sont pas dépensés. Ils alimentent un fonds de garantie placé dans une banque éthique, qui s'en sert pour financer des projets du territoire : chaque change travaille ainsi deux fois.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Les professionnels, de leur côté, signent en adhérant une charte qui les engage sur l'approvisionnement local, des conditions de travail équitables et des progrès environnementaux, revue tous les deux ans par un comité d'usagers et de commerçants. Ils peuvent reconvertir leurs ajoncs en euros, mais moyennant une petite commission : le plus simple reste donc de les dépenser chez d'autres adhérents. La boulangère paie le meunier, qui paie le paysan.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Au début, je l'acceptais pour faire plaisir à quelques clients. Aujourd'hui, j'achète ma farine et la moitié de mes légumes en ajoncs. Ça a changé les gens avec qui je travaille.",
                            "attribution": "Gwenaëlle, boulangère dans le quartier du Thabor",
                        },
                    ),
                    ("heading", {"text": "Bien plus qu'un moyen de paiement", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>L'association mesure son succès moins aux 95 000 ajoncs en circulation qu'aux liens qu'ils tissent. Les usagers découvrent des producteurs qu'ils ne connaissaient pas, les commerçants se retrouvent lors des marchés trimestriels de l'association, et la monnaie est devenue une porte d'entrée pour parler de consommation responsable, dans les écoles comme dans les maisons de quartier.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Le manuel SSOLEIL range les monnaies sociales parmi les outils capables de rendre les économies locales plus résilientes et moins dépendantes des grands marchés mondialisés. Personne, à L'Ajonc, ne prétend changer le monde avec une monnaie. Ses bénévoles rappellent simplement qu'un euro dépensé dans une grande enseigne quitte en bonne partie la région, alors qu'un ajonc, par construction, ne le peut pas.</p>",
                    ),
                ],
            },
            "en": {
                "title": "L'Ajonc: a local currency that keeps money circulating in Rennes",
                "slug": "a-local-currency-in-rennes",
                "summary": (
                    "Named after the yellow gorse of the Breton heathland, L'Ajonc is a local currency "
                    "run by an association in Rennes. Some 310 shops and producers accept it, and every "
                    "euro exchanged backs loans to local projects."
                ),
                "hero_alt": "Illustration: a sun over green hills and six stacks of gold coins",
                "hero_caption": "A currency that only works if it is spent close to home.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Paying for your bread with a banknote printed with a sprig of gorse? In Rennes, more than two thousand people do it every week. <b>L'Ajonc</b>, named after the yellow shrub that sets Brittany's heathland ablaze, is a local complementary currency launched in 2019 by an association of residents, shopkeepers and farmers. It does not replace the euro; it circulates alongside it, with one clear purpose: to make sure that money spent locally stays local.</p>",
                    ),
                    ("heading", {"text": "How it works", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Users exchange euros for ajoncs one for one, as banknotes at a dozen exchange points or through a mobile payment app. They can then spend them with 310 approved businesses: bakeries, organic grocers, market gardeners, bookshops, a bicycle repairer, even a plumber. The euros collected are not spent. They go into a guarantee fund held by an ethical bank, which uses them to finance projects in the region, so every exchange does double duty.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Businesses, for their part, sign a charter when they join, committing them to local sourcing, fair working conditions and environmental progress, and reviewed every two years by a committee of users and traders. They can change ajoncs back into euros, but only for a small fee, so the simplest thing to do is to spend them with other members: the baker pays the miller, who pays the farmer.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "At first I took it to please a few customers. Now I buy my flour and half my vegetables in ajoncs. It has changed who I do business with.",
                            "attribution": "Gwenaëlle, baker in the Thabor district",
                        },
                    ),
                    ("heading", {"text": "More than a means of payment", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The association measures its success less by the 95,000 ajoncs in circulation than by the links they create. Users discover producers they had never heard of, shopkeepers meet at the association's quarterly markets, and the currency has become a way into conversations about responsible consumption, in schools and community centres alike.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>The SSOLEIL handbook counts social currencies among the tools that can make local economies more resilient and less dependent on large global markets. Nobody at L'Ajonc claims that a currency alone will change the world. Its volunteers simply point out that a euro spent in a chain store largely leaves the region, whereas an ajonc, by design, cannot.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "aurrezki-sarea",
        "example": True,
        "initiative_name": "Aurrezki Sarea",
        "organisation_form": "Mutual society",
        "sectors": ["Ethical finance", "Fair trade"],
        "territory": "ES-PV",
        "city": {"es": "Bilbao", "fr": "Bilbao", "en": "Bilbao"},
        "founded": 2009,
        "website": "",
        "sdgs": [8, 10, 12, 17],
        "published": "2026-10-29",
        "figures": [
            (
                "3800",
                {
                    "es": "personas socias ahorradoras",
                    "fr": "sociétaires épargnants",
                    "en": "member savers",
                },
            ),
            (
                "140",
                {
                    "es": "entidades financiadas desde 2009",
                    "fr": "structures financées depuis 2009",
                    "en": "organisations financed since 2009",
                },
            ),
            (
                "18",
                {
                    "es": "importadoras de comercio justo con prefinanciación",
                    "fr": "importateurs équitables préfinancés",
                    "en": "fair-trade importers given pre-harvest finance",
                },
            ),
            (
                "100%",
                {
                    "es": "de los préstamos publicados con nombre e importe",
                    "fr": "des prêts publiés avec nom et montant",
                    "en": "of loans published with name and amount",
                },
            ),
        ],
        "tags": {
            "es": ["finanzas éticas", "ahorro", "comercio justo"],
            "fr": ["finance éthique", "épargne", "commerce équitable"],
            "en": ["ethical finance", "savings", "fair trade"],
        },
        "texts": {
            "es": {
                "title": "Aurrezki Sarea: el ahorro de Bilbao que financia cooperativas y comercio justo",
                "slug": "ahorro-etico-en-bilbao",
                "summary": (
                    "En Bilbao, una mutualidad de ahorro con 3.800 personas socias presta solo a "
                    "entidades de la economía social y a importadoras de comercio justo, publica cada "
                    "préstamo y da a cada socia o socio un voto, ahorre lo que ahorre."
                ),
                "hero_alt": "Ilustración: un sol sobre colinas verdes y seis pilas de monedas doradas de altura creciente",
                "hero_caption": "Ahorro local, prestado donde más falta hace.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>¿Adónde va tu dinero mientras duerme en el banco? Las 3.800 personas socias de <b>Aurrezki Sarea</b> («red de ahorro», en euskera) tienen la respuesta impresa cada año en un cuadernillo que reciben en casa y que también se publica en internet: el nombre de cada entidad financiada, el importe y el destino del préstamo. Fundada en Bilbao en 2009, en plena crisis financiera, esta mutualidad nació de una negativa sencilla: sus ahorradores no querían que su dinero financiara la especulación, las armas ni los combustibles fósiles.</p>",
                    ),
                    ("heading", {"text": "Una persona, un voto", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Aurrezki Sarea pertenece a sus socias y socios, no a accionistas. Cada persona tiene un único voto en la asamblea general, tanto si ha ahorrado cincuenta euros como cincuenta mil. Un comité de crédito, en el que participan voluntarios de las redes de economía social de Bizkaia, estudia cada solicitud con dos criterios: la viabilidad económica del proyecto y su valor social y ambiental. Los tipos de interés son moderados en ambos sentidos; la rentabilidad que buscan las personas socias es, ante todo, social.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Financiar el comercio justo antes de la cosecha", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Buena parte de la cartera de préstamos va a cooperativas, empresas de inserción y asociaciones vascas, a las que a menudo les cuesta conseguir crédito en la banca convencional. Pero la mutualidad ha desarrollado además una especialidad: la prefinanciación de importadoras de comercio justo. Las cooperativas de pequeños productores de América Latina y África necesitan cobrar antes de embarcar la cosecha, mucho antes de que la importadora europea venda un solo paquete de café. Aurrezki Sarea cubre ese desfase.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Antes teníamos que elegir entre pagar a tiempo a los productores o pagar las nóminas. Ahora los productores reciben su anticipo en marzo y nosotros devolvemos el préstamo cuando vendemos el café.",
                            "attribution": "Itziar, gerente de una importadora de comercio justo de Vitoria-Gasteiz",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Dieciocho importadoras utilizan hoy esta línea, sobre todo para café, cacao y azúcar. Desde su fundación, la mutualidad ha financiado a unas 140 entidades y su tasa de morosidad se ha mantenido baja, algo que sus socias y socios atribuyen a la relación de cercanía con quienes reciben los préstamos: antes de firmar, alguien del comité visita el proyecto, y después lo sigue acompañando.</p>",
                    ),
                    ("heading", {"text": "El ahorro como decisión política", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Sus voluntarios imparten además talleres sobre ahorro en institutos y asociaciones de barrio, en línea con el llamamiento del manual SSOLEIL a acercar las finanzas éticas a la ciudadanía. El mensaje es siempre el mismo: elegir dónde se ahorra es una decisión económica, pero también política.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Aurrezki Sarea : à Bilbao, une épargne qui finance les coopératives et le commerce équitable",
                "slug": "epargne-ethique-a-bilbao",
                "summary": (
                    "À Bilbao, une mutuelle d'épargne de 3 800 sociétaires ne prête qu'aux structures "
                    "de l'économie sociale et aux importateurs du commerce équitable, publie chacun de "
                    "ses prêts et donne à chaque membre une voix, quel que soit le montant épargné."
                ),
                "hero_alt": "Illustration : un soleil sur des collines vertes et six piles de pièces dorées de plus en plus hautes",
                "hero_caption": "Une épargne locale, prêtée là où elle est la plus utile.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Que devient votre argent quand il dort à la banque ? Les 3 800 sociétaires d'<b>Aurrezki Sarea</b> (« réseau d'épargne » en basque) ont la réponse chaque année, dans un livret envoyé à domicile et publié en ligne : le nom de chaque structure financée, le montant et l'objet du prêt. Fondée à Bilbao en 2009, en pleine crise financière, cette mutuelle est née d'un refus tout simple : ses épargnants ne voulaient pas que leur argent finance la spéculation, l'armement ou les énergies fossiles.</p>",
                    ),
                    ("heading", {"text": "Un membre, une voix", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Aurrezki Sarea appartient à ses sociétaires, pas à des actionnaires. Chacun dispose d'une seule voix en assemblée générale, qu'il ait épargné cinquante euros ou cinquante mille. Un comité de crédit, où siègent des bénévoles issus des réseaux de l'économie sociale de Biscaye, examine chaque demande selon deux critères : la viabilité économique du projet et son utilité sociale et environnementale. Les taux d'intérêt sont modérés dans les deux sens ; le rendement que recherchent les sociétaires est avant tout social.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Financer le commerce équitable avant la récolte", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Une grande partie des prêts va à des coopératives, des entreprises d'insertion et des associations basques, qui peinent souvent à obtenir un crédit auprès des banques classiques. Mais la mutuelle s'est aussi forgé une spécialité : le préfinancement des importateurs du commerce équitable. Les coopératives de petits producteurs d'Amérique latine et d'Afrique doivent être payées avant l'expédition de la récolte, bien avant que l'importateur européen ne vende le moindre paquet de café. Aurrezki Sarea comble ce décalage.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Avant, il fallait choisir entre payer les producteurs à temps et payer nos propres salaires. Aujourd'hui, les producteurs touchent leur avance en mars, et nous remboursons quand le café est vendu.",
                            "attribution": "Itziar, gérante d'une entreprise d'import équitable à Vitoria-Gasteiz",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Dix-huit importateurs ont aujourd'hui recours à ce dispositif, surtout pour le café, le cacao et le sucre. Depuis sa création, la mutuelle a financé quelque 140 structures, et son taux d'impayés est resté faible, ce que les sociétaires attribuent à la proximité avec ceux à qui elle prête : avant toute signature, un membre du comité va voir le projet sur place, puis continue de le suivre.</p>",
                    ),
                    ("heading", {"text": "Épargner, un choix politique", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ses bénévoles animent aussi des ateliers sur l'épargne dans les lycées et les associations de quartier, dans l'esprit du manuel SSOLEIL, qui appelle à rapprocher la finance éthique des citoyens. Le message ne change pas : choisir où l'on épargne est une décision économique, mais aussi politique.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Aurrezki Sarea: Bilbao savings that finance cooperatives and fair trade",
                "slug": "ethical-savings-in-bilbao",
                "summary": (
                    "In Bilbao, a mutual savings society with 3,800 members lends only to social "
                    "economy enterprises and fair-trade importers, publishes every loan and gives each "
                    "member one vote, however much they have saved."
                ),
                "hero_alt": "Illustration: a sun over green hills and six stacks of gold coins, each taller than the last",
                "hero_caption": "Local savings, lent where they do the most good.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Where does your money go while it sits in the bank? The 3,800 members of <b>Aurrezki Sarea</b> (‘savings network’ in Basque) find the answer every year in a booklet posted to their homes and published online: the name of each organisation financed, the amount and what the loan is for. Founded in Bilbao in 2009, in the middle of the financial crisis, this mutual society grew out of a simple refusal: its savers did not want their money funding speculation, arms or fossil fuels.</p>",
                    ),
                    ("heading", {"text": "One member, one vote", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Aurrezki Sarea belongs to its members, not to shareholders. Each member has a single vote at the general meeting, whether they have saved fifty euros or fifty thousand. A credit committee that includes volunteers from the social economy networks of Biscay examines every application against two criteria: the economic viability of the project and its social and environmental value. Interest rates are modest on both sides; the return members are looking for is, above all, a social one.</p>",
                    ),
                    ("heading", {"text": "Financing fair trade before the harvest", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Much of the loan book goes to cooperatives, work-integration enterprises and associations in the Basque Country, which often struggle to get credit from conventional banks. But the mutual has also developed a speciality: pre-financing for fair-trade importers. Small producers' cooperatives in Latin America and Africa need to be paid before the harvest is shipped, long before the importer in Europe sells a single packet of coffee. Aurrezki Sarea bridges that gap.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "We used to have to choose between paying the producers on time and paying our own staff. Now the producers get their advance in March and we repay the loan once the coffee is sold.",
                            "attribution": "Itziar, manager of a fair-trade importer in Vitoria-Gasteiz",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Eighteen importers currently use this facility, mostly for coffee, cocoa and sugar. Since its founding the mutual has financed around 140 organisations, and its default rate has stayed low, which members put down to the close relationship with those it lends to: before any loan is signed, someone from the committee visits the project, and keeps in touch afterwards.</p>",
                    ),
                    ("heading", {"text": "Saving as a political choice", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Its volunteers also run workshops on saving in secondary schools and neighbourhood associations, in line with the SSOLEIL handbook's call to bring ethical finance closer to citizens. The message never changes: choosing where you save is an economic decision, but also a political one.</p>",
                    ),
                ],
            },
        },
    },
]
