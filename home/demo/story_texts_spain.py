"""Demo success stories: the two platforms the SSOLEIL handbook names, and example initiatives in Spain, in es, fr and en."""

STORIES = [
    {
        "key": "coopcycle",
        "example": False,
        "initiative_name": "CoopCycle",
        "organisation_form": "Cooperative",
        "sectors": ["Platform cooperativism"],
        "territory": None,
        "city": None,
        "founded": None,
        "website": "",
        "sdgs": [8, 10],
        "published": "2026-04-14",
        "figures": [],
        "tags": {
            "es": ["plataformas cooperativas", "economía digital", "trabajo digno"],
            "fr": ["plateformes coopératives", "économie numérique", "travail digne"],
            "en": ["cooperative platforms", "digital economy", "decent work"],
        },
        "texts": {
            "es": {
                "title": "CoopCycle: la economía de plataformas, en clave cooperativa",
                "slug": "coopcycle-plataforma-cooperativa",
                "summary": "El manual SSOLEIL cita CoopCycle como ejemplo de plataforma colaborativa que funciona con un modelo cooperativo: una forma de que la digitalización beneficie a las comunidades en lugar de perpetuar la precariedad.",
                "hero_alt": "Ilustración: un sol sobre colinas verdes y tres bicicletas cargadas con cajas de colores",
                "hero_caption": "Plataformas digitales cooperativas: tecnología de propiedad compartida y gobierno democrático.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Pocas transformaciones han cambiado tanto nuestra forma de trabajar, de consumir y de relacionarnos como la digital. Pero el modelo dominante de la economía de plataformas ha favorecido la concentración de poder en unas pocas grandes corporaciones: ellas fijan las reglas, se quedan con los datos y deciden cómo se reparte el valor. El manual de formación SSOLEIL propone otro camino y cita un ejemplo concreto: <b>CoopCycle</b>, una plataforma colaborativa que funciona con un modelo cooperativo.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Qué cambia cuando una plataforma es cooperativa", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>El manual no entra en los detalles de cada proyecto, pero sí explica por qué este tipo de iniciativas importa. Una plataforma digital cooperativa se apoya en tres ideas:</p><ul><li><b>Autogestión</b>: las personas implicadas organizan por sí mismas el trabajo y la herramienta.</li><li><b>Propiedad compartida</b>: la plataforma no pertenece a un inversor externo, sino a sus socias y socios.</li><li><b>Participación democrática</b>: las decisiones importantes se toman en común y los beneficios se reparten de forma equitativa.</li></ul>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "La promoción de plataformas digitales cooperativas, basadas en la autogestión y la propiedad compartida, es una de las principales estrategias para que la digitalización beneficie a las comunidades en lugar de perpetuar la explotación laboral y la precarización.",
                            "attribution": "Manual de formación SSOLEIL, sección 8.4.1",
                        },
                    ),
                    ("heading", {"text": "Trabajo digno en la era digital", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Ahí está la clave. La digitalización no es buena ni mala en sí misma: todo depende de quién controle las herramientas. Cuando la tecnología está en manos de quienes la usan, puede crear empleo digno en lugar de trabajo precario, y el valor que genera se queda en la comunidad en vez de escaparse hacia accionistas lejanos.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>El manual también es realista. Muchas entidades de la ESS tienen dificultades para adaptarse a las nuevas tecnologías y para competir con las plataformas convencionales. Por eso recomienda formación en herramientas digitales, espacios de intercooperación donde compartir recursos y estrategias para reducir la brecha digital en los sectores que todavía trabajan con métodos más tradicionales. Una plataforma cooperativa no se sostiene sola: necesita una red que la respalde.</p>",
                    ),
                    ("heading", {"text": "Tres preguntas para llevar al aula", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Para quien quiera trabajar el tema en clase o en un colectivo, el ejemplo de CoopCycle invita a hacerse tres preguntas ante cualquier aplicación que usemos a diario: ¿de quién es la plataforma?, ¿quién decide sus reglas? y ¿adónde va el valor que genera? Las respuestas dicen mucho del tipo de economía que estamos construyendo.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "CoopCycle : l'économie de plateforme version coopérative",
                "slug": "coopcycle-plateforme-cooperative",
                "summary": "Le manuel SSOLEIL cite CoopCycle comme exemple de plateforme collaborative fonctionnant sur un modèle coopératif : une façon de mettre le numérique au service des communautés plutôt que de la précarité.",
                "hero_alt": "Illustration : un soleil au-dessus de collines vertes et trois vélos chargés de caisses colorées",
                "hero_caption": "Plateformes numériques coopératives : une technologie en propriété partagée, gouvernée démocratiquement.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Rares sont les mutations qui ont autant bouleversé notre façon de travailler, de consommer et d'échanger que le numérique. Mais le modèle dominant de l'économie de plateforme a surtout concentré le pouvoir entre les mains de quelques grands groupes : ce sont eux qui fixent les règles, captent les données et décident du partage de la valeur. Le manuel de formation SSOLEIL esquisse une autre voie et cite un exemple : <b>CoopCycle</b>, une plateforme collaborative qui fonctionne selon un modèle coopératif.</p>",
                    ),
                    (
                        "heading",
                        {
                            "text": "Ce qui change quand une plateforme est coopérative",
                            "level": "h2",
                        },
                    ),
                    (
                        "paragraph",
                        "<p>Le manuel n'entre pas dans le détail de chaque projet, mais il explique pourquoi ce type d'initiative compte. Une plateforme numérique coopérative repose sur trois piliers :</p><ul><li><b>L'autogestion</b> : les personnes concernées organisent elles-mêmes le travail et l'outil.</li><li><b>La propriété partagée</b> : la plateforme n'appartient pas à un investisseur extérieur, mais à ses sociétaires.</li><li><b>La participation démocratique</b> : les grandes décisions se prennent en commun et les bénéfices sont redistribués équitablement.</li></ul>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "La promotion de plateformes numériques coopératives, fondées sur l'autogestion et la propriété partagée, est l'une des principales stratégies pour que la numérisation profite aux communautés au lieu de perpétuer l'exploitation et la précarisation du travail.",
                            "attribution": "Manuel de formation SSOLEIL, section 8.4.1",
                        },
                    ),
                    ("heading", {"text": "Un travail digne à l'ère numérique", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Tout est là. Le numérique n'est ni bon ni mauvais en soi : tout dépend de qui tient les commandes. Quand la technologie appartient à celles et ceux qui s'en servent, elle peut créer des emplois de qualité plutôt que des petits boulots précaires, et la valeur produite reste dans la communauté au lieu de filer vers des actionnaires lointains.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Le manuel ne cède pas pour autant à l'angélisme. Beaucoup de structures de l'ESS peinent à s'approprier les nouvelles technologies et à rivaliser avec les plateformes conventionnelles. D'où ses recommandations : former aux outils numériques, ouvrir des espaces d'intercoopération pour mutualiser les ressources et réduire la fracture numérique dans les secteurs encore attachés à des méthodes de travail plus traditionnelles. Une plateforme coopérative ne tient pas toute seule : il lui faut un réseau pour la porter.</p>",
                    ),
                    ("heading", {"text": "Trois questions à poser en classe", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Pour qui veut aborder le sujet en cours ou en association, l'exemple de CoopCycle invite à se poser trois questions devant n'importe quelle application du quotidien : à qui appartient la plateforme ? Qui en fixe les règles ? Où va la valeur qu'elle crée ? Les réponses en disent long sur l'économie que nous sommes en train de construire.</p>",
                    ),
                ],
            },
            "en": {
                "title": "CoopCycle: the platform economy, the cooperative way",
                "slug": "coopcycle-cooperative-platform",
                "summary": "The SSOLEIL handbook cites CoopCycle as a sharing platform that operates under a cooperative model: one way to make sure digitalisation benefits communities rather than entrenching precarious work.",
                "hero_alt": "Illustration: a sun over green hills and three bicycles carrying coloured boxes",
                "hero_caption": "Cooperative digital platforms: technology under shared ownership and democratic control.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Few changes have reshaped the way we work, shop and relate to one another as deeply as the digital revolution. Yet the dominant model of the platform economy has mostly concentrated power in a handful of large corporations: they set the rules, keep the data and decide how the value is shared out. The SSOLEIL training handbook sketches another path and names an example: <b>CoopCycle</b>, a sharing platform that operates under a cooperative model.</p>",
                    ),
                    (
                        "heading",
                        {"text": "What changes when a platform is a cooperative", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>The handbook does not go into the details of individual projects, but it does explain why initiatives of this kind matter. A cooperative digital platform rests on three ideas:</p><ul><li><b>Self-management</b>: the people involved organise the work and the tool themselves.</li><li><b>Shared ownership</b>: the platform belongs not to an outside investor but to its members.</li><li><b>Democratic participation</b>: major decisions are taken together, and the benefits are shared out fairly.</li></ul>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "The promotion of cooperative digital platforms, based on self-management and shared ownership, is one of the main strategies to ensure that digitalisation benefits communities rather than perpetuating labour exploitation and precarious work.",
                            "attribution": "SSOLEIL training handbook, section 8.4.1",
                        },
                    ),
                    ("heading", {"text": "Decent work in the digital age", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>That is the heart of the matter. Digital technology is neither good nor bad in itself: it all depends on who holds the controls. When technology is in the hands of the people who use it, it can create decent jobs instead of insecure gig work, and the value it generates stays in the community rather than flowing to distant shareholders.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>The handbook is realistic, too. Many SSE organisations struggle to adapt to new technologies and to compete with conventional platforms. So it recommends training in digital tools, spaces for inter-cooperation where resources can be pooled, and strategies to bridge the digital divide in sectors that still rely on more traditional ways of working. A cooperative platform cannot stand on its own: it needs a network behind it.</p>",
                    ),
                    ("heading", {"text": "Three questions for the classroom", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>For anyone who wants to explore the subject with a class or a community group, the CoopCycle example suggests three questions to ask of any app we use every day: who owns the platform? Who sets its rules? And where does the value it creates end up? The answers say a great deal about the kind of economy we are building.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "fairbnb",
        "example": False,
        "initiative_name": "Fairbnb",
        "organisation_form": "Cooperative",
        "sectors": ["Sustainable tourism", "Platform cooperativism"],
        "territory": None,
        "city": None,
        "founded": None,
        "website": "",
        "sdgs": [8, 11, 12],
        "published": "2026-05-06",
        "figures": [],
        "tags": {
            "es": ["turismo sostenible", "plataformas cooperativas", "comunidades locales"],
            "fr": ["tourisme durable", "plateformes coopératives", "communautés locales"],
            "en": ["sustainable tourism", "cooperative platforms", "local communities"],
        },
        "texts": {
            "es": {
                "title": "Fairbnb: un turismo que reinvierte en las comunidades locales",
                "slug": "fairbnb-turismo-que-reinvierte",
                "summary": "Fairbnb promueve un turismo sostenible que reinvierte en las comunidades locales. El manual SSOLEIL lo cita entre las plataformas digitales que reparten el valor en lugar de concentrarlo.",
                "hero_alt": "Ilustración: un camino claro que serpentea entre colinas verdes hacia tres tiendas de campaña de colores, bajo un cielo azul",
                "hero_caption": "Viajar también es consumir: la ESS propone que el turismo deje valor en los territorios.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Cuando se habla de economía digital, el turismo es uno de los ejemplos más visibles. Las grandes plataformas han cambiado la manera de viajar y de alojarse, pero, como recuerda el manual de formación SSOLEIL, el modelo dominante ha favorecido la concentración de poder en grandes corporaciones. Frente a ese modelo, el manual menciona <b>Fairbnb</b>, una iniciativa que promueve el turismo sostenible con reinversión en las comunidades locales.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Repartir el valor en lugar de concentrarlo", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>El manual no detalla cómo funciona cada proyecto, pero sitúa Fairbnb dentro de una tendencia más amplia: la de las plataformas digitales que la ESS puede impulsar para promover la participación democrática y un reparto equitativo de los beneficios. La idea es sencilla de enunciar y exigente de aplicar: que una parte de lo que genera la actividad turística vuelva al lugar que la hace posible, en vez de salir de él.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "La ESS tiene la oportunidad de desarrollar alternativas digitales que promuevan la participación democrática y la redistribución equitativa de los beneficios.",
                            "attribution": "Manual de formación SSOLEIL, sección 8.4.1",
                        },
                    ),
                    ("heading", {"text": "Quien viaja también consume", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El ejemplo conecta con otra de las tendencias que identifica el manual: el auge del consumo responsable. Cada vez más personas se preguntan por el impacto social y ambiental de lo que compran, y un viaje también es una compra. Elegir dónde dormir o con quién contratar una actividad es, a pequeña escala, una decisión económica con consecuencias para el territorio.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Para la ESS, el reto es que esas opciones sean visibles y fáciles de encontrar. Por eso el manual insiste en reforzar las redes de comercio alternativo, en desarrollar herramientas digitales que acerquen a la ciudadanía a las iniciativas solidarias y en formar a las entidades para que no se queden atrás en la transformación digital.</p>",
                    ),
                    ("heading", {"text": "Comunidades más fuertes", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En el fondo, un turismo que reinvierte en las comunidades locales habla de lo mismo que el resto de la ESS: tejido comunitario, resiliencia local y participación. El manual recuerda que las comunidades deben ser protagonistas de las decisiones sobre el uso de sus recursos y el diseño de su desarrollo local. Aplicado al turismo, eso significa que quienes viven en un lugar tengan algo que decir sobre cómo se visita.</p>",
                    ),
                ],
            },
            "fr": {
                "title": "Fairbnb : un tourisme qui réinvestit dans les communautés locales",
                "slug": "fairbnb-un-tourisme-qui-reinvestit",
                "summary": "Fairbnb promeut un tourisme durable qui réinvestit dans les communautés locales. Le manuel SSOLEIL le cite parmi les plateformes numériques qui partagent la valeur au lieu de la concentrer.",
                "hero_alt": "Illustration : un chemin clair qui serpente entre des collines vertes vers trois tentes colorées, sous un ciel bleu",
                "hero_caption": "Voyager, c'est aussi consommer : l'ESS veut que le tourisme laisse de la valeur dans les territoires.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Quand on parle d'économie numérique, le tourisme vient vite à l'esprit. Les grandes plateformes ont transformé notre façon de voyager et de nous loger mais, comme le rappelle le manuel de formation SSOLEIL, le modèle dominant a favorisé la concentration du pouvoir entre les mains de grands groupes. Face à ce modèle, le manuel cite <b>Fairbnb</b>, une initiative qui promeut un tourisme durable en réinvestissant dans les communautés locales.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Partager la valeur plutôt que la concentrer", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Le manuel ne décrit pas le fonctionnement de chaque projet, mais il inscrit Fairbnb dans un mouvement plus large : celui des plateformes numériques que l'ESS peut développer pour favoriser la participation démocratique et une redistribution équitable des bénéfices. L'idée est simple à formuler et exigeante à mettre en œuvre : qu'une partie de ce que rapporte l'activité touristique revienne au territoire qui la rend possible, au lieu de s'en échapper.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "L'ESS a l'occasion de développer des alternatives numériques qui favorisent la participation démocratique et la redistribution équitable des bénéfices.",
                            "attribution": "Manuel de formation SSOLEIL, section 8.4.1",
                        },
                    ),
                    (
                        "heading",
                        {"text": "Le voyageur, un consommateur comme les autres", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>L'exemple rejoint une autre tendance relevée par le manuel : l'essor de la consommation responsable. De plus en plus de gens s'interrogent sur l'impact social et environnemental de leurs achats, et un voyage est aussi un achat. Choisir où dormir ou à qui confier une activité, c'est prendre, à petite échelle, une décision économique qui pèse sur le territoire.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Pour l'ESS, tout l'enjeu est de rendre ces choix visibles et faciles d'accès. Le manuel plaide donc pour renforcer les réseaux de commerce alternatif, développer des outils numériques qui rapprochent les citoyens des initiatives solidaires et former les structures pour qu'elles ne restent pas à la traîne de la transition numérique.</p>",
                    ),
                    ("heading", {"text": "Des communautés plus fortes", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Au fond, un tourisme qui réinvestit dans les communautés locales parle de la même chose que le reste de l'ESS : tissu local, résilience des territoires et participation. Le manuel rappelle que les habitants doivent être au cœur des décisions sur l'usage de leurs ressources et sur le développement de leur territoire. Appliqué au tourisme, cela veut dire que ceux qui vivent quelque part ont leur mot à dire sur la manière dont on le visite.</p>",
                    ),
                ],
            },
            "en": {
                "title": "Fairbnb: tourism that reinvests in local communities",
                "slug": "fairbnb-tourism-that-reinvests",
                "summary": "Fairbnb promotes sustainable tourism with reinvestment in local communities. The SSOLEIL handbook cites it among the digital platforms that share value out rather than concentrating it.",
                "hero_alt": "Illustration: a pale path winding through green hills towards three coloured tents under a blue sky",
                "hero_caption": "Travelling is consuming too: the SSE wants tourism to leave value in the places it visits.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>When people talk about the digital economy, tourism is one of the first examples that comes to mind. Big platforms have changed the way we travel and where we stay but, as the SSOLEIL training handbook points out, the dominant model has concentrated power in large corporations. Against that model, the handbook names <b>Fairbnb</b>, an initiative that promotes sustainable tourism with reinvestment in local communities.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Sharing value instead of concentrating it", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>The handbook does not describe how each project works, but it places Fairbnb within a wider movement: the digital platforms the SSE can develop to encourage democratic participation and a fair redistribution of benefits. The idea is simple to state and demanding to put into practice: part of what tourism earns should go back to the place that makes it possible, instead of draining away from it.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "The SSE has the opportunity to develop digital alternatives that promote democratic participation and the equitable redistribution of benefits.",
                            "attribution": "SSOLEIL training handbook, section 8.4.1",
                        },
                    ),
                    ("heading", {"text": "Travellers are consumers too", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The example ties in with another trend the handbook identifies: the growth of responsible consumption. More and more people ask about the social and environmental impact of what they buy, and a holiday is a purchase like any other. Choosing where to sleep, or whom to book an activity with, is a small economic decision with real consequences for the place you visit.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>For the SSE, the challenge is to make those choices visible and easy to find. That is why the handbook calls for stronger alternative trade networks, digital tools that bring citizens closer to solidarity initiatives, and training so that organisations are not left behind by the digital transition.</p>",
                    ),
                    ("heading", {"text": "Stronger communities", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>In the end, tourism that reinvests in local communities speaks to the same things as the rest of the SSE: community fabric, local resilience and participation. The handbook stresses that communities should take the lead in decisions about how their resources are used and how their area develops. Applied to tourism, that means the people who live somewhere should have a say in how it is visited.</p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "el-sequiol",
        "example": True,
        "initiative_name": "El Sequiol",
        "organisation_form": "Cooperative",
        "sectors": ["Agroecology", "Collective purchasing"],
        "territory": "ES-VC",
        "city": {"es": "Meliana", "fr": "Meliana", "en": "Meliana"},
        "founded": 2013,
        "website": "",
        "sdgs": [2, 12, 15],
        "published": "2026-06-23",
        "figures": [
            ("310", {"es": "hogares socios", "fr": "foyers adhérents", "en": "member households"}),
            (
                "16",
                {
                    "es": "hectáreas en cultivo ecológico",
                    "fr": "hectares cultivés en bio",
                    "en": "hectares farmed organically",
                },
            ),
            (
                "11",
                {
                    "es": "personas socias trabajadoras",
                    "fr": "associés salariés",
                    "en": "worker-members",
                },
            ),
            (
                "48",
                {
                    "es": "variedades locales recuperadas",
                    "fr": "variétés locales remises en culture",
                    "en": "local varieties brought back",
                },
            ),
        ],
        "tags": {
            "es": ["huerta", "grupo de consumo", "circuito corto", "semillas locales"],
            "fr": ["maraîchage", "groupement d'achat", "circuit court", "semences paysannes"],
            "en": ["market garden", "food buying group", "short supply chain", "local seeds"],
        },
        "texts": {
            "es": {
                "title": "El Sequiol: una huerta que se cultiva a medias entre campesinos y vecinos",
                "slug": "el-sequiol-huerta-y-grupo-de-consumo",
                "summary": "En la Horta Nord de Valencia, once agricultores y 310 hogares comparten una cooperativa agroecológica: las familias prefinancian la temporada, recogen su cesta cada semana y compran en común arroz, aceite y pan a otras cooperativas.",
                "hero_alt": "Ilustración: un sol sobre colinas verdes y varias hileras de hortalizas",
                "hero_caption": "Hileras de hortalizas en la huerta periurbana: así imaginamos los campos de El Sequiol.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>A un cuarto de hora en bici del centro de Valencia, entre naves, rondas y adosados, la huerta resiste. En Meliana, en plena Horta Nord, un grupo de jóvenes agricultores y vecinos del pueblo fundó en 2013 <b>El Sequiol</b>, una cooperativa agroecológica que toma su nombre de los pequeños canales que llevan el agua de la acequia a cada parcela. La idea era sencilla: que la tierra siguiera dando de comer a quien vive cerca, y que quien la trabaja pudiera vivir de ella.</p>",
                    ),
                    ("heading", {"text": "Una cooperativa con dos tipos de socios", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En El Sequiol conviven las <b>personas socias trabajadoras</b>, once hoy, que cultivan dieciséis hectáreas sin químicos de síntesis, y los <b>hogares socios</b>: 310 familias de Meliana, Alboraia y los barrios del norte de Valencia. Cada hogar se compromete por temporadas:</p><ul><li>paga por adelantado una parte de la cosecha, lo que da a la cooperativa liquidez para comprar semillas y pagar jornales;</li><li>recoge su cesta cada jueves en el local de la cooperativa;</li><li>hace dos turnos al año, preparando cestas o echando una mano en el campo.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>El precio de la cesta no lo marca el mercado: se vota en la asamblea anual a partir de los costes reales de producción, con las cuentas sobre la mesa. Una persona, un voto, tanto si cultiva como si come.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Cuando una familia paga la temporada por adelantado, nos está diciendo que el riesgo del granizo también es suyo. Eso cambia por completo la relación entre quien cultiva y quien come.",
                            "attribution": "Amparo, socia trabajadora de El Sequiol",
                        },
                    ),
                    (
                        "heading",
                        {"text": "Del grupo de consumo a la compra colectiva", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Con los años, el grupo de consumo ha ido más allá de la verdura. Dos veces por trimestre, los hogares hacen un pedido conjunto a otras entidades de la economía social: arroz de un productor ecológico de l'Albufera, aceite de una cooperativa del interior, pan de un obrador que también es cooperativa. Comprar juntos abarata los precios, ahorra viajes y, sobre todo, teje una red de intercooperación entre proyectos que comparten valores.</p>",
                    ),
                    ("heading", {"text": "Semillas y escuelas", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La cooperativa mantiene además un banco de semillas con 48 variedades locales de tomate, judía, pimiento y calabaza que ya solo conservaban algunos huertos familiares, y cada curso recibe a grupos de colegios e institutos de la comarca. Para el alumnado, ver cómo se fija en asamblea el precio de una cesta es una lección de economía que no viene en el libro de texto.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>El Sequiol es una iniciativa de ejemplo, creada para Soleil a partir de prácticas habituales de las cooperativas agroecológicas: el nombre, las personas y las cifras son ilustrativos.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "El Sequiol : près de Valence, des maraîchers et leurs voisins cultivent ensemble",
                "slug": "el-sequiol-maraichage-et-groupement-d-achat",
                "summary": "Dans la huerta au nord de Valence, onze maraîchers et 310 foyers font vivre une coopérative agroécologique : les familles préfinancent la saison, retirent leur panier chaque semaine et achètent en commun riz, huile et pain.",
                "hero_alt": "Illustration : un soleil au-dessus de collines vertes et plusieurs rangées de légumes",
                "hero_caption": "Des rangées de légumes aux portes de la ville : c'est ainsi que nous imaginons les champs d'El Sequiol.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>À un quart d'heure à vélo du centre de Valence, entre entrepôts, rocades et lotissements, la <i>huerta</i> résiste. À Meliana, au cœur de l'Horta Nord, de jeunes maraîchers et des habitants du village ont fondé en 2013 <b>El Sequiol</b>, une coopérative agroécologique qui tire son nom des petites rigoles menant l'eau du canal d'irrigation jusqu'à chaque parcelle. L'idée était simple : que la terre continue de nourrir ceux qui vivent à côté, et que ceux qui la travaillent puissent en vivre.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Une coopérative, deux types de sociétaires", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>El Sequiol réunit des <b>associés salariés</b>, onze aujourd'hui, qui cultivent seize hectares sans produits chimiques de synthèse, et des <b>foyers adhérents</b> : 310 familles de Meliana, d'Alboraia et des quartiers nord de Valence. Un peu comme dans une AMAP, chaque foyer s'engage pour une saison :</p><ul><li>il paie d'avance une part de la récolte, ce qui donne à la coopérative la trésorerie pour acheter les semences et payer les salaires ;</li><li>il retire son panier chaque jeudi au local de la coopérative ;</li><li>il assure deux permanences par an, à la préparation des paniers ou aux champs.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>Le prix du panier n'est pas dicté par le marché : il est voté en assemblée générale à partir des coûts réels de production, comptes à l'appui. Une personne, une voix, que l'on cultive ou que l'on mange.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Quand une famille paie la saison d'avance, elle nous dit que le risque de grêle est aussi le sien. Ça change complètement la relation entre ceux qui cultivent et ceux qui mangent.",
                            "attribution": "Amparo, associée salariée d'El Sequiol",
                        },
                    ),
                    ("heading", {"text": "Du panier à l'achat groupé", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Au fil des ans, le groupement a dépassé les seuls légumes. Deux fois par trimestre, les foyers passent une commande commune auprès d'autres structures de l'économie sociale : du riz d'un producteur bio de l'Albufera, de l'huile d'olive d'une coopérative de l'intérieur des terres, du pain d'un fournil lui aussi coopératif. Acheter ensemble fait baisser les prix, économise des trajets et, surtout, tisse un réseau d'intercoopération entre des projets qui partagent les mêmes valeurs.</p>",
                    ),
                    ("heading", {"text": "Des semences et des écoles", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La coopérative entretient aussi une banque de semences de 48 variétés locales de tomate, de haricot, de poivron et de courge que seuls quelques jardins familiaux conservaient encore, et elle accueille chaque année des classes des écoles et collèges alentour. Pour les élèves, voir fixer en assemblée le prix d'un panier est une leçon d'économie qu'aucun manuel ne donne.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>El Sequiol est une initiative fictive, imaginée pour Soleil à partir de pratiques courantes des coopératives agroécologiques : le nom, les personnes et les chiffres sont illustratifs.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "El Sequiol: market gardens near Valencia, farmed by growers and neighbours together",
                "slug": "el-sequiol-market-garden-and-food-group",
                "summary": "In the market gardens north of Valencia, eleven growers and 310 households run an agroecological cooperative together: families pay for the season up front, collect a weekly veg box and club together to buy rice, olive oil and bread.",
                "hero_alt": "Illustration: a sun over green hills and several rows of vegetables",
                "hero_caption": "Rows of vegetables on the edge of the city: how we picture El Sequiol's fields.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>A quarter of an hour by bike from the centre of Valencia, between warehouses, ring roads and new housing estates, the <i>huerta</i> is holding out. In Meliana, in the heart of the Horta Nord, a group of young growers and local residents founded <b>El Sequiol</b> in 2013: an agroecological cooperative named after the small channels that carry water from the irrigation ditch to each plot. The idea was simple: the land should go on feeding the people who live nearby, and the people who work it should be able to make a living from it.</p>",
                    ),
                    ("heading", {"text": "One cooperative, two kinds of member", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El Sequiol brings together <b>worker-members</b>, eleven of them today, who farm sixteen hectares without synthetic chemicals, and <b>member households</b>: 310 families from Meliana, Alboraia and the northern neighbourhoods of Valencia. Much as in community-supported agriculture, each household signs up for a season:</p><ul><li>it pays for a share of the harvest in advance, giving the cooperative the cash to buy seed and pay wages;</li><li>it collects its vegetable box every Thursday from the cooperative's premises;</li><li>it does two shifts a year, packing boxes or lending a hand in the fields.</li></ul>",
                    ),
                    (
                        "paragraph",
                        "<p>The price of a box is not set by the market: it is voted on at the annual general meeting on the basis of real production costs, with the accounts on the table. One person, one vote, whether you grow the food or eat it.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "When a family pays for the season up front, they are telling us that the risk of hail is theirs as well. That completely changes the relationship between the people who grow and the people who eat.",
                            "attribution": "Amparo, worker-member of El Sequiol",
                        },
                    ),
                    ("heading", {"text": "From veg box to buying group", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Over the years the group has grown beyond vegetables. Twice a quarter, households place a joint order with other social economy enterprises: rice from an organic grower in the Albufera, olive oil from an inland cooperative, bread from a bakery that is itself a co-op. Buying together brings prices down, saves journeys and, above all, weaves a network of inter-cooperation between projects that share the same values.</p>",
                    ),
                    ("heading", {"text": "Seeds and schools", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The cooperative also keeps a seed bank of 48 local varieties of tomato, bean, pepper and squash that only a few family gardens still grew, and every year it welcomes classes from nearby primary and secondary schools. For pupils, watching the price of a veg box being set by a vote is an economics lesson no textbook provides.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>El Sequiol is an example initiative, invented for Soleil from practices common among agroecological cooperatives: its name, people and figures are illustrative.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "azotea-comun",
        "example": True,
        "initiative_name": "Azotea Común",
        "organisation_form": "Cooperative",
        "sectors": ["Renewable energy"],
        "territory": "ES-AR",
        "city": {"es": "Zaragoza", "fr": "Saragosse", "en": "Zaragoza"},
        "founded": 2019,
        "website": "",
        "sdgs": [7, 11, 13],
        "published": "2026-09-08",
        "figures": [
            ("1450", {"es": "personas socias", "fr": "sociétaires", "en": "members"}),
            (
                "14",
                {
                    "es": "cubiertas solares compartidas",
                    "fr": "toits solaires partagés",
                    "en": "shared solar roofs",
                },
            ),
            (
                "620",
                {
                    "es": "kilovatios pico instalados",
                    "fr": "kilowatts-crête installés",
                    "en": "kilowatts peak installed",
                },
            ),
            (
                "230",
                {
                    "es": "hogares en autoconsumo compartido",
                    "fr": "foyers en autoconsommation collective",
                    "en": "households sharing solar power",
                },
            ),
        ],
        "tags": {
            "es": ["autoconsumo compartido", "energía solar", "pobreza energética"],
            "fr": ["autoconsommation collective", "énergie solaire", "précarité énergétique"],
            "en": ["shared self-consumption", "solar power", "fuel poverty"],
        },
        "texts": {
            "es": {
                "title": "Azotea Común: el sol de Zaragoza, repartido entre vecinos",
                "slug": "azotea-comun-sol-compartido-en-zaragoza",
                "summary": "En Zaragoza, una cooperativa ciudadana instala placas solares en tejados de colegios, centros cívicos y comunidades de vecinos, y reparte la electricidad entre 230 hogares, con una parte reservada a familias en pobreza energética.",
                "hero_alt": "Ilustración: un sol sobre colinas verdes y una hilera de casas con placas solares en el tejado",
                "hero_caption": "Tejados que producen energía para todo el barrio: así imaginamos las cubiertas de Azotea Común.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Zaragoza es famosa por su cierzo, ese viento del noroeste que barre el valle del Ebro, pero sol tampoco le falta. En 2019, tras una asamblea de la asociación vecinal de Delicias sobre el precio de la luz, un grupo de vecinas y vecinos decidió dejar de quejarse de la factura y empezar a producir su propia energía. Así nació <b>Azotea Común</b>, una cooperativa ciudadana de energías renovables que hoy reúne a 1.450 personas socias.</p>",
                    ),
                    ("heading", {"text": "Tejados prestados, energía compartida", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>El modelo es fácil de explicar. La cooperativa instala placas solares en cubiertas que otros le ceden: dos colegios públicos, tres centros cívicos, un pabellón deportivo y varias comunidades de vecinos. La electricidad que producen se reparte entre los hogares cercanos que se suman al <b>autoconsumo compartido</b>, cada uno con un porcentaje fijo según lo que ha aportado y lo que consume. Hoy son catorce tejados y 230 hogares; el resto de las personas socias respalda el proyecto aunque no viva junto a una instalación.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Para entrar basta una aportación de 100 euros al capital social. Las instalaciones se financian con esas aportaciones y con préstamos voluntarios de las propias personas socias, una forma de financiación colectiva que evita depender de la banca convencional. Y en la asamblea cada persona tiene un voto, haya puesto cien euros o diez mil.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "Yo de electricidad no sé nada, pero sé leer una factura. Desde que tenemos las placas en el tejado del colegio, en verano pago casi la mitad. Y en la asamblea mi voto vale lo mismo que el del ingeniero.",
                            "attribution": "Pilar, vecina de Las Fuentes y socia de Azotea Común",
                        },
                    ),
                    ("heading", {"text": "Que nadie se quede a oscuras", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Desde el principio, la cooperativa tuvo claro que la transición energética no podía ser solo para quien tiene tejado propio o dinero para invertir. Por eso reserva el 15 % de la energía de cada instalación a hogares en situación de pobreza energética, que llegan derivados por los servicios sociales municipales y no tienen que hacer ninguna aportación. Un equipo de voluntarios les ayuda, además, a revisar sus contratos.</p>",
                    ),
                    ("heading", {"text": "Los próximos tejados", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>La asamblea de este año ha elegido los dos próximos proyectos: la cubierta de un mercado municipal y la de una nave en un polígono cercano. Para montarlas, Azotea Común colaborará con una empresa de inserción que forma como instaladores solares a personas en paro de larga duración. Energía renovable, empleo digno y vida de barrio bajo el mismo tejado.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Azotea Común es una iniciativa de ejemplo, creada para Soleil a partir de prácticas habituales de las cooperativas ciudadanas de energía: el nombre, las personas y las cifras son ilustrativos.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Azotea Común : à Saragosse, le soleil se partage entre voisins",
                "slug": "azotea-comun-le-soleil-partage-de-saragosse",
                "summary": "À Saragosse, une coopérative citoyenne pose des panneaux solaires sur les toits d'écoles, de centres civiques et d'immeubles, et partage l'électricité entre 230 foyers, dont une part réservée aux ménages en précarité énergétique.",
                "hero_alt": "Illustration : un soleil au-dessus de collines vertes et une rangée de maisons aux toits couverts de panneaux solaires",
                "hero_caption": "Des toits qui produisent de l'énergie pour tout le quartier : c'est ainsi que nous imaginons les installations d'Azotea Común.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Saragosse est connue pour son <i>cierzo</i>, ce vent du nord-ouest qui balaie la vallée de l'Èbre, mais le soleil n'y manque pas non plus. En 2019, à l'issue d'une réunion de l'association de quartier de Delicias consacrée au prix de l'électricité, des habitants ont décidé de cesser de pester contre leur facture et de produire leur propre énergie. Ainsi est née <b>Azotea Común</b> (« le toit commun »), une coopérative citoyenne d'énergies renouvelables qui compte aujourd'hui 1 450 sociétaires.</p>",
                    ),
                    ("heading", {"text": "Des toits prêtés, une énergie partagée", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Le principe tient en quelques mots. La coopérative installe des panneaux solaires sur des toits qu'on lui prête : deux écoles publiques, trois centres civiques, un gymnase et plusieurs copropriétés. L'électricité produite est répartie entre les foyers voisins qui rejoignent l'<b>autoconsommation collective</b>, chacun selon une clé de répartition fixée d'après son apport et sa consommation. On compte aujourd'hui quatorze toits et 230 foyers ; les autres sociétaires soutiennent le projet même s'ils n'habitent pas à côté d'une installation.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Pour adhérer, il suffit d'une part sociale de 100 euros. Les installations sont financées par ces apports et par des prêts volontaires des sociétaires eux-mêmes, une forme de financement participatif qui évite de dépendre des banques classiques. Et en assemblée générale, chacun a une voix, qu'il ait mis cent euros ou dix mille.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "L'électricité, je n'y connais rien, mais je sais lire une facture. Depuis qu'on a les panneaux sur le toit de l'école, l'été, ma facture a presque baissé de moitié. Et en assemblée, ma voix compte autant que celle de l'ingénieur.",
                            "attribution": "Pilar, habitante de Las Fuentes et sociétaire d'Azotea Común",
                        },
                    ),
                    ("heading", {"text": "Personne ne reste dans le noir", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Dès le départ, la coopérative a voulu que la transition énergétique ne soit pas réservée à ceux qui ont un toit ou de l'argent à placer. Elle réserve donc 15 % de l'énergie de chaque installation à des foyers en précarité énergétique, orientés par les services sociaux de la ville, qui n'ont aucun apport à verser. Une équipe de bénévoles les aide en outre à relire leurs contrats.</p>",
                    ),
                    ("heading", {"text": "Les prochains toits", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Cette année, l'assemblée a choisi les deux prochains chantiers : la toiture d'un marché municipal et celle d'un entrepôt dans une zone d'activités voisine. Pour les réaliser, Azotea Común s'associe à une entreprise d'insertion qui forme des chômeurs de longue durée au métier d'installateur solaire. Énergie renouvelable, emploi de qualité et vie de quartier : tout tient sous le même toit.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Azotea Común est une initiative fictive, imaginée pour Soleil à partir de pratiques courantes des coopératives citoyennes d'énergie : le nom, les personnes et les chiffres sont illustratifs.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Azotea Común: sharing Zaragoza's sunshine among neighbours",
                "slug": "azotea-comun-shared-sun-in-zaragoza",
                "summary": "In Zaragoza, a citizen-owned cooperative puts solar panels on the roofs of schools, civic centres and blocks of flats, and shares the electricity among 230 households, setting a portion aside for families in fuel poverty.",
                "hero_alt": "Illustration: a sun over green hills and a row of houses with solar panels on their roofs",
                "hero_caption": "Roofs that power the whole neighbourhood: how we picture Azotea Común's installations.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>Zaragoza is famous for its <i>cierzo</i>, the north-westerly wind that sweeps down the Ebro valley, but it has no shortage of sunshine either. In 2019, after a meeting of the Delicias residents' association about electricity prices, a group of neighbours decided to stop grumbling about their bills and start generating their own power. The result was <b>Azotea Común</b> (“the shared rooftop”), a citizen-owned renewable energy cooperative that now has 1,450 members.</p>",
                    ),
                    ("heading", {"text": "Borrowed roofs, shared energy", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>The model is easy to explain. The cooperative installs solar panels on roofs that others lend it: two state schools, three civic centres, a sports hall and several blocks of flats. The electricity they generate is shared among nearby households that join the <b>shared self-consumption</b> scheme, each receiving a fixed percentage based on what it has put in and what it uses. Today there are fourteen roofs and 230 households; the other members back the project even though they do not live next to an installation.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Joining takes a stake of 100 euros in the share capital. The installations are paid for with these stakes and with voluntary loans from the members themselves, a form of community finance that avoids relying on mainstream banks. And at the general meeting everyone has one vote, whether they put in a hundred euros or ten thousand.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "I know nothing about electricity, but I can read a bill. Since we got the panels on the school roof, my summer bill has almost halved. And at the general meeting my vote counts for as much as the engineer's.",
                            "attribution": "Pilar, Las Fuentes resident and member of Azotea Común",
                        },
                    ),
                    ("heading", {"text": "Nobody left in the dark", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>From the outset, the cooperative decided that the energy transition could not be only for people with a roof of their own or money to invest. So it sets aside 15% of the output of every installation for households in fuel poverty, referred by the city's social services, who pay nothing to join. A team of volunteers also helps them go through their contracts.</p>",
                    ),
                    ("heading", {"text": "The next roofs", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>This year's general meeting chose the next two projects: the roof of a municipal market and that of a warehouse on a nearby industrial estate. To fit them, Azotea Común is teaming up with a work-integration enterprise that trains long-term unemployed people as solar installers. Renewable energy, decent work and neighbourhood life, all under one roof.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Azotea Común is an example initiative, invented for Soleil from practices common among citizen energy cooperatives: its name, people and figures are illustrative.</i></p>",
                    ),
                ],
            },
        },
    },
    {
        "key": "red-alcaucil",
        "example": True,
        "initiative_name": "Red Alcaucil",
        "organisation_form": "Association",
        "sectors": ["Social markets", "Responsible consumption", "Ethical finance"],
        "territory": "ES-AN",
        "city": {"es": "Sevilla", "fr": "Séville", "en": "Seville"},
        "founded": 2015,
        "website": "",
        "sdgs": [8, 12, 17],
        "published": "2026-11-03",
        "figures": [
            (
                "96",
                {
                    "es": "entidades de la ESS asociadas",
                    "fr": "structures de l'ESS adhérentes",
                    "en": "member SSE organisations",
                },
            ),
            (
                "2300",
                {
                    "es": "personas consumidoras socias",
                    "fr": "consommateurs adhérents",
                    "en": "consumer members",
                },
            ),
            (
                "38",
                {
                    "es": "préstamos solidarios concedidos",
                    "fr": "prêts solidaires accordés",
                    "en": "solidarity loans made",
                },
            ),
            (
                "97%",
                {
                    "es": "de los préstamos devueltos en plazo",
                    "fr": "des prêts remboursés dans les délais",
                    "en": "of loans repaid on time",
                },
            ),
        ],
        "tags": {
            "es": ["mercado social", "consumo responsable", "finanzas éticas", "intercooperación"],
            "fr": [
                "marché solidaire",
                "consommation responsable",
                "finance éthique",
                "intercoopération",
            ],
            "en": [
                "social market",
                "responsible consumption",
                "ethical finance",
                "inter-cooperation",
            ],
        },
        "texts": {
            "es": {
                "title": "Red Alcaucil: el mercado social de Sevilla que también presta dinero",
                "slug": "red-alcaucil-mercado-social-sevilla",
                "summary": "En Sevilla, 96 entidades de la economía social y 2.300 personas consumidoras forman un mercado social en el que se compra, se vende y se presta: su fondo de crédito solidario ya ha concedido 38 préstamos a proyectos de la red.",
                "hero_alt": "Ilustración: un sol naciente sobre colinas verdes y una hilera de puestos de mercado con toldos de colores",
                "hero_caption": "Puestos de colores para una economía de proximidad: así imaginamos la feria de Red Alcaucil.",
                "hero_credit": "Ilustración: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>En Andalucía a la alcachofa se le llama alcaucil, y en Sevilla gusta decir que su mercado social se le parece: muchas hojas y un solo corazón. <b>Red Alcaucil</b> nació en 2015 como asociación, impulsada por una veintena de cooperativas, asociaciones y una empresa de inserción que querían dejar de competir entre sí y empezar a comprarse unas a otras. Hoy reúne a 96 entidades de la economía social y solidaria y a 2.300 personas consumidoras.</p>",
                    ),
                    ("heading", {"text": "Un circuito económico con valores", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Un mercado social es una red de producción, distribución y consumo de bienes y servicios que funciona con criterios éticos, democráticos, ecológicos y solidarios. En Red Alcaucil hay desde un catering cooperativo hasta una librería, un taller de bicicletas o una cooperativa de limpieza. Para entrar, cada entidad presenta un balance social anual que mide la calidad del empleo, la igualdad, el impacto ambiental y la democracia interna.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Las personas consumidoras pagan una cuota de 20 euros al año y encuentran en un catálogo común dónde comprar, contratar un servicio o reparar algo sin salir de la red. Una vez al mes el mercado se instala en la Alameda de Hércules, y cada otoño la red celebra una feria abierta a los colegios.</p>",
                    ),
                    ("heading", {"text": "Un fondo para prestarse entre iguales", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En 2020, cuando la pandemia dejó sin liquidez a muchas entidades, la red creó su propio <b>fondo de crédito solidario</b>. Personas consumidoras y entidades hacen aportaciones voluntarias y retornables, sin intereses, y el fondo presta hasta 10.000 euros, a un interés simbólico, para comprar una furgoneta, reformar un local o aguantar mientras una administración paga tarde una factura. Cada solicitud la estudia un comité de ahorradores y entidades: el conocimiento mutuo sustituye a los avales. Desde entonces ha concedido 38 préstamos, y el 97 % se ha devuelto en plazo.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "El banco nos pedía avales que no teníamos. En la red nos conocían: llevábamos años comprándonos unos a otros. Con el préstamo compramos el horno industrial y contratamos a dos personas más.",
                            "attribution": "Rocío, socia de la cooperativa de catering de la red",
                        },
                    ),
                    ("heading", {"text": "Lo que nos enseña", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Red Alcaucil ilustra lo que recomienda el manual SSOLEIL: apoyar los mercados sociales, acercar a la ciudadanía al consumo responsable y a las finanzas éticas, y crear espacios donde las entidades compartan recursos. El fondo no sustituye a la banca ética, con la que la red también trabaja, pero llega adonde no llega un préstamo convencional: a los proyectos pequeños, en el momento justo.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Red Alcaucil es una iniciativa de ejemplo, creada para Soleil a partir de prácticas habituales de los mercados sociales en España: el nombre, las personas y las cifras son ilustrativos.</i></p>",
                    ),
                ],
            },
            "fr": {
                "title": "Red Alcaucil : à Séville, un marché solidaire qui prête aussi de l'argent",
                "slug": "red-alcaucil-marche-solidaire-seville",
                "summary": "À Séville, 96 structures de l'économie sociale et 2 300 consommateurs forment un marché solidaire où l'on achète, vend et se prête de l'argent : son fonds de crédit solidaire a déjà accordé 38 prêts à des projets du réseau.",
                "hero_alt": "Illustration : un soleil levant au-dessus de collines vertes et une rangée d'étals de marché aux auvents colorés",
                "hero_caption": "Des étals colorés pour une économie de proximité : c'est ainsi que nous imaginons la foire de Red Alcaucil.",
                "hero_credit": "Illustration : Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>En Andalousie, l'artichaut s'appelle <i>alcaucil</i>, et à Séville on aime dire que ce marché solidaire lui ressemble : beaucoup de feuilles, un seul cœur. <b>Red Alcaucil</b> est née en 2015 sous forme d'association, à l'initiative d'une vingtaine de coopératives, d'associations et d'une entreprise d'insertion lassées de se faire concurrence et décidées à s'acheter les unes aux autres. Elle rassemble aujourd'hui 96 structures de l'économie sociale et solidaire et 2 300 consommateurs.</p>",
                    ),
                    (
                        "heading",
                        {"text": "Un circuit économique porteur de valeurs", "level": "h2"},
                    ),
                    (
                        "paragraph",
                        "<p>Un « mercado social », à l'espagnole, est un réseau de production, de distribution et de consommation de biens et de services régi par des critères éthiques, démocratiques, écologiques et solidaires. On y croise aussi bien un traiteur coopératif qu'une librairie, un atelier vélo ou une coopérative de nettoyage. Pour adhérer, chaque structure présente un bilan social annuel qui mesure la qualité de l'emploi, l'égalité, l'impact environnemental et la démocratie interne.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Les consommateurs versent une cotisation de 20 euros par an et trouvent dans un catalogue commun où acheter, trouver un service ou faire réparer sans sortir du réseau. Une fois par mois, le marché s'installe sur l'Alameda de Hércules, et chaque automne le réseau tient une foire ouverte aux écoles.</p>",
                    ),
                    ("heading", {"text": "Un fonds pour se prêter entre pairs", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>En 2020, quand la pandémie a asséché la trésorerie de nombreuses structures, le réseau a créé son propre <b>fonds de crédit solidaire</b>. Consommateurs et structures y versent des apports volontaires et remboursables, sans intérêts, et le fonds prête jusqu'à 10 000 euros, à un taux symbolique, pour acheter une camionnette, rénover un local ou tenir bon quand une administration paie en retard. Un comité d'épargnants et de structures examine chaque demande : la confiance mutuelle remplace les garanties. Depuis, 38 prêts ont été accordés, et 97 % ont été remboursés dans les délais.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "La banque nous demandait des garanties que nous n'avions pas. Dans le réseau, on nous connaissait : ça faisait des années qu'on s'achetait les uns aux autres. Avec le prêt, nous avons acheté le four professionnel et embauché deux personnes de plus.",
                            "attribution": "Rocío, associée du traiteur coopératif du réseau",
                        },
                    ),
                    ("heading", {"text": "Ce que cela nous apprend", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Red Alcaucil illustre ce que recommande le manuel SSOLEIL : soutenir les marchés solidaires, rapprocher les citoyens de la consommation responsable et de la finance éthique, et créer des espaces où les structures mutualisent leurs ressources. Le fonds ne remplace pas la banque éthique, avec laquelle le réseau travaille aussi, mais il va là où un prêt classique ne va pas : vers les petits projets, au bon moment.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Red Alcaucil est une initiative fictive, imaginée pour Soleil à partir de pratiques courantes des marchés sociaux en Espagne : le nom, les personnes et les chiffres sont illustratifs.</i></p>",
                    ),
                ],
            },
            "en": {
                "title": "Red Alcaucil: the Seville social market that lends money too",
                "slug": "red-alcaucil-social-market-seville",
                "summary": "In Seville, 96 social economy organisations and 2,300 consumers form a social market where people buy, sell and lend to one another: its solidarity credit fund has already made 38 loans to projects in the network.",
                "hero_alt": "Illustration: a sun rising over green hills and a row of market stalls with colourful awnings",
                "hero_caption": "Colourful stalls for a local economy: how we picture Red Alcaucil's autumn fair.",
                "hero_credit": "Illustration: Soleil",
                "body": [
                    (
                        "paragraph",
                        "<p>In Andalusia the artichoke is called <i>alcaucil</i>, and in Seville people like to say their social market resembles one: many leaves, a single heart. <b>Red Alcaucil</b> was set up as an association in 2015 by some twenty cooperatives, associations and a work-integration enterprise that wanted to stop competing with one another and start buying from one another instead. Today it brings together 96 social and solidarity economy organisations and 2,300 consumers.</p>",
                    ),
                    ("heading", {"text": "An economic circuit with values", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>A social market, as the term is used in Spain, is a network for producing, distributing and consuming goods and services according to ethical, democratic, ecological and solidarity criteria. Red Alcaucil's members range from a cooperative caterer to a bookshop, a bicycle workshop and a cleaning cooperative. To join, each organisation submits an annual social audit measuring job quality, equality, environmental impact and internal democracy.</p>",
                    ),
                    (
                        "paragraph",
                        "<p>Consumers pay a membership fee of 20 euros a year and use a shared directory to find where to shop, hire a service or get something repaired without leaving the network. Once a month the market sets up on the Alameda de Hércules, and every autumn the network holds a fair open to schools.</p>",
                    ),
                    ("heading", {"text": "A fund for lending among equals", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>In 2020, when the pandemic left many organisations short of cash, the network set up its own <b>solidarity credit fund</b>. Consumers and organisations make voluntary, repayable, interest-free contributions, and the fund lends up to 10,000 euros at a token rate of interest to buy a van, refurbish premises or tide a project over while a public body is late paying an invoice. A committee of savers and organisations looks at every application: knowing one another takes the place of collateral. Since then it has made 38 loans, and 97% have been repaid on time.</p>",
                    ),
                    (
                        "quote",
                        {
                            "quote": "The bank wanted guarantees we didn't have. In the network they knew us: we'd been buying from each other for years. With the loan we bought the industrial oven and took on two more people.",
                            "attribution": "Rocío, member of the network's catering cooperative",
                        },
                    ),
                    ("heading", {"text": "What it teaches us", "level": "h2"}),
                    (
                        "paragraph",
                        "<p>Red Alcaucil shows what the SSOLEIL handbook recommends: supporting social markets, bringing citizens closer to responsible consumption and ethical finance, and creating spaces where organisations can pool resources. The fund is no substitute for the ethical bank the network also works with, but it reaches where a conventional loan does not: small projects, at the right moment.</p>",
                    ),
                    (
                        "paragraph",
                        "<p><i>Red Alcaucil is an example initiative, invented for Soleil from practices common among social markets in Spain: its name, people and figures are illustrative.</i></p>",
                    ),
                ],
            },
        },
    },
]
