"""Short descriptions of the seeded sectors, shown on their sector pages, keyed by English name."""

SECTOR_DESCRIPTIONS = {
    "Agroecology": {
        "es": "Producir alimentos cuidando el suelo, el agua y a quien trabaja la tierra, con circuitos cortos entre el campo y la mesa.",
        "fr": "Produire des aliments en prenant soin du sol, de l'eau et de celles et ceux qui travaillent la terre, en circuits courts du champ à l'assiette.",
        "en": "Growing food while caring for the soil, the water and the people who work the land, with short chains from field to table.",
    },
    "Renewable energy": {
        "es": "Cooperativas y comunidades energéticas que producen y comercializan electricidad limpia y ponen la energía en manos de la ciudadanía.",
        "fr": "Coopératives et communautés énergétiques qui produisent et vendent une électricité propre et remettent l'énergie entre les mains des citoyens.",
        "en": "Cooperatives and energy communities that produce and sell clean electricity and put energy in citizens' hands.",
    },
    "Cooperative housing and co-housing": {
        "es": "Viviendas en cesión de uso y proyectos de convivencia donde las personas socias deciden juntas cómo habitar, sin especular con la casa.",
        "fr": "Coopératives d'habitants et habitat participatif : les membres décident ensemble comment vivre, sans spéculer sur le logement.",
        "en": "Housing cooperatives and co-housing where members decide together how to live, without speculating on the home.",
    },
    "Ethical finance": {
        "es": "Ahorro y crédito que financian proyectos con impacto social y ambiental, con transparencia sobre a dónde va cada euro.",
        "fr": "Épargne et crédit qui financent des projets à impact social et environnemental, en toute transparence sur l'usage de chaque euro.",
        "en": "Savings and loans that fund projects with social and environmental impact, open about where every euro goes.",
    },
    "Fair trade": {
        "es": "Relaciones comerciales justas con quienes producen, con precios dignos, condiciones de trabajo decentes y respeto al entorno.",
        "fr": "Des échanges commerciaux justes avec les producteurs : prix rémunérateurs, conditions de travail dignes et respect de l'environnement.",
        "en": "Fair trading relations with producers: decent prices, decent working conditions and respect for the environment.",
    },
    "Responsible consumption": {
        "es": "Comprar menos y mejor: elegir productos y servicios pensando en las personas que los hacen y en el planeta.",
        "fr": "Consommer moins et mieux : choisir produits et services en pensant aux personnes qui les font et à la planète.",
        "en": "Buying less and better: choosing goods and services with the people who make them and the planet in mind.",
    },
    "Care": {
        "es": "Cooperativas y redes que cuidan de la infancia, de las personas mayores y dependientes, y dignifican el trabajo de cuidados.",
        "fr": "Coopératives et réseaux qui prennent soin des enfants, des personnes âgées ou dépendantes, et revalorisent le travail du soin.",
        "en": "Cooperatives and networks that care for children, older and dependent people, and give care work its due.",
    },
    "Platform cooperativism": {
        "es": "Plataformas digitales que pertenecen a quienes trabajan en ellas y a sus usuarios, gobernadas de forma democrática.",
        "fr": "Des plateformes numériques détenues par celles et ceux qui y travaillent et par leurs usagers, gouvernées démocratiquement.",
        "en": "Digital platforms owned by the people who work on them and their users, and governed democratically.",
    },
    "Social markets": {
        "es": "Redes de producción, distribución y consumo que intercambian bienes y servicios según criterios éticos, democráticos y ecológicos.",
        "fr": "Réseaux de production, de distribution et de consommation qui échangent biens et services selon des critères éthiques, démocratiques et écologiques.",
        "en": "Networks of production, distribution and consumption that trade goods and services on ethical, democratic and ecological terms.",
    },
    "Circular economy": {
        "es": "Reparar, reutilizar y reciclar para que los materiales vuelvan a circular y los residuos se conviertan en recursos y empleo.",
        "fr": "Réparer, réemployer et recycler pour que les matières circulent de nouveau et que les déchets deviennent ressources et emplois.",
        "en": "Repairing, reusing and recycling so that materials circulate again and waste becomes resources and jobs.",
    },
    "Sustainable tourism": {
        "es": "Viajes que benefician a las comunidades que los acogen, respetan el territorio y dan a conocer su economía local.",
        "fr": "Des voyages qui profitent aux communautés d'accueil, respectent le territoire et font connaître son économie locale.",
        "en": "Travel that benefits host communities, respects the land and shows visitors its local economy.",
    },
    "Social currencies": {
        "es": "Monedas locales y complementarias que mantienen el dinero en el territorio y refuerzan el comercio de proximidad.",
        "fr": "Monnaies locales et complémentaires qui gardent l'argent sur le territoire et soutiennent le commerce de proximité.",
        "en": "Local and complementary currencies that keep money in the area and strengthen neighbourhood trade.",
    },
    "Collective purchasing": {
        "es": "Grupos de consumo que compran juntos, directamente a productores cercanos, a precios justos para ambas partes.",
        "fr": "Groupements d'achat qui achètent ensemble, directement à des producteurs proches, à un prix juste pour les deux parties.",
        "en": "Buying groups that purchase together, straight from nearby producers, at prices fair to both sides.",
    },
    "Work integration": {
        "es": "Empresas que acompañan a personas en riesgo de exclusión hacia un empleo estable mediante trabajo real y formación.",
        "fr": "Des entreprises qui accompagnent des personnes éloignées de l'emploi vers un travail durable, par une activité réelle et la formation.",
        "en": "Enterprises that help people at risk of exclusion into stable jobs through real work and training.",
    },
}
