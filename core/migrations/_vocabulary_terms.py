"""The terms the vocabularies start with, in Spanish, French and English.

Frozen beside the migration that loads them (a leading underscore keeps
Django from reading this file as a migration). Each term is (es, fr, en);
its translation key is derived from the vocabulary and its English name, so
every installation gives the same term the same key.
"""

SECTORS = [
    ("Agroecología", "Agroécologie", "Agroecology"),
    ("Energías renovables", "Énergies renouvelables", "Renewable energy"),
    ("Vivienda cooperativa y cohousing", "Habitat coopératif et participatif",
     "Cooperative housing and co-housing"),
    ("Finanzas éticas", "Finance éthique", "Ethical finance"),
    ("Comercio justo", "Commerce équitable", "Fair trade"),
    ("Consumo responsable", "Consommation responsable", "Responsible consumption"),
    ("Cuidados", "Économie du soin", "Care"),
    ("Cooperativismo de plataforma", "Coopérativisme de plateforme", "Platform cooperativism"),
    ("Mercados sociales", "Marchés solidaires", "Social markets"),
    ("Economía circular", "Économie circulaire", "Circular economy"),
    ("Turismo sostenible", "Tourisme durable", "Sustainable tourism"),
    ("Monedas sociales", "Monnaies locales et sociales", "Social currencies"),
    ("Compra colectiva y grupos de consumo", "Achats groupés", "Collective purchasing"),
    ("Inserción sociolaboral", "Insertion par l'activité économique", "Work integration"),
]

ORGANISATION_FORMS = [
    ("Cooperativa", "Coopérative", "Cooperative"),
    ("Asociación", "Association", "Association"),
    ("Mutualidad", "Mutuelle", "Mutual society"),
    ("Fundación", "Fondation", "Foundation"),
    ("Empresa de inserción", "Entreprise d'insertion", "Work-integration enterprise"),
    ("Empresa social", "Entreprise sociale", "Social enterprise"),
    ("Colectivo informal", "Collectif informel", "Informal collective"),
]

# (ISO code, es, fr, en); the regions follow their country.
COUNTRIES = [
    ("ES", "España", "Espagne", "Spain"),
    ("FR", "Francia", "France", "France"),
]

REGIONS = {
    "ES": [
        ("ES-AN", "Andalucía", "Andalousie", "Andalusia"),
        ("ES-AR", "Aragón", "Aragon", "Aragon"),
        ("ES-AS", "Principado de Asturias", "Asturies", "Asturias"),
        ("ES-IB", "Illes Balears", "Îles Baléares", "Balearic Islands"),
        ("ES-CN", "Canarias", "Canaries", "Canary Islands"),
        ("ES-CB", "Cantabria", "Cantabrie", "Cantabria"),
        ("ES-CL", "Castilla y León", "Castille-et-León", "Castile and León"),
        ("ES-CM", "Castilla-La Mancha", "Castille-La Manche", "Castilla-La Mancha"),
        ("ES-CT", "Cataluña", "Catalogne", "Catalonia"),
        ("ES-VC", "Comunitat Valenciana", "Communauté valencienne", "Valencian Community"),
        ("ES-EX", "Extremadura", "Estrémadure", "Extremadura"),
        ("ES-GA", "Galicia", "Galice", "Galicia"),
        ("ES-MD", "Comunidad de Madrid", "Communauté de Madrid", "Community of Madrid"),
        ("ES-MC", "Región de Murcia", "Région de Murcie", "Region of Murcia"),
        ("ES-NC", "Comunidad Foral de Navarra", "Navarre", "Navarre"),
        ("ES-PV", "País Vasco", "Pays basque", "Basque Country"),
        ("ES-RI", "La Rioja", "La Rioja", "La Rioja"),
        ("ES-CE", "Ceuta", "Ceuta", "Ceuta"),
        ("ES-ML", "Melilla", "Melilla", "Melilla"),
    ],
    "FR": [
        ("FR-ARA", "Auvernia-Ródano-Alpes", "Auvergne-Rhône-Alpes", "Auvergne-Rhône-Alpes"),
        ("FR-BFC", "Borgoña-Franco Condado", "Bourgogne-Franche-Comté",
         "Bourgogne-Franche-Comté"),
        ("FR-BRE", "Bretaña", "Bretagne", "Brittany"),
        ("FR-CVL", "Centro-Valle de Loira", "Centre-Val de Loire", "Centre-Val de Loire"),
        ("FR-20R", "Córcega", "Corse", "Corsica"),
        ("FR-GES", "Gran Este", "Grand Est", "Grand Est"),
        ("FR-HDF", "Alta Francia", "Hauts-de-France", "Hauts-de-France"),
        ("FR-IDF", "Isla de Francia", "Île-de-France", "Île-de-France"),
        ("FR-NOR", "Normandía", "Normandie", "Normandy"),
        ("FR-NAQ", "Nueva Aquitania", "Nouvelle-Aquitaine", "Nouvelle-Aquitaine"),
        ("FR-OCC", "Occitania", "Occitanie", "Occitania"),
        ("FR-PDL", "País del Loira", "Pays de la Loire", "Pays de la Loire"),
        ("FR-PAC", "Provenza-Alpes-Costa Azul", "Provence-Alpes-Côte d'Azur",
         "Provence-Alpes-Côte d'Azur"),
        ("FR-971", "Guadalupe", "Guadeloupe", "Guadeloupe"),
        ("FR-972", "Martinica", "Martinique", "Martinique"),
        ("FR-973", "Guayana Francesa", "Guyane", "French Guiana"),
        ("FR-974", "Reunión", "La Réunion", "Réunion"),
        ("FR-976", "Mayotte", "Mayotte", "Mayotte"),
    ],
}

# The official short titles of the 17 Sustainable Development Goals.
SDGS = [
    ("Fin de la pobreza", "Pas de pauvreté", "No poverty"),
    ("Hambre cero", "Faim « zéro »", "Zero hunger"),
    ("Salud y bienestar", "Bonne santé et bien-être", "Good health and well-being"),
    ("Educación de calidad", "Éducation de qualité", "Quality education"),
    ("Igualdad de género", "Égalité entre les sexes", "Gender equality"),
    ("Agua limpia y saneamiento", "Eau propre et assainissement", "Clean water and sanitation"),
    ("Energía asequible y no contaminante", "Énergie propre et d'un coût abordable",
     "Affordable and clean energy"),
    ("Trabajo decente y crecimiento económico", "Travail décent et croissance économique",
     "Decent work and economic growth"),
    ("Industria, innovación e infraestructura", "Industrie, innovation et infrastructure",
     "Industry, innovation and infrastructure"),
    ("Reducción de las desigualdades", "Inégalités réduites", "Reduced inequalities"),
    ("Ciudades y comunidades sostenibles", "Villes et communautés durables",
     "Sustainable cities and communities"),
    ("Producción y consumo responsables", "Consommation et production responsables",
     "Responsible consumption and production"),
    ("Acción por el clima", "Mesures relatives à la lutte contre les changements climatiques",
     "Climate action"),
    ("Vida submarina", "Vie aquatique", "Life below water"),
    ("Vida de ecosistemas terrestres", "Vie terrestre", "Life on land"),
    ("Paz, justicia e instituciones sólidas", "Paix, justice et institutions efficaces",
     "Peace, justice and strong institutions"),
    ("Alianzas para lograr los objetivos", "Partenariats pour la réalisation des objectifs",
     "Partnerships for the goals"),
]

EDUCATION_LEVELS = [
    ("Educación primaria", "École élémentaire", "Primary school"),
    ("Educación secundaria", "Collège et lycée", "Secondary school"),
    ("Formación profesional", "Formation professionnelle", "Vocational training"),
    ("Universidad", "Enseignement supérieur", "University"),
    ("Educación de personas adultas", "Formation des adultes", "Adult education"),
]

EVENT_TYPES = [
    ("Feria", "Foire", "Fair"),
    ("Mercado social", "Marché solidaire", "Social market"),
    ("Foro", "Forum", "Forum"),
    ("Taller", "Atelier", "Workshop"),
    ("Conferencia", "Conférence", "Conference"),
    ("Acción de campaña", "Action de sensibilisation", "Campaign action"),
]

TOPICS = [
    ("Fundamentos de la ESS", "Les bases de l'ESS", "SSE basics"),
    ("Gestión cooperativa", "Gestion coopérative", "Cooperative management"),
    ("Finanzas éticas", "Finance éthique", "Ethical finance"),
    ("Gobernanza democrática", "Gouvernance démocratique", "Democratic governance"),
    ("Economía circular", "Économie circulaire", "Circular economy"),
    ("Innovación social", "Innovation sociale", "Social innovation"),
    ("Consumo responsable", "Consommation responsable", "Responsible consumption"),
    ("Competencias digitales", "Compétences numériques", "Digital skills"),
    ("Compra pública responsable", "Commande publique responsable", "Public procurement"),
    ("Economía de los cuidados", "Économie du soin", "Care economy"),
]
