"""Demo curriculum modules for primary and secondary schools, in es, fr and en."""

MODULES = [
    {
        "key": "sse-basics",
        "levels": ["Secondary school"],
        "topics": ["SSE basics", "Democratic governance"],
        "duration_minutes": 110,
        "sessions": 2,
        "sdgs": [8, 12, 16],
        "case_study": "el-sequiol",
        "authors": "Lucía Ferrer, Mathilde Garnier",
        "last_reviewed": "2026-09-15",
        "texts": {
            "es": {
                "title": "¿Qué es la economía social y solidaria?",
                "slug": "que-es-la-economia-social-y-solidaria",
                "summary": "Dos sesiones para que el alumnado de secundaria descubra qué distingue a una cooperativa de una empresa convencional y practique la toma de decisiones democrática simulando la asamblea de El Sequiol, una huerta cooperativa valenciana.",
                "objectives": [
                    "Explicar con palabras propias qué es la economía social y solidaria y qué tipos de entidades la forman.",
                    "Distinguir una empresa convencional de una entidad de la ESS según quién es su dueño, quién decide y adónde van los beneficios.",
                    "Identificar los principios de la ESS en un caso concreto: la cooperativa agroecológica El Sequiol.",
                    "Participar en una toma de decisiones democrática y defender una postura con datos.",
                ],
                "prerequisites": "Ninguno específico. Conviene que el grupo sepa qué es una empresa y haya oído hablar de costes, ingresos y beneficios.",
                "materials": "tarjetas de organizaciones impresas (una serie por grupo), cartulinas A3 o papel continuo, rotuladores, pósits, copias de la historia de El Sequiol o proyector, calculadoras, papeletas de votación, fichas del alumnado",
                "body": [
                    (
                        "text",
                        "<p>La economía social y solidaria (ESS) agrupa a cooperativas, asociaciones, mutualidades y empresas de inserción que ponen a las personas y al planeta por delante del beneficio. El manual SSOLEIL subraya que su principal obstáculo sigue siendo el desconocimiento y recomienda llevarla a los programas de colegios, institutos y universidades para sensibilizar desde edades tempranas: este módulo es una primera puerta de entrada.</p><p>La idea clave que debe quedar es sencilla: <b>una entidad de la ESS se reconoce por cómo responde a tres preguntas</b>: ¿de quién es?, ¿quién decide y cómo?, ¿qué hace con lo que gana? El hilo conductor es El Sequiol, una cooperativa agroecológica cerca de Valencia donde agricultores y familias votan juntos el precio de la cesta (es una iniciativa de ejemplo creada para Soleil).</p><p><b>Organización:</b></p><ul><li>Sesión 1 (55 min): actividades 1 y 2.</li><li>Sesión 2 (55 min): simulación de asamblea y debate final.</li></ul><p>Encaja bien en Economía y Emprendimiento (4.º de ESO), en Geografía e Historia o en la hora de tutoría.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "¿De quién es? ¿Quién decide? ¿Adónde va el dinero?",
                            "duration": 25,
                            "group_size": "grupos de 4",
                            "materials": "8 tarjetas de organizaciones por grupo, cartulina A3 dividida en dos columnas, rotuladores, pósits",
                            "steps": [
                                "Escribe en la pizarra las tres preguntas clave: ¿de quién es?, ¿quién decide y cómo?, ¿qué hace con los beneficios? Pide al grupo que nombre dos o tres empresas que conozca (5 min).",
                                "Reparte a cada grupo ocho tarjetas que describen en dos líneas una organización (dueño, forma de decidir, destino de los beneficios): una cadena de supermercados que cotiza en bolsa, una franquicia de comida rápida, una pequeña empresa familiar de reformas, una cooperativa agrícola, una cooperativa ciudadana de energía, una asociación vecinal, una empresa de inserción y una mutualidad de seguros.",
                                "Los grupos clasifican las tarjetas en dos columnas, «empresa convencional» y «economía social y solidaria», y anotan en un pósit la pista que les ha hecho decidir (10 min).",
                                "Puesta en común: cada grupo defiende una tarjeta que le haya generado dudas y la clase acuerda una definición de ESS de una o dos frases, que queda escrita en la pizarra (10 min).",
                            ],
                            "teacher_tip": "Incluye a propósito algún caso dudoso, como la pequeña empresa familiar con buenas condiciones de trabajo: sirve para aclarar que la ESS no se define por el tamaño ni por la buena voluntad, sino por la propiedad y la democracia interna.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "El Sequiol es una cooperativa agroecológica cerca de Valencia con dos tipos de socios: once personas que cultivan la tierra y 310 hogares que pagan la temporada por adelantado y votan juntos el precio de la cesta. Lee su historia buscando quién es el dueño, quién decide y adónde va el dinero."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Detectives de la ESS en El Sequiol",
                            "duration": 30,
                            "group_size": "grupos de 4",
                            "materials": "copias de la historia de El Sequiol (una por pareja) o proyector, subrayadores de tres colores, ficha del alumnado",
                            "steps": [
                                "Lee en voz alta el primer párrafo de la historia y pide al grupo que localice Meliana y la huerta valenciana en un mapa (5 min).",
                                "Cada grupo lee el resto del texto y subraya con un color distinto las respuestas a las tres preguntas de la actividad 1: propiedad, decisiones y destino del dinero (10 min).",
                                "Con la ficha del alumnado, los grupos responden a las preguntas 1 a 4, que incluyen buscar un ejemplo de intercooperación y otro de cuidado del medio ambiente (10 min).",
                                "Pregunta a dos o tres grupos qué quiere decir Amparo cuando habla del granizo y relaciónalo con el pago de la temporada por adelantado (5 min).",
                            ],
                            "teacher_tip": "Si hay alumnado con dificultades lectoras, reparte el texto por apartados y que cada miembro del grupo se encargue de uno: después se lo explican entre ellos.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Asamblea: ¿cuánto cuesta la cesta?",
                            "duration": 45,
                            "group_size": "toda la clase, en dos colectivos (socios trabajadores y hogares socios)",
                            "materials": "tarjetas de rol, presupuesto simplificado en la pizarra, calculadoras, papeletas de votación",
                            "steps": [
                                "Repasa lo visto en la sesión anterior y divide la clase: un tercio hace de socias y socios trabajadores y dos tercios de hogares socios; en El Sequiol, cada persona tiene un voto (5 min).",
                                "Escribe en la pizarra un presupuesto inventado y simplificado para una temporada de 30 semanas con 40 hogares: salarios 8.400 €, semillas y plantel 1.200 €, agua de riego 600 €, furgoneta y gasoil 1.200 € y otros gastos 600 €, en total 12.000 € (5 min).",
                                "Cada colectivo calcula por separado el precio de la cesta que cubre los costes (10 €) y prepara dos argumentos: los trabajadores sobre sus salarios, los hogares sobre lo que pueden pagar (10 min).",
                                "Plantea un imprevisto: una granizada destroza parte de la cosecha y tres familias no pueden pagar más. Cada colectivo propone una solución, como una cesta más pequeña, un precio solidario según ingresos o un fondo común (10 min).",
                                "Convoca la asamblea: un alumno o alumna modera, cada propuesta se expone en un minuto y se vota a mano alzada o con papeleta, una persona, un voto (15 min).",
                            ],
                            "teacher_tip": "No des por buena la primera votación si parte de la clase no ha hablado: abre una ronda de palabra para quien aún no ha intervenido. Es la mejor manera de mostrar que la democracia interna también hay que cuidarla.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "¿Qué diferencia hay entre ser cliente de un supermercado y ser hogar socio de El Sequiol?",
                                "¿Os ha resultado fácil llegar a un acuerdo en la asamblea? ¿Qué ventajas e inconvenientes tiene decidir así?",
                                "¿Conocéis alguna cooperativa, asociación o mercado social en vuestro barrio o pueblo?",
                                "¿Por qué creéis que la economía social y solidaria es tan poco conocida?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Ficha: descubrimos la economía social y solidaria",
                    "filename": "ficha-alumnado-ess-el-sequiol",
                    "instructions": "Responde a partir de la historia de El Sequiol y de lo que hemos trabajado en clase. Puedes hacerlo en grupo, pero escribe las respuestas con tus palabras.",
                    "questions": [
                        "¿De quién es El Sequiol? Nombra los dos tipos de personas socias que tiene.",
                        "¿Cómo se decide el precio de la cesta? ¿Qué significa «una persona, un voto»?",
                        "¿Por qué paga cada familia la temporada por adelantado? ¿A quién beneficia?",
                        "Busca en el texto un ejemplo de intercooperación y otro de cuidado del medio ambiente.",
                        "Escribe con tus palabras una definición de economía social y solidaria (tres líneas como máximo).",
                    ],
                },
            },
            "fr": {
                "title": "Qu'est-ce que l'économie sociale et solidaire ?",
                "slug": "qu-est-ce-que-l-economie-sociale-et-solidaire",
                "summary": "Deux séances pour faire découvrir aux élèves du secondaire ce qui distingue une coopérative d'une entreprise classique, et leur faire vivre une décision démocratique en simulant l'assemblée d'El Sequiol, coopérative maraîchère près de Valence.",
                "objectives": [
                    "Expliquer avec ses propres mots ce qu'est l'économie sociale et solidaire et quelles structures la composent.",
                    "Distinguer une entreprise classique d'une structure de l'ESS : à qui elle appartient, qui décide, où vont les bénéfices.",
                    "Repérer les principes de l'ESS dans un cas concret : la coopérative agroécologique El Sequiol.",
                    "Prendre part à une décision démocratique et défendre une position chiffres à l'appui.",
                ],
                "prerequisites": "Aucun prérequis particulier. Il est utile que la classe sache ce qu'est une entreprise et ait déjà entendu parler de coûts, de recettes et de bénéfices.",
                "materials": "cartes « organisations » imprimées (un jeu par groupe), feuilles A3 ou papier kraft, feutres, post-it, copies du récit d'El Sequiol ou vidéoprojecteur, calculatrices, bulletins de vote, fiches élève",
                "body": [
                    (
                        "text",
                        "<p>L'économie sociale et solidaire (ESS) rassemble des coopératives, des associations, des mutuelles et des entreprises d'insertion qui placent les personnes et la planète avant le profit. Le manuel SSOLEIL souligne que son principal frein reste la méconnaissance et recommande de l'inscrire dans les programmes des écoles, des lycées et des universités pour sensibiliser dès le plus jeune âge : ce module en est une première porte d'entrée.</p><p>L'idée à retenir est simple : <b>on reconnaît une structure de l'ESS à la façon dont elle répond à trois questions</b> : à qui appartient-elle ? Qui décide, et comment ? Que fait-elle de ce qu'elle gagne ? Le fil rouge est El Sequiol, une coopérative agroécologique près de Valence où maraîchers et familles votent ensemble le prix du panier (il s'agit d'une initiative fictive imaginée pour Soleil).</p><p><b>Organisation :</b></p><ul><li>Séance 1 (55 min) : activités 1 et 2.</li><li>Séance 2 (55 min) : simulation d'assemblée et débat final.</li></ul><p>Se prête bien aux SES en seconde, à l'EMC ou aux heures de vie de classe.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "À qui ? Qui décide ? Où va l'argent ?",
                            "duration": 25,
                            "group_size": "groupes de 4",
                            "materials": "8 cartes « organisations » par groupe, feuille A3 partagée en deux colonnes, feutres, post-it",
                            "steps": [
                                "Écrivez au tableau les trois questions clés (à qui appartient-elle, qui décide et comment, que fait-elle de ses bénéfices), puis demandez aux élèves de citer deux ou trois entreprises qu'ils connaissent (5 min).",
                                "Distribuez à chaque groupe huit cartes décrivant chacune une organisation en deux lignes (propriétaire, mode de décision, usage des bénéfices) : une chaîne de supermarchés cotée en Bourse, une franchise de restauration rapide, une petite entreprise familiale du bâtiment, une coopérative agricole, une coopérative citoyenne d'énergie, une association de quartier, une entreprise d'insertion et une mutuelle d'assurance.",
                                "Les groupes classent les cartes en deux colonnes, « entreprise classique » et « économie sociale et solidaire », en notant sur un post-it l'indice qui les a fait trancher (10 min).",
                                "Mise en commun : chaque groupe défend une carte qui a fait débat, puis la classe s'accorde sur une définition de l'ESS en une ou deux phrases, écrite au tableau (10 min).",
                            ],
                            "teacher_tip": "Glissez volontairement un cas ambigu, comme la petite entreprise familiale aux bonnes conditions de travail : il montre que l'ESS ne se définit ni par la taille ni par les bonnes intentions, mais par la propriété et la démocratie interne.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "El Sequiol est une coopérative agroécologique près de Valence qui réunit deux types de sociétaires : onze maraîchers et 310 foyers qui paient la saison d'avance et votent ensemble le prix du panier. Lis son histoire en cherchant à qui elle appartient, qui décide et où va l'argent."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Enquête sur l'ESS à El Sequiol",
                            "duration": 30,
                            "group_size": "groupes de 4",
                            "materials": "copies du récit d'El Sequiol (une par binôme) ou vidéoprojecteur, surligneurs de trois couleurs, fiche élève",
                            "steps": [
                                "Lisez à voix haute le premier paragraphe du récit et situez Meliana et la huerta de Valence sur une carte (5 min).",
                                "Chaque groupe lit la suite et surligne d'une couleur différente les réponses aux trois questions de l'activité 1 : propriété, décisions, usage de l'argent (10 min).",
                                "À l'aide de la fiche élève, les groupes répondent aux questions 1 à 4, dont la recherche d'un exemple d'intercoopération et d'un exemple de respect de l'environnement (10 min).",
                                "Demandez à deux ou trois groupes ce que veut dire Amparo quand elle parle de la grêle, et faites le lien avec le paiement de la saison d'avance (5 min).",
                            ],
                            "teacher_tip": "Si certains élèves sont en difficulté de lecture, découpez le texte par parties et confiez-en une à chaque membre du groupe, qui l'explique ensuite aux autres.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Assemblée : combien coûte le panier ?",
                            "duration": 45,
                            "group_size": "classe entière, en deux collèges (associés salariés et foyers adhérents)",
                            "materials": "cartes de rôle, budget simplifié au tableau, calculatrices, bulletins de vote",
                            "steps": [
                                "Rappelez ce qui a été vu à la séance précédente et répartissez la classe : un tiers joue les associés salariés, deux tiers les foyers adhérents ; à El Sequiol, chacun a une voix (5 min).",
                                "Écrivez au tableau un budget inventé et simplifié pour une saison de 30 semaines avec 40 foyers : salaires 8 400 €, semences et plants 1 200 €, eau d'irrigation 600 €, camionnette et carburant 1 200 €, frais divers 600 €, soit 12 000 € au total (5 min).",
                                "Chaque collège calcule séparément le prix du panier qui couvre les coûts (10 €) et prépare deux arguments : les salariés sur leur rémunération, les foyers sur ce qu'ils peuvent payer (10 min).",
                                "Ajoutez un imprévu : un orage de grêle détruit une partie de la récolte et trois familles ne peuvent pas payer davantage. Chaque collège propose une solution, par exemple un panier plus petit, un prix solidaire selon les revenus ou une caisse commune (10 min).",
                                "Tenez l'assemblée : un élève anime, chaque proposition est présentée en une minute, puis on vote à main levée ou à bulletin secret, une personne, une voix (15 min).",
                            ],
                            "teacher_tip": "Ne validez pas le premier vote si une partie de la classe ne s'est pas exprimée : ouvrez un tour de parole pour ceux qui n'ont encore rien dit. C'est la meilleure façon de montrer que la démocratie interne, ça s'entretient.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Quelle différence y a-t-il entre être client d'un supermarché et être foyer adhérent d'El Sequiol ?",
                                "Avez-vous eu du mal à vous mettre d'accord pendant l'assemblée ? Quels sont les avantages et les inconvénients de décider ainsi ?",
                                "Connaissez-vous une coopérative, une association ou un marché solidaire dans votre quartier ou votre commune ?",
                                "Pourquoi, selon vous, l'économie sociale et solidaire est-elle si peu connue ?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Fiche élève : à la découverte de l'économie sociale et solidaire",
                    "filename": "fiche-eleve-ess-el-sequiol",
                    "instructions": "Réponds à partir du récit d'El Sequiol et de ce que nous avons vu en classe. Tu peux travailler en groupe, mais rédige les réponses avec tes propres mots.",
                    "questions": [
                        "À qui appartient El Sequiol ? Cite les deux types de sociétaires.",
                        "Comment le prix du panier est-il fixé ? Que veut dire « une personne, une voix » ?",
                        "Pourquoi chaque famille paie-t-elle la saison d'avance ? À qui cela profite-t-il ?",
                        "Trouve dans le texte un exemple d'intercoopération et un exemple de respect de l'environnement.",
                        "Écris avec tes mots une définition de l'économie sociale et solidaire (trois lignes maximum).",
                    ],
                },
            },
            "en": {
                "title": "What is the Social and Solidarity Economy?",
                "slug": "what-is-the-social-and-solidarity-economy",
                "summary": "Two lessons in which secondary pupils find out what sets a cooperative apart from a conventional business, then practise democratic decision-making by role-playing the general meeting of El Sequiol, a market-garden co-op near Valencia.",
                "objectives": [
                    "Explain in their own words what the Social and Solidarity Economy is and what kinds of organisation make it up.",
                    "Tell a conventional business from an SSE organisation by asking who owns it, who decides and where the profits go.",
                    "Identify SSE principles in a concrete example: the agroecological cooperative El Sequiol.",
                    "Take part in a democratic decision and argue a position using figures.",
                ],
                "prerequisites": "No specific prior knowledge. It helps if pupils know what a business is and have come across costs, income and profit.",
                "materials": "printed organisation cards (one set per group), A3 paper or sugar paper, felt-tip pens, sticky notes, copies of the El Sequiol story or a projector, calculators, ballot papers, pupil worksheets",
                "body": [
                    (
                        "text",
                        "<p>The Social and Solidarity Economy (SSE) brings together cooperatives, associations, mutual societies and work-integration enterprises that put people and the planet before profit. The SSOLEIL handbook stresses that its main obstacle is still lack of awareness, and recommends bringing it into the curricula of schools and universities so that young people learn about it early: this module is a first way in.</p><p>The key idea pupils should leave with is simple: <b>you can recognise an SSE organisation by how it answers three questions</b>: who owns it? Who decides, and how? What does it do with what it earns? The thread running through the module is El Sequiol, an agroecological cooperative near Valencia where growers and families vote together on the price of a veg box (it is an example initiative created for Soleil).</p><p><b>Planning:</b></p><ul><li>Lesson 1 (55 min): activities 1 and 2.</li><li>Lesson 2 (55 min): general meeting role-play and closing discussion.</li></ul><p>Works well in citizenship, business studies or PSHE lessons, or in form time.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Who owns it? Who decides? Where does the money go?",
                            "duration": 25,
                            "group_size": "groups of 4",
                            "materials": "8 organisation cards per group, A3 sheet divided into two columns, felt-tip pens, sticky notes",
                            "steps": [
                                "Write the three key questions on the board (who owns it, who decides and how, what happens to the profits), then ask pupils to name two or three businesses they know (5 min).",
                                "Give each group eight cards, each describing an organisation in two lines (owner, how decisions are made, what happens to profits): a supermarket chain listed on the stock exchange, a fast-food franchise, a small family building firm, a farming cooperative, a community energy cooperative, a residents' association, a work-integration enterprise and a mutual insurance society.",
                                "Groups sort the cards into two columns, 'conventional business' and 'Social and Solidarity Economy', writing on a sticky note the clue that made up their minds (10 min).",
                                "Feedback: each group makes its case for one card it found tricky, then the class agrees a one- or two-sentence definition of the SSE and writes it on the board (10 min).",
                            ],
                            "teacher_tip": "Deliberately include a borderline case, such as the small family firm with good working conditions: it shows that the SSE is defined not by size or good intentions but by ownership and internal democracy.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "El Sequiol is an agroecological cooperative near Valencia with two kinds of member: eleven growers and 310 households who pay for the season up front and vote together on the price of the veg box. Read its story and look for who owns it, who decides and where the money goes."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "SSE detectives at El Sequiol",
                            "duration": 30,
                            "group_size": "groups of 4",
                            "materials": "copies of the El Sequiol story (one per pair) or a projector, highlighters in three colours, pupil worksheet",
                            "steps": [
                                "Read the first paragraph of the story aloud and find Meliana and the Valencian huerta on a map (5 min).",
                                "Each group reads the rest of the story and highlights, in a different colour for each, the answers to the three questions from activity 1: ownership, decisions and where the money goes (10 min).",
                                "Using the worksheet, groups answer questions 1 to 4, which include finding one example of inter-cooperation and one of caring for the environment (10 min).",
                                "Ask two or three groups what Amparo means when she talks about hail, and link it to paying for the season in advance (5 min).",
                            ],
                            "teacher_tip": "If some pupils struggle with reading, split the text into sections and give one to each member of the group, who then explains it to the others.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "General meeting: how much should a veg box cost?",
                            "duration": 45,
                            "group_size": "whole class, in two groups (worker-members and member households)",
                            "materials": "role cards, simplified budget on the board, calculators, ballot papers",
                            "steps": [
                                "Recap the previous lesson and split the class: a third play worker-members and two thirds member households; at El Sequiol, everyone has one vote (5 min).",
                                "Write an invented, simplified budget on the board for a 30-week season with 40 households: wages €8,400, seed and seedlings €1,200, irrigation water €600, van and fuel €1,200 and other costs €600, making €12,000 in total (5 min).",
                                "Each group works out separately the box price that covers costs (€10) and prepares two arguments: worker-members about their pay, households about what they can afford (10 min).",
                                "Add a twist: a hailstorm destroys part of the harvest and three families cannot pay any more. Each group proposes a solution, such as a smaller box, a sliding-scale solidarity price or a shared fund (10 min).",
                                "Hold the meeting: a pupil takes the chair, each proposal gets one minute, then the class votes by show of hands or secret ballot, one person, one vote (15 min).",
                            ],
                            "teacher_tip": "Don't accept the first vote if part of the class hasn't spoken: call a round for those who haven't yet had their say. It is the best way to show that internal democracy needs looking after.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "What is the difference between being a supermarket customer and being a member household at El Sequiol?",
                                "Was it easy to reach an agreement at the meeting? What are the advantages and drawbacks of deciding this way?",
                                "Do you know of a cooperative, an association or a social market in your neighbourhood or town?",
                                "Why do you think the Social and Solidarity Economy is so little known?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Worksheet: discovering the Social and Solidarity Economy",
                    "filename": "worksheet-sse-el-sequiol",
                    "instructions": "Answer using the El Sequiol story and what we have done in class. You may work in a group, but write the answers in your own words.",
                    "questions": [
                        "Who owns El Sequiol? Name its two kinds of member.",
                        "How is the price of a veg box decided? What does 'one person, one vote' mean?",
                        "Why does each family pay for the season in advance? Who benefits?",
                        "Find one example of inter-cooperation and one of caring for the environment in the text.",
                        "Write your own definition of the Social and Solidarity Economy (three lines at most).",
                    ],
                },
            },
        },
    },
    {
        "key": "responsible-consumption",
        "levels": ["Primary school"],
        "topics": ["Responsible consumption", "Circular economy"],
        "duration_minutes": 50,
        "sessions": 1,
        "sdgs": [2, 12],
        "case_study": "red-alcaucil",
        "authors": "Rosa Marín, Claire Dubois",
        "last_reviewed": "2026-10-06",
        "texts": {
            "es": {
                "title": "¿De dónde viene mi comida? Consumo responsable para niñas y niños",
                "slug": "de-donde-viene-mi-comida",
                "summary": "Una sesión de 50 minutos con tres juegos cortos para alumnado de 8 a 11 años: averiguar de dónde viene lo que comemos, montar en clase un mercado social inspirado en Red Alcaucil y descubrir que muchas cosas se pueden arreglar o reutilizar.",
                "objectives": [
                    "Leer en una etiqueta de dónde viene un alimento y distinguir los productos cercanos de los lejanos.",
                    "Explicar con un ejemplo qué es un mercado social y cómo cuida de las personas y del planeta.",
                    "Proponer formas de reutilizar, arreglar o compartir objetos en lugar de tirarlos.",
                ],
                "prerequisites": "Ninguno. Unos días antes, pide a las familias que cada niña o niño traiga un envase o una etiqueta de algún alimento, vacío y limpio.",
                "materials": "envases y etiquetas vacíos traídos de casa, mapa grande del mundo o de Europa, pósits, tarjetas de puestos de mercado, gomets de colores, cartulinas, lápices de colores, una bolsa con objetos cotidianos (tarro de cristal, camiseta vieja, luz de bici rota, piel de fruta, folio impreso por una cara)",
                "body": [
                    (
                        "text",
                        "<p>Esta sesión acerca el consumo responsable y la economía circular a niñas y niños de 8 a 11 años a través de tres juegos cortos. El manual SSOLEIL recomienda sensibilizar desde edades tempranas y acercar a la ciudadanía al consumo responsable: en Primaria, eso empieza por algo tan cotidiano como el desayuno.</p><p>El hilo conductor es Red Alcaucil, un mercado social de Sevilla donde tiendas, talleres y cooperativas se comprometen a tratar bien a quienes trabajan en ellas y a cuidar el planeta (es una iniciativa de ejemplo creada para Soleil). No hace falta hablar de préstamos ni de balances sociales: basta con la idea de un mercado donde se compra «con valores».</p><p><b>Desarrollo (50 min):</b> el viaje de mi comida (15 min), nuestro mercado social (20 min), ¿basura o tesoro? (10 min) y una ronda final de preguntas (5 min).</p><p>Encaja en Conocimiento del Medio Natural, Social y Cultural, de 3.º a 6.º de Primaria.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "El viaje de mi comida",
                            "duration": 15,
                            "group_size": "parejas y después toda la clase",
                            "materials": "envases traídos de casa, mapa grande colgado en la pared, pósits",
                            "steps": [
                                "Cada pareja busca en su envase dónde se ha producido o envasado el alimento; ayúdales a encontrar la palabra «origen» o el nombre del país (5 min).",
                                "Por turnos, las parejas pegan en el mapa un pósit con el nombre del alimento, en el lugar de donde viene (5 min).",
                                "Observa el mapa con la clase: ¿qué alimentos vienen de cerca y cuáles han viajado mucho? Pregunta cómo habrán llegado (camión, barco, avión) y cuáles podríamos comprar más cerca (5 min).",
                            ],
                            "teacher_tip": "Ten preparados dos o tres envases de reserva con el origen bien visible por si a alguien se le olvida el suyo, y evita juzgar lo que come cada familia: se trata de observar, no de señalar a nadie.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Red Alcaucil es un mercado social de Sevilla: una red de tiendas, talleres y cooperativas que se comprometen a tratar bien a quienes trabajan en ellas y a cuidar el planeta. Cada otoño organiza una feria a la que pueden ir los colegios."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Nuestro mercado social",
                            "duration": 20,
                            "group_size": "grupos de 4 o 5",
                            "materials": "una tarjeta de puesto por grupo (frutería, panadería, taller de bicis, librería de segunda mano, arreglos de ropa), gomets de colores, cartulinas, lápices de colores",
                            "steps": [
                                "Cuenta en un par de minutos qué es Red Alcaucil: un mercado donde, además de comprar y vender, todos se comprometen a cuidar de las personas y del planeta; en su red hay, por ejemplo, un taller de bicicletas, una librería y un catering cooperativo (3 min).",
                                "Cada grupo recibe una tarjeta de puesto y elige tres «promesas» de una lista escrita en la pizarra: vendemos productos de cerca, usamos pocos envases, arreglamos antes de tirar, pagamos un precio justo a quien produce, compartimos con los otros puestos (5 min).",
                                "Los grupos dibujan en una cartulina el cartel de su puesto, con su nombre y sus tres promesas, y marcan cada promesa con un gomet de color (7 min).",
                                "Ronda de mercado: cada grupo presenta su puesto en 30 segundos y el resto de la clase le hace una pregunta como si fuera una clienta o un cliente curioso (5 min).",
                            ],
                            "teacher_tip": "Deja los carteles colgados en el pasillo: son un buen punto de partida si el colegio organiza una feria o un mercadillo solidario.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "¿Basura o tesoro?",
                            "duration": 10,
                            "group_size": "toda la clase, en dos equipos",
                            "materials": "la bolsa de objetos cotidianos (de 6 a 8 objetos), cuatro carteles: Reutilizar, Arreglar, Compartir, Reciclar o compostar",
                            "steps": [
                                "Coloca en cuatro rincones del aula los carteles «Reutilizar», «Arreglar», «Compartir» y «Reciclar o compostar» (1 min).",
                                "Saca los objetos de la bolsa de uno en uno: cada equipo decide en 20 segundos a qué rincón lo lleva y una persona voluntaria lo deja allí (6 min).",
                                "Cuando los equipos no coincidan, deja que cada uno explique su idea: a menudo hay más de una respuesta buena. Recuerda que en Red Alcaucil se pueden llevar cosas a arreglar sin salir de la red, por ejemplo al taller de bicicletas (3 min).",
                            ],
                            "teacher_tip": "Da un punto extra al equipo que encuentre una segunda vida original para un objeto: así el juego premia la imaginación y no solo la respuesta «correcta».",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "¿Qué alimento de tu desayuno ha viajado más? ¿Podríamos encontrar uno parecido más cerca?",
                                "¿En qué se parece un mercado social a un supermercado y en qué se diferencia?",
                                "¿Qué objeto de tu casa podrías arreglar, compartir o usar de otra manera esta semana?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Ficha: ¿de dónde viene mi comida?",
                    "filename": "ficha-de-donde-viene-mi-comida",
                    "instructions": "Contesta con frases cortas o con dibujos. Puedes pedir ayuda a tu familia para la última pregunta.",
                    "questions": [
                        "Escribe el nombre de un alimento que has traído y el lugar de donde viene.",
                        "Dibuja un alimento que se pueda cultivar cerca de tu casa y otro que venga de muy lejos.",
                        "¿Qué es un mercado social? Explícalo con tus palabras.",
                        "Dibuja el cartel de un puesto de mercado social y escribe una de sus promesas.",
                        "Escribe el nombre de un objeto que se pueda arreglar en lugar de tirarlo y quién podría arreglarlo.",
                    ],
                },
            },
            "fr": {
                "title": "D'où vient ce que je mange ? La consommation responsable expliquée aux enfants",
                "slug": "d-ou-vient-ce-que-je-mange",
                "summary": "Une séance de 50 minutes et trois jeux courts pour les 8-11 ans : retrouver d'où viennent les aliments, monter en classe un marché solidaire inspiré de Red Alcaucil et découvrir que beaucoup d'objets se réparent ou se réutilisent.",
                "objectives": [
                    "Lire sur une étiquette d'où vient un aliment et distinguer les produits d'ici de ceux qui viennent de loin.",
                    "Expliquer avec un exemple ce qu'est un marché solidaire et comment il prend soin des personnes et de la planète.",
                    "Proposer des façons de réutiliser, réparer ou partager des objets plutôt que de les jeter.",
                ],
                "prerequisites": "Aucun. Quelques jours avant, demandez aux familles que chaque enfant apporte un emballage ou une étiquette d'aliment, vide et propre.",
                "materials": "emballages et étiquettes vides apportés de la maison, grande carte du monde ou de l'Europe, post-it, cartes « stands de marché », gommettes de couleur, feuilles de papier épais, crayons de couleur, un sac d'objets du quotidien (bocal en verre, vieux tee-shirt, lampe de vélo cassée, épluchure de fruit, feuille imprimée d'un seul côté)",
                "body": [
                    (
                        "text",
                        "<p>Cette séance fait découvrir la consommation responsable et l'économie circulaire aux enfants de 8 à 11 ans à travers trois jeux courts. Le manuel SSOLEIL recommande de sensibiliser dès le plus jeune âge et de rapprocher les citoyens de la consommation responsable : à l'école élémentaire, cela commence par quelque chose d'aussi quotidien que le petit déjeuner.</p><p>Le fil rouge est Red Alcaucil, un marché solidaire de Séville où boutiques, ateliers et coopératives s'engagent à bien traiter celles et ceux qui y travaillent et à prendre soin de la planète (il s'agit d'une initiative fictive imaginée pour Soleil). Inutile de parler de prêts ou de bilans sociaux : l'idée d'un marché où l'on achète « avec des valeurs » suffit.</p><p><b>Déroulement (50 min) :</b> le voyage de mon assiette (15 min), notre marché solidaire (20 min), déchet ou trésor ? (10 min) et un tour de questions final (5 min).</p><p>Se prête bien aux séances de sciences, d'EMC ou à un projet d'éducation au développement durable, du CE2 au CM2.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Le voyage de mon assiette",
                            "duration": 15,
                            "group_size": "binômes, puis classe entière",
                            "materials": "emballages apportés de la maison, grande carte affichée au mur, post-it",
                            "steps": [
                                "Chaque binôme cherche sur son emballage où l'aliment a été produit ou conditionné ; aidez les enfants à repérer le mot « origine » ou le nom du pays (5 min).",
                                "À tour de rôle, les binômes collent sur la carte un post-it portant le nom de l'aliment, à l'endroit d'où il vient (5 min).",
                                "Observez la carte ensemble : quels aliments viennent de près, lesquels ont beaucoup voyagé ? Demandez comment ils sont arrivés (camion, bateau, avion) et lesquels on pourrait acheter plus près (5 min).",
                            ],
                            "teacher_tip": "Prévoyez deux ou trois emballages de réserve dont l'origine se lit facilement, au cas où un enfant aurait oublié le sien, et évitez tout jugement sur ce que mange chaque famille : on observe, on ne montre personne du doigt.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Red Alcaucil est un marché solidaire de Séville : un réseau de boutiques, d'ateliers et de coopératives qui s'engagent à bien traiter celles et ceux qui y travaillent et à prendre soin de la planète. Chaque automne, il organise une foire où les écoles sont invitées."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Notre marché solidaire",
                            "duration": 20,
                            "group_size": "groupes de 4 ou 5",
                            "materials": "une carte « stand » par groupe (primeur, boulangerie, atelier vélo, livres d'occasion, retouches de vêtements), gommettes de couleur, feuilles de papier épais, crayons de couleur",
                            "steps": [
                                "Racontez en deux minutes ce qu'est Red Alcaucil : un marché où, en plus d'acheter et de vendre, tout le monde s'engage à prendre soin des personnes et de la planète ; on y trouve par exemple un atelier vélo, une librairie et un traiteur coopératif (3 min).",
                                "Chaque groupe reçoit une carte « stand » et choisit trois « promesses » dans une liste écrite au tableau : nous vendons des produits d'ici, nous utilisons peu d'emballages, nous réparons avant de jeter, nous payons un prix juste à ceux qui produisent, nous partageons avec les autres stands (5 min).",
                                "Les groupes dessinent l'affiche de leur stand avec son nom et ses trois promesses, et marquent chaque promesse d'une gommette de couleur (7 min).",
                                "Tour du marché : chaque groupe présente son stand en 30 secondes et le reste de la classe lui pose une question, comme le ferait un client curieux (5 min).",
                            ],
                            "teacher_tip": "Affichez les créations dans le couloir : elles feront un bon point de départ si l'école organise une kermesse ou un marché solidaire.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Déchet ou trésor ?",
                            "duration": 10,
                            "group_size": "classe entière, en deux équipes",
                            "materials": "le sac d'objets du quotidien (6 à 8 objets), quatre panneaux : Réutiliser, Réparer, Partager, Recycler ou composter",
                            "steps": [
                                "Affichez dans quatre coins de la classe les panneaux « Réutiliser », « Réparer », « Partager » et « Recycler ou composter » (1 min).",
                                "Sortez les objets du sac un par un : chaque équipe décide en 20 secondes dans quel coin l'apporter, et un volontaire l'y dépose (6 min).",
                                "En cas de désaccord, laissez chaque équipe expliquer son idée : il y a souvent plusieurs bonnes réponses. Rappelez qu'à Red Alcaucil on peut faire réparer des objets sans sortir du réseau, par exemple à l'atelier vélo (3 min).",
                            ],
                            "teacher_tip": "Accordez un point bonus à l'équipe qui trouve une seconde vie originale à un objet : le jeu récompense ainsi l'imagination, pas seulement la « bonne » réponse.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Quel aliment de ton petit déjeuner a le plus voyagé ? Pourrait-on en trouver un semblable plus près ?",
                                "En quoi un marché solidaire ressemble-t-il à un supermarché, et en quoi est-il différent ?",
                                "Quel objet de ta maison pourrais-tu réparer, partager ou utiliser autrement cette semaine ?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Fiche : d'où vient ce que je mange ?",
                    "filename": "fiche-d-ou-vient-ce-que-je-mange",
                    "instructions": "Réponds par des phrases courtes ou par des dessins. Tu peux demander de l'aide à ta famille pour la dernière question.",
                    "questions": [
                        "Écris le nom d'un aliment que tu as apporté et l'endroit d'où il vient.",
                        "Dessine un aliment qui peut pousser près de chez toi et un autre qui vient de très loin.",
                        "Qu'est-ce qu'un marché solidaire ? Explique-le avec tes mots.",
                        "Dessine l'affiche d'un stand de marché solidaire et écris l'une de ses promesses.",
                        "Écris le nom d'un objet qu'on peut réparer au lieu de le jeter, et qui pourrait le réparer.",
                    ],
                },
            },
            "en": {
                "title": "Where does my food come from? Responsible consumption for children",
                "slug": "where-does-my-food-come-from",
                "summary": "A 50-minute lesson built around three short games for 8- to 11-year-olds: tracing where food comes from, setting up a classroom social market inspired by Red Alcaucil and finding out that lots of things can be repaired or reused.",
                "objectives": [
                    "Read on a label where a food comes from and tell local products from ones that have travelled a long way.",
                    "Explain with an example what a social market is and how it looks after people and the planet.",
                    "Suggest ways of reusing, repairing or sharing things instead of throwing them away.",
                ],
                "prerequisites": "None. A few days beforehand, ask families to send each child in with a clean, empty food packet or label.",
                "materials": "empty food packets and labels brought from home, a large map of the world or of Europe, sticky notes, market stall cards, coloured sticky dots, sheets of card, coloured pencils, a bag of everyday objects (glass jar, old T-shirt, broken bike light, fruit peel, paper printed on one side)",
                "body": [
                    (
                        "text",
                        "<p>This lesson introduces responsible consumption and the circular economy to 8- to 11-year-olds through three short games. The SSOLEIL handbook recommends raising awareness from an early age and bringing people closer to responsible consumption: at primary school, that starts with something as everyday as breakfast.</p><p>The thread running through the lesson is Red Alcaucil, a social market in Seville where shops, workshops and cooperatives commit to treating the people who work for them well and to caring for the planet (it is an example initiative created for Soleil). There is no need to talk about loans or social audits: the idea of a market where people shop 'with values' is enough.</p><p><b>Lesson outline (50 min):</b> my food's journey (15 min), our social market (20 min), rubbish or treasure? (10 min) and a final round of questions (5 min).</p><p>Works well in geography, science or PSHE lessons, from Year 4 to Year 6.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "My food's journey",
                            "duration": 15,
                            "group_size": "pairs, then whole class",
                            "materials": "packets brought from home, large map on the wall, sticky notes",
                            "steps": [
                                "Each pair looks on its packet for where the food was produced or packed; help them find the word 'origin' or the name of a country (5 min).",
                                "Taking turns, pairs stick a note with the name of their food on the map, in the place it comes from (5 min).",
                                "Look at the map together: which foods come from nearby and which have travelled a long way? Ask how they got here (lorry, ship, plane) and which ones we could buy closer to home (5 min).",
                            ],
                            "teacher_tip": "Have two or three spare packets with a clearly visible origin in case someone forgets theirs, and avoid passing judgement on what each family eats: the aim is to observe, not to single anyone out.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Red Alcaucil is a social market in Seville: a network of shops, workshops and cooperatives that promise to treat the people who work for them well and to care for the planet. Every autumn it holds a fair that schools can visit."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Our social market",
                            "duration": 20,
                            "group_size": "groups of 4 or 5",
                            "materials": "one stall card per group (greengrocer, bakery, bike repair shop, second-hand bookshop, clothes mending), coloured sticky dots, sheets of card, coloured pencils",
                            "steps": [
                                "Explain in a couple of minutes what Red Alcaucil is: a market where, as well as buying and selling, everyone promises to look after people and the planet; its members include, for example, a bicycle workshop, a bookshop and a cooperative caterer (3 min).",
                                "Each group gets a stall card and picks three 'promises' from a list on the board: we sell things from nearby, we use little packaging, we repair before we throw away, we pay producers a fair price, we share with the other stalls (5 min).",
                                "Groups draw a poster for their stall with its name and three promises, and mark each promise with a coloured sticky dot (7 min).",
                                "Market round: each group presents its stall in 30 seconds and the rest of the class asks it one question, like curious customers (5 min).",
                            ],
                            "teacher_tip": "Put the posters up in the corridor: they make a good starting point if the school holds a fair or a community market.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Rubbish or treasure?",
                            "duration": 10,
                            "group_size": "whole class, in two teams",
                            "materials": "the bag of everyday objects (6 to 8 items), four signs: Reuse, Repair, Share, Recycle or compost",
                            "steps": [
                                "Put up the signs 'Reuse', 'Repair', 'Share' and 'Recycle or compost' in four corners of the classroom (1 min).",
                                "Take the objects out of the bag one at a time: each team has 20 seconds to decide which corner it belongs in, and a volunteer takes it there (6 min).",
                                "Where the teams disagree, let each explain its thinking: there is often more than one good answer. Remind the class that in the Red Alcaucil network people can get things repaired without leaving the network, for example at the bicycle workshop (3 min).",
                            ],
                            "teacher_tip": "Award a bonus point to the team that finds an original second life for an object: that way the game rewards imagination, not just the 'right' answer.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Which food from your breakfast has travelled furthest? Could we find something similar closer to home?",
                                "How is a social market like a supermarket, and how is it different?",
                                "What object at home could you repair, share or use in a different way this week?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Worksheet: where does my food come from?",
                    "filename": "worksheet-where-does-my-food-come-from",
                    "instructions": "Answer with short sentences or drawings. You can ask your family to help with the last question.",
                    "questions": [
                        "Write the name of a food you brought in and where it comes from.",
                        "Draw a food that can be grown near where you live and another that comes from very far away.",
                        "What is a social market? Explain it in your own words.",
                        "Draw a poster for a social market stall and write one of its promises.",
                        "Write the name of an object that can be repaired instead of thrown away, and who could repair it.",
                    ],
                },
            },
        },
    },
    {
        "key": "platform-cooperatives",
        "levels": ["Secondary school"],
        "topics": ["Digital skills", "Social innovation"],
        "duration_minutes": 100,
        "sessions": 2,
        "sdgs": [8, 9, 10],
        "case_study": "coopcycle",
        "authors": "Álvaro Pons, Inès Lefèvre",
        "last_reviewed": "2026-08-27",
        "texts": {
            "es": {
                "title": "Cooperativas de plataforma y era digital",
                "slug": "cooperativas-de-plataforma-y-era-digital",
                "summary": "Dos sesiones para que el alumnado de secundaria analice las aplicaciones que usa a diario, compare una plataforma convencional con una cooperativa y diseñe en papel su propia cooperativa de plataforma, a partir del ejemplo de CoopCycle.",
                "objectives": [
                    "Describir cómo funciona una plataforma digital: quién la usa, quién trabaja a través de ella y quién se queda con el valor que genera.",
                    "Comparar una plataforma convencional y una cooperativa según la propiedad, las decisiones, los datos y el reparto de beneficios.",
                    "Explicar por qué el manual SSOLEIL cita CoopCycle como ejemplo de plataforma cooperativa.",
                    "Diseñar en equipo el prototipo en papel de una plataforma cooperativa que responda a una necesidad local.",
                ],
                "prerequisites": "Que el alumnado use alguna aplicación en su día a día. No hace falta saber programar ni disponer de ordenadores.",
                "materials": "pizarra, proyector (opcional), copias de la historia de CoopCycle, fichas con dos plataformas inventadas, tablas de comparación, cartulinas A3, plantillas impresas de pantalla de móvil, pósits de dos colores, rotuladores",
                "body": [
                    (
                        "text",
                        "<p>El manual SSOLEIL señala la digitalización como uno de los grandes retos de la ESS: el modelo dominante de la economía digital ha favorecido la concentración de poder en grandes corporaciones, y muchas entidades sociales tienen dificultades para competir con las plataformas convencionales. Como respuesta, propone plataformas digitales cooperativas, basadas en la autogestión y la propiedad compartida, y formación en competencias digitales.</p><p>Este módulo parte de lo que el alumnado ya conoce, las aplicaciones que usa cada día, y le deja una pregunta para llevarse: <b>¿de quién es la plataforma, quién decide sus reglas y adónde va el valor que genera?</b> Un aviso: el manual solo dice de CoopCycle que es una plataforma colaborativa que funciona con un modelo cooperativo. Por eso las comparaciones de la actividad 2 se hacen con plataformas inventadas y en términos generales.</p><p><b>Organización:</b></p><ul><li>Sesión 1 (50 min): actividades 1 y 2.</li><li>Sesión 2 (50 min): diseño de una plataforma cooperativa y debate final.</li></ul><p>Encaja en Digitalización (4.º de ESO), en Economía y Emprendimiento o en la hora de tutoría.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Las aplicaciones de mi bolsillo",
                            "duration": 20,
                            "group_size": "grupos de 4",
                            "materials": "pósits de dos colores, cartulinas A3, rotuladores",
                            "steps": [
                                "Cada alumno o alumna escribe en pósits, sin nombres de usuario ni datos personales, tres aplicaciones que usa en una semana normal; en grupo, las ordenan por tipo de servicio: comprar, moverse, escuchar música, alojarse, pedir comida, compartir fotos… (5 min).",
                                "Cada grupo elige un tipo de servicio en el que la plataforma pone en contacto a quien ofrece algo con quien lo usa, y dibuja un mapa con todos los actores: usuarios, trabajadores o vendedores, la empresa propietaria y los anunciantes (8 min).",
                                "Con flechas de colores marcan por dónde circula el dinero y por dónde circulan los datos, y escriben junto a la empresa quién creen que decide las reglas, por ejemplo la comisión que paga cada parte (5 min).",
                                "Dos grupos enseñan su mapa a la clase y anota en la pizarra qué actores no tienen voz en las decisiones (2 min).",
                            ],
                            "teacher_tip": "No hace falta que el alumnado sepa exactamente de quién es cada aplicación: lo importante es que se haga la pregunta. Anota las dudas para la sesión siguiente o para investigarlas en casa contrastando varias fuentes.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "El manual SSOLEIL cita CoopCycle, una plataforma colaborativa que funciona con un modelo cooperativo, como ejemplo de las plataformas digitales cooperativas que defiende, basadas en la autogestión y la propiedad compartida. Lee su historia y fíjate en qué cambia cuando una plataforma pertenece a quienes la hacen funcionar."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Dos plataformas, un mismo servicio",
                            "duration": 30,
                            "group_size": "grupos de 4",
                            "materials": "fichas con dos plataformas inventadas, tabla de comparación, copias de la historia de CoopCycle",
                            "steps": [
                                "Lee en voz alta la historia de CoopCycle y pide que subrayen las tres ideas que definen una plataforma cooperativa: autogestión, propiedad compartida y participación democrática (7 min).",
                                "Reparte dos fichas sobre un mismo servicio inventado, por ejemplo una aplicación de clases particulares: la plataforma A pertenece a un fondo de inversión que fija por su cuenta las comisiones; la plataforma B es una cooperativa de la que son socios quienes dan y quienes reciben las clases (3 min).",
                                "Los grupos completan una tabla de cinco filas: ¿de quién es?, ¿quién decide las reglas?, ¿adónde van los beneficios?, ¿quién controla los datos?, ¿qué pasa si alguien no está de acuerdo? (12 min).",
                                "Puesta en común: cada grupo comenta una fila y la clase decide qué plataforma preferiría usar y en cuál preferiría trabajar, explicando por qué (8 min).",
                            ],
                            "teacher_tip": "Evita que la comparación se convierta en «buenos contra malos»: pregunta también qué ventajas tiene la plataforma A (rapidez, capacidad de inversión, visibilidad) y qué dificultades puede encontrar la cooperativa, como las que señala el manual para competir con las plataformas convencionales.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Diseñamos una plataforma cooperativa",
                            "duration": 40,
                            "group_size": "grupos de 4 o 5",
                            "materials": "plantillas impresas de pantalla de móvil (tres por grupo), cartulinas A3, pósits, rotuladores",
                            "steps": [
                                "Cada grupo elige una necesidad de su centro o de su barrio que podría resolver una aplicación: intercambio de libros de texto, préstamo de herramientas entre vecinos, ayuda con los deberes, reparación de bicicletas… (5 min).",
                                "En la cartulina definen las reglas de su cooperativa: quiénes son socios, cómo se vota, cómo se reparten los ingresos y qué datos se recogen y para qué (12 min).",
                                "Dibujan en las plantillas tres pantallas: la de inicio, la de uso del servicio y la de participación, donde los socios votan o proponen cambios (12 min).",
                                "Cada grupo presenta su plataforma en dos minutos y explica cómo llegará a quien no se maneja bien con el móvil, uno de los retos de la brecha digital que señala el manual (11 min).",
                            ],
                            "teacher_tip": "Si el centro tiene ordenadores, los grupos pueden pasar sus pantallas a una herramienta gratuita de presentaciones o de prototipado, pero el papel funciona igual de bien y centra la atención en lo importante: las reglas.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "¿Por qué creéis que la mayoría de las plataformas que usamos no son cooperativas?",
                                "¿Qué necesitaría una plataforma cooperativa para competir con una convencional?",
                                "¿Os gustaría trabajar algún día en una cooperativa de plataforma? ¿Por qué?",
                                "¿Qué puede hacer una persona usuaria para saber quién está detrás de una aplicación?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Ficha: ¿de quién es la plataforma?",
                    "filename": "ficha-de-quien-es-la-plataforma",
                    "instructions": "Responde con tus palabras a partir de la historia de CoopCycle y de las actividades de clase.",
                    "questions": [
                        "Elige una aplicación que uses a menudo: ¿a quién pone en contacto y cómo crees que gana dinero?",
                        "Según el manual SSOLEIL, ¿qué es CoopCycle? Copia la descripción y subraya las palabras clave.",
                        "Explica con un ejemplo la diferencia entre una plataforma convencional y una cooperativa.",
                        "¿Qué significan «autogestión» y «propiedad compartida»?",
                        "Describe en tres líneas la plataforma cooperativa que ha diseñado tu grupo: qué servicio ofrece, quién la gobierna y cómo se reparten los ingresos.",
                    ],
                },
            },
            "fr": {
                "title": "Les coopératives de plateforme à l'ère du numérique",
                "slug": "cooperatives-de-plateforme-a-l-ere-du-numerique",
                "summary": "Deux séances pour que les élèves du secondaire décortiquent les applis qu'ils utilisent, comparent une plateforme classique et une plateforme coopérative, puis conçoivent sur papier leur propre coopérative de plateforme, à partir de l'exemple de CoopCycle.",
                "objectives": [
                    "Décrire le fonctionnement d'une plateforme numérique : qui l'utilise, qui y travaille et qui capte la valeur qu'elle crée.",
                    "Comparer une plateforme classique et une plateforme coopérative : propriété, décisions, données et partage des bénéfices.",
                    "Expliquer pourquoi le manuel SSOLEIL cite CoopCycle comme exemple de plateforme coopérative.",
                    "Concevoir en équipe la maquette papier d'une plateforme coopérative répondant à un besoin local.",
                ],
                "prerequisites": "Utiliser des applications au quotidien. Aucune connaissance en programmation n'est nécessaire, et aucun ordinateur non plus.",
                "materials": "tableau, vidéoprojecteur (facultatif), copies du récit de CoopCycle, fiches décrivant deux plateformes imaginaires, tableaux de comparaison, feuilles A3, gabarits d'écran de smartphone imprimés, post-it de deux couleurs, feutres",
                "body": [
                    (
                        "text",
                        "<p>Le manuel SSOLEIL range le numérique parmi les grands défis de l'ESS : le modèle dominant de l'économie numérique a favorisé la concentration du pouvoir entre les mains de grands groupes, et beaucoup de structures sociales peinent à rivaliser avec les plateformes conventionnelles. En réponse, il met en avant des plateformes numériques coopératives, fondées sur l'autogestion et la propriété partagée, ainsi que la formation aux compétences numériques.</p><p>Ce module part de ce que les élèves connaissent déjà, les applis qu'ils utilisent chaque jour, et leur laisse une question à emporter : <b>à qui appartient la plateforme, qui en fixe les règles et où va la valeur qu'elle crée ?</b> Attention : le manuel dit seulement de CoopCycle qu'il s'agit d'une plateforme collaborative fonctionnant selon un modèle coopératif. Les comparaisons de l'activité 2 portent donc sur des plateformes imaginaires, en termes généraux.</p><p><b>Organisation :</b></p><ul><li>Séance 1 (50 min) : activités 1 et 2.</li><li>Séance 2 (50 min) : conception d'une plateforme coopérative et débat final.</li></ul><p>Se prête bien à l'enseignement de SNT en seconde, à la technologie au collège ou à l'EMC.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Les applis de ma poche",
                            "duration": 20,
                            "group_size": "groupes de 4",
                            "materials": "post-it de deux couleurs, feuilles A3, feutres",
                            "steps": [
                                "Chaque élève note sur des post-it, sans pseudo ni donnée personnelle, trois applis qu'il utilise dans une semaine ordinaire ; en groupe, on les classe par type de service : acheter, se déplacer, écouter de la musique, se loger, se faire livrer un repas, partager des photos… (5 min).",
                                "Chaque groupe choisit un type de service où la plateforme met en relation des personnes qui proposent quelque chose et des personnes qui l'utilisent, puis dessine la carte de tous les acteurs : utilisateurs, travailleurs ou vendeurs, entreprise propriétaire, annonceurs (8 min).",
                                "Avec des flèches de couleur, les élèves indiquent par où circule l'argent et par où circulent les données, et notent à côté de l'entreprise qui, selon eux, fixe les règles, par exemple la commission payée par chaque partie (5 min).",
                                "Deux groupes présentent leur carte à la classe, et vous notez au tableau les acteurs qui n'ont pas voix au chapitre (2 min).",
                            ],
                            "teacher_tip": "Les élèves n'ont pas besoin de savoir précisément à qui appartient chaque appli : l'important, c'est qu'ils se posent la question. Notez leurs interrogations pour la séance suivante ou pour une recherche à la maison, en croisant plusieurs sources.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Le manuel SSOLEIL cite CoopCycle, une plateforme collaborative fonctionnant selon un modèle coopératif, comme exemple des plateformes numériques coopératives qu'il défend, fondées sur l'autogestion et la propriété partagée. Lis son histoire et repère ce qui change quand une plateforme appartient à celles et ceux qui la font vivre."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Deux plateformes, un même service",
                            "duration": 30,
                            "group_size": "groupes de 4",
                            "materials": "fiches décrivant deux plateformes imaginaires, tableau de comparaison, copies du récit de CoopCycle",
                            "steps": [
                                "Lisez à voix haute le récit de CoopCycle et faites souligner les trois idées qui définissent une plateforme coopérative : autogestion, propriété partagée et participation démocratique (7 min).",
                                "Distribuez deux fiches sur un même service imaginaire, par exemple une appli de cours particuliers : la plateforme A appartient à un fonds d'investissement qui fixe seul les commissions ; la plateforme B est une coopérative dont les sociétaires sont ceux qui donnent et ceux qui reçoivent les cours (3 min).",
                                "Les groupes remplissent un tableau de cinq lignes : à qui la plateforme appartient, qui fixe les règles, où vont les bénéfices, qui contrôle les données et ce qui se passe en cas de désaccord (12 min).",
                                "Mise en commun : chaque groupe commente une ligne, puis la classe dit quelle plateforme elle préférerait utiliser, et pour laquelle elle préférerait travailler, en justifiant (8 min).",
                            ],
                            "teacher_tip": "Évitez que la comparaison tourne aux « gentils contre méchants » : demandez aussi quels atouts a la plateforme A (rapidité, capacité d'investissement, visibilité) et quelles difficultés peut rencontrer la coopérative, comme celles que relève le manuel face aux plateformes conventionnelles.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Concevons une plateforme coopérative",
                            "duration": 40,
                            "group_size": "groupes de 4 ou 5",
                            "materials": "gabarits d'écran de smartphone imprimés (trois par groupe), feuilles A3, post-it, feutres",
                            "steps": [
                                "Chaque groupe choisit un besoin de l'établissement ou du quartier auquel une appli pourrait répondre : échange de manuels scolaires, prêt d'outils entre voisins, aide aux devoirs, réparation de vélos… (5 min).",
                                "Sur la feuille A3, les élèves fixent les règles de leur coopérative : qui en est sociétaire, comment on vote, comment les recettes sont partagées, quelles données sont collectées et pourquoi (12 min).",
                                "Ils dessinent sur les gabarits trois écrans : l'accueil, l'utilisation du service et l'espace de participation, où les sociétaires votent ou proposent des changements (12 min).",
                                "Chaque groupe présente sa plateforme en deux minutes et explique comment elle touchera les personnes peu à l'aise avec le numérique, l'un des défis de la fracture numérique que souligne le manuel (11 min).",
                            ],
                            "teacher_tip": "Si l'établissement dispose d'ordinateurs, les groupes peuvent reporter leurs écrans dans un logiciel gratuit de présentation ou de maquettage, mais le papier fonctionne tout aussi bien et recentre sur l'essentiel : les règles.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Pourquoi, selon vous, la plupart des plateformes que nous utilisons ne sont-elles pas des coopératives ?",
                                "De quoi une plateforme coopérative aurait-elle besoin pour rivaliser avec une plateforme classique ?",
                                "Aimeriez-vous travailler un jour dans une coopérative de plateforme ? Pourquoi ?",
                                "Comment un utilisateur peut-il savoir qui se cache derrière une application ?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Fiche élève : à qui appartient la plateforme ?",
                    "filename": "fiche-a-qui-appartient-la-plateforme",
                    "instructions": "Réponds avec tes propres mots à partir du récit de CoopCycle et des activités faites en classe.",
                    "questions": [
                        "Choisis une appli que tu utilises souvent : qui met-elle en relation, et comment gagne-t-elle de l'argent selon toi ?",
                        "Selon le manuel SSOLEIL, qu'est-ce que CoopCycle ? Recopie la description et souligne les mots clés.",
                        "Explique avec un exemple la différence entre une plateforme classique et une plateforme coopérative.",
                        "Que veulent dire « autogestion » et « propriété partagée » ?",
                        "Décris en trois lignes la plateforme coopérative conçue par ton groupe : quel service elle propose, qui la gouverne et comment les recettes sont partagées.",
                    ],
                },
            },
            "en": {
                "title": "Platform cooperatives and the digital age",
                "slug": "platform-cooperatives-and-the-digital-age",
                "summary": "Two lessons in which secondary pupils take apart the apps they use every day, compare a conventional platform with a cooperative one and design a paper prototype of their own platform cooperative, starting from the example of CoopCycle.",
                "objectives": [
                    "Describe how a digital platform works: who uses it, who works through it and who keeps the value it creates.",
                    "Compare a conventional and a cooperative platform in terms of ownership, decision-making, data and the sharing of profits.",
                    "Explain why the SSOLEIL handbook cites CoopCycle as an example of a cooperative platform.",
                    "Design, as a team, a paper prototype of a cooperative platform that meets a local need.",
                ],
                "prerequisites": "Pupils should use apps in everyday life. No coding knowledge is needed, and no computers either.",
                "materials": "whiteboard, projector (optional), copies of the CoopCycle story, sheets describing two imaginary platforms, comparison tables, A3 paper, printed smartphone screen templates, sticky notes in two colours, felt-tip pens",
                "body": [
                    (
                        "text",
                        "<p>The SSOLEIL handbook names digitalisation as one of the big challenges for the SSE: the dominant model of the digital economy has favoured the concentration of power in large corporations, and many social economy organisations struggle to compete with conventional platforms. In response, it promotes cooperative digital platforms, based on self-management and shared ownership, along with training in digital skills.</p><p>This module starts from what pupils already know, the apps they use every day, and leaves them with a question to take away: <b>who owns the platform, who sets its rules and where does the value it creates end up?</b> A word of caution: all the handbook says about CoopCycle is that it is a sharing platform that operates under a cooperative model. The comparisons in activity 2 therefore use imaginary platforms and stay in general terms.</p><p><b>Planning:</b></p><ul><li>Lesson 1 (50 min): activities 1 and 2.</li><li>Lesson 2 (50 min): designing a cooperative platform and closing discussion.</li></ul><p>Works well in computing, citizenship or PSHE lessons.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "The apps in my pocket",
                            "duration": 20,
                            "group_size": "groups of 4",
                            "materials": "sticky notes in two colours, A3 paper, felt-tip pens",
                            "steps": [
                                "Each pupil writes on sticky notes, with no usernames or personal details, three apps they use in an ordinary week; in groups, they sort them by type of service: shopping, getting around, music, places to stay, food delivery, sharing photos and so on (5 min).",
                                "Each group picks a type of service in which the platform connects people who offer something with people who use it, and draws a map of everyone involved: users, workers or sellers, the company that owns it and advertisers (8 min).",
                                "Using coloured arrows, groups show where the money flows and where the data flows, and write next to the company who they think sets the rules, for example the commission each side pays (5 min).",
                                "Two groups show their map to the class, and you note on the board which of the people involved have no say in the decisions (2 min).",
                            ],
                            "teacher_tip": "Pupils don't need to know exactly who owns each app: what matters is that they ask the question. Note their queries for the next lesson or for research at home, checking more than one source.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "The SSOLEIL handbook cites CoopCycle, a sharing platform that operates under a cooperative model, as an example of the cooperative digital platforms it champions, based on self-management and shared ownership. Read its story and notice what changes when a platform belongs to the people who keep it running."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Two platforms, one service",
                            "duration": 30,
                            "group_size": "groups of 4",
                            "materials": "sheets describing two imaginary platforms, comparison table, copies of the CoopCycle story",
                            "steps": [
                                "Read the CoopCycle story aloud and have pupils underline the three ideas that define a cooperative platform: self-management, shared ownership and democratic participation (7 min).",
                                "Hand out two sheets about the same imaginary service, for example a tutoring app: platform A belongs to an investment fund that sets the commission on its own; platform B is a cooperative whose members are the people who give and take the lessons (3 min).",
                                "Groups fill in a five-row table: who owns the platform, who sets the rules, where the profits go, who controls the data and what happens in case of disagreement (12 min).",
                                "Feedback: each group comments on one row, then the class says which platform it would rather use and which it would rather work for, giving reasons (8 min).",
                            ],
                            "teacher_tip": "Don't let the comparison turn into goodies versus baddies: also ask what platform A has going for it (speed, money to invest, visibility) and what difficulties the cooperative might face, such as those the handbook notes in competing with conventional platforms.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Let's design a cooperative platform",
                            "duration": 40,
                            "group_size": "groups of 4 or 5",
                            "materials": "printed smartphone screen templates (three per group), A3 paper, sticky notes, felt-tip pens",
                            "steps": [
                                "Each group chooses a need in the school or the neighbourhood that an app could meet: swapping textbooks, lending tools between neighbours, homework help, bike repairs and so on (5 min).",
                                "On the A3 sheet, they set the rules of their cooperative: who the members are, how voting works, how income is shared and what data is collected and why (12 min).",
                                "They draw three screens on the templates: the home screen, the screen for using the service and the participation screen, where members vote or suggest changes (12 min).",
                                "Each group presents its platform in two minutes and explains how it will reach people who are not at ease with smartphones, one of the digital-divide challenges the handbook highlights (11 min).",
                            ],
                            "teacher_tip": "If the school has computers, groups can transfer their screens to a free presentation or prototyping tool, but paper works just as well and keeps the focus on what matters: the rules.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Why do you think most of the platforms we use are not cooperatives?",
                                "What would a cooperative platform need in order to compete with a conventional one?",
                                "Would you like to work in a platform cooperative one day? Why, or why not?",
                                "How can a user find out who is behind an app?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Worksheet: who owns the platform?",
                    "filename": "worksheet-who-owns-the-platform",
                    "instructions": "Answer in your own words, using the CoopCycle story and the activities we did in class.",
                    "questions": [
                        "Choose an app you use often: who does it connect, and how do you think it makes money?",
                        "According to the SSOLEIL handbook, what is CoopCycle? Copy out the description and underline the key words.",
                        "Explain, with an example, the difference between a conventional platform and a cooperative one.",
                        "What do 'self-management' and 'shared ownership' mean?",
                        "Describe in three lines the cooperative platform your group designed: what service it offers, who runs it and how the income is shared.",
                    ],
                },
            },
        },
    },
]
