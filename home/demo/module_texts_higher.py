"""Demo curriculum modules for vocational training, universities and adult education, in es, fr and en."""

MODULES = [
    {
        "key": "cooperative-management",
        "levels": ["Vocational training"],
        "topics": ["Cooperative management", "Democratic governance"],
        "duration_minutes": 180,
        "sessions": 3,
        "sdgs": [7, 8, 16],
        "case_study": "azotea-comun",
        "authors": "Raquel Montañés, Mathieu Ferrand",
        "last_reviewed": "2026-10-02",
        "texts": {
            "es": {
                "title": "Gestionar una cooperativa: gobierno, finanzas y toma de decisiones",
                "slug": "gestionar-una-cooperativa-gobierno-y-finanzas",
                "summary": "Tres sesiones para Formación Profesional sobre cómo funciona una cooperativa por dentro: quién decide qué, cómo se gestiona el dinero y cómo vota una asamblea, con Azotea Común, una cooperativa solar de Zaragoza, como hilo conductor.",
                "objectives": [
                    "Explicar la diferencia entre «una acción, un voto» y «una persona, un voto», y qué cambia en la toma de decisiones.",
                    "Identificar los órganos de una cooperativa (asamblea general, consejo rector, equipo técnico) y qué decisiones corresponden a cada uno.",
                    "Leer una cuenta de resultados simplificada, calcular el excedente y proponer cómo repartirlo.",
                    "Participar en una asamblea con orden del día, turnos de palabra, votación y acta.",
                ],
                "prerequisites": "No hace falta ninguna preparación específica: basta con que el alumnado tenga una idea general de qué es una empresa y de qué son ingresos y gastos. La sesión de finanzas requiere manejar porcentajes sencillos.",
                "materials": "proyector o pizarra, copias del relato de Azotea Común, 60 fichas o papelitos, tarjetas de decisiones, cuentas simplificadas impresas, calculadoras, papel A3 y rotuladores, ficha del alumnado",
                "body": [
                    (
                        "text",
                        "<p>Este módulo está pensado para grupos de Formación Profesional de cualquier familia profesional: la cooperativa es una salida realista para electricistas, cocineras, cuidadores o mecánicos y, sin embargo, apenas aparece cuando se habla de emprender. Responde a la recomendación del manual SSOLEIL (apartados 8.3.1 y 8.3.4) de incorporar la gestión cooperativa y la gobernanza democrática a la formación profesional.</p>"
                        "<p>El hilo conductor es <b>Azotea Común</b>, una cooperativa ciudadana de energía solar de Zaragoza creada como ejemplo para Soleil: 1.450 personas socias, catorce tejados compartidos y una asamblea en la que cada persona tiene un voto. Las cifras de la sesión de finanzas son ilustrativas, como la propia cooperativa.</p>"
                        "<ul><li><b>Sesión 1 (60 min):</b> quién tiene el poder (actividades 1 y 2).</li><li><b>Sesión 2 (60 min):</b> las cuentas y el excedente (actividad 3).</li><li><b>Sesión 3 (60 min):</b> asamblea general simulada (actividad 4) y debate final (10 min).</li></ul>"
                        "<p>Funciona bien con grupos de 20 a 25 estudiantes; si el grupo es más pequeño, se pueden acumular papeles en la asamblea.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "¿Una acción, un voto o una persona, un voto?",
                            "duration": 25,
                            "group_size": "todo el grupo",
                            "materials": "60 fichas o papelitos, pizarra",
                            "steps": [
                                "Reparte las fichas de forma desigual (para un grupo de 25): una persona recibe 20, cuatro reciben 5 cada una y el resto, 1. Explica que cada ficha es una acción de 100 euros en una pequeña empresa de energía solar.",
                                "Plantea la decisión: la empresa puede instalar sus próximas placas en el tejado de una nave (más rentabilidad para los accionistas) o en el de un colegio (menos rentabilidad, pero luz más barata para las familias del barrio).",
                                "Primera votación, por capital: cada cual levanta sus fichas y se cuentan fichas, no manos. Anota el resultado en la pizarra.",
                                "Segunda votación, una persona, un voto, tenga las fichas que tenga. Compara los dos resultados y pregunta quién ha tenido más poder en cada caso y por qué.",
                                "Cierra escribiendo en la pizarra los dos principios: en una sociedad de capital, el voto sigue al dinero; en una cooperativa, cada persona socia tiene un voto, haya aportado lo que haya aportado.",
                            ],
                            "teacher_tip": "Da las 20 fichas a alguien que no suela llevar la voz cantante: la experiencia de decidir de repente por todo el grupo suele dar pie a los mejores comentarios.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Azotea Común es una cooperativa solar de ejemplo, situada en Zaragoza: las vecinas y vecinos son dueños de las placas, se reparten la electricidad y deciden juntos en asamblea. El alumnado lee el relato al comienzo de la actividad 2 y vuelve a él en cada sesión."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "¿Quién decide qué?",
                            "duration": 35,
                            "group_size": "grupos de 4",
                            "materials": "copias del relato de Azotea Común, un juego de 12 tarjetas de decisiones por grupo, una hoja A3 dividida en tres columnas",
                            "steps": [
                                "Lectura individual del relato de Azotea Común (10 min): el alumnado subraya cada decisión que ha tomado la cooperativa y quién la tomó.",
                                "Cada grupo recibe 12 tarjetas con decisiones como aprobar las cuentas anuales, elegir los próximos tejados, fijar el porcentaje de energía reservado a familias en pobreza energética, contratar a un técnico, comprar una escalera, admitir a una nueva persona socia, firmar con la empresa instaladora o modificar los estatutos.",
                                "Los grupos colocan cada tarjeta en una de las tres columnas de la hoja: asamblea general, consejo rector (elegido por la asamblea) o equipo técnico. Tienen que ponerse de acuerdo en un motivo para cada una.",
                                "Puesta en común en la pizarra: las decisiones de fondo y a largo plazo corresponden a la asamblea; el consejo rector las ejecuta y rinde cuentas; el día a día es cosa del equipo.",
                                "Vuelve al relato: fue la asamblea la que eligió los dos próximos tejados, y en ella cada persona tiene un voto, tanto si aportó cien euros como si aportó diez mil.",
                            ],
                            "teacher_tip": "Algunas tarjetas no tienen una única respuesta correcta (la contratación, por ejemplo, depende de los estatutos). Aprovéchalas para explicar que cada cooperativa fija sus propias reglas en sus estatutos, dentro de lo que marca la ley.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Cuentas claras: el excedente de la cooperativa",
                            "duration": 60,
                            "group_size": "grupos de 4",
                            "materials": "cuentas simplificadas impresas, calculadoras, papel A3 y rotuladores",
                            "steps": [
                                "Reparte las cuentas simplificadas de un año de Azotea Común (cifras ilustrativas): 96.000 euros de ingresos por la electricidad; 42.000 de gastos de personal, 22.000 de amortización de las placas, 18.000 de mantenimiento y seguros y 6.000 de intereses de los préstamos de las personas socias.",
                                "Cada grupo calcula el total de gastos y el excedente (8.000 euros) y contrasta su resultado con otro grupo (10 min).",
                                "Explica que la ley obliga a las cooperativas a destinar parte del excedente a reservas que no se reparten (en España, el fondo de reserva obligatorio y el fondo de educación y promoción; en Francia, las reservas irrepartibles) y que la asamblea decide qué hacer con el resto.",
                                "Cada grupo propone un reparto de los 8.000 euros entre cuatro opciones: reservas para el próximo tejado, talleres de formación para las personas socias, más energía para las familias en pobreza energética y un retorno a las personas socias en proporción a la electricidad que consumen. Lo presentan en un A3 con las cantidades (25 min).",
                                "Compara las propuestas y pregunta: ¿qué haría una empresa convencional con su beneficio y quién lo decidiría? Guarda los A3: serán las propuestas que se voten en la asamblea de la próxima sesión.",
                            ],
                            "teacher_tip": "Si al grupo le cuestan los números, redondea las cifras y deja usar la calculadora: lo importante es entender de dónde viene el dinero y quién decide adónde va, no aprender contabilidad.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Asamblea general simulada",
                            "duration": 50,
                            "group_size": "todo el grupo (20 a 25), con papeles asignados",
                            "materials": "tarjetas de rol, orden del día en la pizarra, propuestas de la actividad 3, papeletas, cronómetro",
                            "steps": [
                                "Nombra una presidencia, una secretaría que levanta acta y una persona que controla el tiempo (5 min). El resto recibe tarjetas de rol: personas socias con placas en su tejado, personas socias que no viven cerca de ninguna instalación, miembros del consejo rector, técnicos del equipo y una familia derivada por los servicios sociales.",
                                "Escribe el orden del día en la pizarra: 1) reparto del excedente; 2) propuesta del consejo rector de pasar del 15 % al 20 % la energía reservada a familias en pobreza energética en los dos nuevos tejados; 3) ruegos y preguntas.",
                                "Cada grupo de la actividad 3 defiende su propuesta en dos minutos (10 min). Después, la presidencia abre un turno de palabra, alterna las intervenciones y limita cada una a un minuto (15 min).",
                                "Se vota cada punto a mano alzada o en secreto, una persona, un voto, y se proclama el resultado (10 min). La secretaría lee en voz alta los acuerdos y los recoge en el acta.",
                                "Ya fuera de los papeles, haz una valoración final (10 min): quién ha hablado y quién no, qué ha ayudado a que la asamblea funcione y qué habría pasado si se hubiera votado por capital, como en la actividad 1.",
                            ],
                            "teacher_tip": "Prepara las tarjetas de rol con un interés y una preocupación concretos (por ejemplo: «Yo no tengo ninguna placa cerca; ¿por qué el excedente tiene que ir a quien sí la tiene?»): un desacuerdo real da una asamblea mucho mejor que un grupo que está de acuerdo en todo.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "¿Por qué a una cooperativa le puede costar más que a una empresa convencional conseguir dinero, y cómo lo resuelve Azotea Común?",
                                "¿Es justo «una persona, un voto» cuando unas personas socias han aportado mucho más dinero que otras?",
                                "¿Qué puede hacer una cooperativa para que en las asambleas no hablen siempre las mismas personas?",
                                "¿Tendría sentido una cooperativa en tu sector profesional? ¿Qué necesitarías para ponerla en marcha?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Ficha del alumnado: cómo funciona una cooperativa",
                    "filename": "ficha-gestion-cooperativa",
                    "instructions": "Responde de forma individual al terminar las tres sesiones. Puedes usar el relato de Azotea Común y tus apuntes de clase.",
                    "questions": [
                        "Explica con tus palabras la diferencia entre «una acción, un voto» y «una persona, un voto».",
                        "Nombra los tres órganos de una cooperativa y pon un ejemplo de decisión que corresponda a cada uno.",
                        "Una cooperativa ingresa 50.000 euros en un año y gasta 46.000. ¿Cuál es su excedente y quién decide qué hacer con él?",
                        "Azotea Común reserva el 15 % de su energía a familias en pobreza energética. Da un argumento a favor y otro en contra de aumentar ese porcentaje.",
                        "El próximo tejado costará unos 60.000 euros. Propón dos formas de financiarlo sin recurrir a la banca convencional.",
                        "Imagina una cooperativa de tu profesión. ¿Qué puntos llevarías al orden del día de su primera asamblea?",
                    ],
                },
            },
            "fr": {
                "title": "Gérer une coopérative : gouvernance, finances et prise de décision",
                "slug": "gerer-une-cooperative-gouvernance-et-finances",
                "summary": "Trois séances pour la voie professionnelle sur le fonctionnement d'une coopérative : qui décide de quoi, comment circule l'argent et comment vote une assemblée générale, avec pour fil rouge Azotea Común, une coopérative solaire de Saragosse.",
                "objectives": [
                    "Expliquer la différence entre « une action, une voix » et « une personne, une voix », et ce que cela change dans les décisions.",
                    "Identifier les instances d'une coopérative (assemblée générale, conseil d'administration, équipe salariée) et les décisions qui relèvent de chacune.",
                    "Lire un compte de résultat simplifié, calculer l'excédent et proposer une façon de le répartir.",
                    "Participer à une assemblée générale avec ordre du jour, tours de parole, vote et procès-verbal.",
                ],
                "prerequisites": "Aucun prérequis particulier : il suffit que les apprenants aient une idée générale de ce qu'est une entreprise, de ses recettes et de ses dépenses. La séance sur les finances demande de savoir calculer des pourcentages simples.",
                "materials": "vidéoprojecteur ou tableau, exemplaires imprimés du récit d'Azotea Común, 60 jetons ou papiers, cartes de décision, comptes simplifiés imprimés, calculatrices, feuilles A3 et marqueurs, fiche apprenant",
                "body": [
                    (
                        "text",
                        "<p>Ce module s'adresse aux classes de la voie professionnelle, quelle que soit la filière (lycée professionnel, CFA, BTS) : la coopérative est un débouché réaliste pour des électriciens, des cuisinières, des aides à domicile ou des mécaniciens, et pourtant elle n'apparaît presque jamais quand on parle de création d'entreprise. Il répond à la recommandation du manuel SSOLEIL (sections 8.3.1 et 8.3.4) d'intégrer la gestion coopérative et la gouvernance démocratique à la formation professionnelle.</p>"
                        "<p>Le fil rouge est <b>Azotea Común</b>, une coopérative citoyenne d'énergie solaire à Saragosse imaginée pour Soleil : 1 450 sociétaires, quatorze toits partagés et une assemblée où chacun a une voix. Les chiffres de la séance sur les finances sont illustratifs, comme la coopérative elle-même.</p>"
                        "<ul><li><b>Séance 1 (60 min) :</b> qui détient le pouvoir (activités 1 et 2).</li><li><b>Séance 2 (60 min) :</b> les comptes et l'excédent (activité 3).</li><li><b>Séance 3 (60 min) :</b> une assemblée générale simulée (activité 4) et un débat de clôture (10 min).</li></ul>"
                        "<p>L'idéal est un groupe de 20 à 25 apprenants ; avec un effectif plus réduit, on peut cumuler des rôles pendant l'assemblée.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Une action, une voix, ou une personne, une voix ?",
                            "duration": 25,
                            "group_size": "classe entière",
                            "materials": "60 jetons ou papiers, tableau",
                            "steps": [
                                "Distribuez les jetons de façon inégale (pour un groupe de 25) : un apprenant en reçoit 20, quatre en reçoivent 5 chacun et tous les autres, 1. Expliquez que chaque jeton est une action de 100 euros dans une petite entreprise d'énergie solaire.",
                                "Soumettez la décision : l'entreprise peut poser ses prochains panneaux sur le toit d'un entrepôt (plus rentable pour les actionnaires) ou sur celui d'une école (moins rentable, mais une électricité moins chère pour les familles du quartier).",
                                "Premier vote, au capital : chacun lève ses jetons et l'on compte les jetons, pas les mains. Notez le résultat au tableau.",
                                "Second vote, une personne, une voix, quel que soit le nombre de jetons. Comparez les deux résultats et demandez qui avait le plus de pouvoir dans chaque cas, et pourquoi.",
                                "Concluez en écrivant au tableau les deux principes : dans une société de capitaux, le vote suit l'argent ; dans une coopérative, chaque sociétaire a une voix, quel que soit son apport.",
                            ],
                            "teacher_tip": "Confiez les 20 jetons à quelqu'un qui prend rarement la parole : se retrouver soudain à décider pour tout le groupe suscite souvent les remarques les plus justes.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Azotea Común est une coopérative solaire fictive, située à Saragosse : les habitants possèdent les panneaux, se partagent l'électricité et décident ensemble en assemblée générale. Les apprenants lisent le récit au début de l'activité 2 et y reviennent à chaque séance."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Qui décide de quoi ?",
                            "duration": 35,
                            "group_size": "groupes de 4",
                            "materials": "exemplaires du récit d'Azotea Común, un jeu de 12 cartes de décision par groupe, une feuille A3 divisée en trois colonnes",
                            "steps": [
                                "Lecture individuelle du récit d'Azotea Común (10 min) : les apprenants soulignent chaque décision prise par la coopérative et qui l'a prise.",
                                "Chaque groupe reçoit 12 cartes de décision, par exemple : approuver les comptes annuels, choisir les prochains toits, fixer la part d'énergie réservée aux foyers en précarité énergétique, recruter un technicien, acheter une échelle, admettre un nouveau sociétaire, signer avec l'entreprise d'installation ou modifier les statuts.",
                                "Les groupes placent chaque carte dans l'une des trois colonnes : assemblée générale, conseil d'administration (élu par l'assemblée) ou équipe salariée. Ils doivent se mettre d'accord sur une justification pour chaque carte.",
                                "Mise en commun au tableau : les grandes orientations et les décisions de long terme reviennent à l'assemblée ; le conseil d'administration les met en œuvre et en rend compte ; le quotidien relève de l'équipe.",
                                "Revenez au récit : c'est l'assemblée qui a choisi les deux prochains toits, et chacun y a une voix, qu'il ait apporté cent euros ou dix mille.",
                            ],
                            "teacher_tip": "Certaines cartes n'ont pas de réponse unique (le recrutement, par exemple, dépend des statuts). Profitez-en pour montrer que chaque coopérative fixe ses propres règles dans ses statuts, dans le cadre de la loi.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Des comptes clairs : l'excédent de la coopérative",
                            "duration": 60,
                            "group_size": "groupes de 4",
                            "materials": "comptes simplifiés imprimés, calculatrices, feuilles A3 et marqueurs",
                            "steps": [
                                "Distribuez le compte de résultat simplifié d'une année d'Azotea Común (chiffres illustratifs) : 96 000 euros de produits tirés de l'électricité ; en charges, 42 000 euros de personnel, 22 000 d'amortissement des panneaux, 18 000 d'entretien et d'assurances et 6 000 d'intérêts sur les prêts des sociétaires.",
                                "Chaque groupe calcule le total des charges et l'excédent (8 000 euros), puis vérifie son résultat avec un autre groupe (10 min).",
                                "Expliquez que la loi oblige les coopératives à mettre en réserve une partie de l'excédent, qui ne pourra jamais être partagée (en Espagne, le fonds de réserve obligatoire et le fonds d'éducation et de promotion ; en France, les réserves impartageables), et que l'assemblée décide du reste.",
                                "Chaque groupe propose une répartition des 8 000 euros entre quatre options : des réserves pour le prochain toit, des ateliers de formation pour les sociétaires, davantage d'énergie pour les foyers en précarité énergétique et une ristourne aux sociétaires au prorata de l'électricité qu'ils consomment. Il la présente sur une feuille A3, montants à l'appui (25 min).",
                                "Comparez les propositions et demandez : que ferait une entreprise classique de son bénéfice, et qui en déciderait ? Gardez les feuilles A3 : ce seront les propositions soumises au vote de l'assemblée à la séance suivante.",
                            ],
                            "teacher_tip": "Si le groupe est fâché avec les chiffres, arrondissez et autorisez la calculatrice : l'essentiel est de comprendre d'où vient l'argent et qui décide où il va, pas de faire de la comptabilité.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Assemblée générale simulée",
                            "duration": 50,
                            "group_size": "classe entière (20 à 25), avec des rôles",
                            "materials": "cartes de rôle, ordre du jour au tableau, propositions de l'activité 3, bulletins de vote, minuteur",
                            "steps": [
                                "Désignez une présidence de séance, un ou une secrétaire chargée du procès-verbal et un gardien du temps (5 min). Les autres reçoivent une carte de rôle : sociétaires qui ont des panneaux sur leur toit, sociétaires qui n'habitent près d'aucune installation, membres du conseil d'administration, techniciens salariés et un foyer orienté par les services sociaux.",
                                "Écrivez l'ordre du jour au tableau : 1) affectation de l'excédent ; 2) proposition du conseil d'administration de porter de 15 % à 20 % la part d'énergie réservée aux foyers en précarité énergétique sur les deux nouveaux toits ; 3) questions diverses.",
                                "Chaque groupe de l'activité 3 défend sa proposition en deux minutes (10 min). La présidence ouvre ensuite les débats, fait alterner les intervenants et limite chaque prise de parole à une minute (15 min).",
                                "On vote chaque point à main levée ou à bulletin secret, une personne, une voix, et l'on proclame le résultat (10 min). Le secrétariat relit les décisions à voix haute et les consigne au procès-verbal.",
                                "Sortez des rôles pour le bilan (10 min) : qui a parlé et qui s'est tu, ce qui a aidé l'assemblée à bien fonctionner et ce qui se serait passé avec un vote au capital, comme dans l'activité 1.",
                            ],
                            "teacher_tip": "Rédigez des cartes de rôle avec un intérêt et une inquiétude précis (par exemple : « Je n'ai aucun panneau près de chez moi, pourquoi l'excédent irait-il à ceux qui en ont ? ») : un vrai désaccord donne une bien meilleure assemblée qu'un groupe d'accord sur tout.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Pourquoi une coopérative peut-elle avoir plus de mal qu'une entreprise classique à trouver des fonds, et comment Azotea Común s'y prend-elle ?",
                                "« Une personne, une voix » : est-ce juste quand certains sociétaires ont apporté beaucoup plus d'argent que d'autres ?",
                                "Que peut faire une coopérative pour que ce ne soient pas toujours les mêmes qui parlent en assemblée ?",
                                "Une coopérative aurait-elle du sens dans votre métier ? De quoi auriez-vous besoin pour la lancer ?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Fiche apprenant : comment fonctionne une coopérative",
                    "filename": "fiche-gestion-cooperative",
                    "instructions": "Répondez individuellement à l'issue des trois séances. Vous pouvez vous appuyer sur le récit d'Azotea Común et sur vos notes de cours.",
                    "questions": [
                        "Expliquez avec vos propres mots la différence entre « une action, une voix » et « une personne, une voix ».",
                        "Citez les trois instances d'une coopérative et donnez pour chacune un exemple de décision qui lui revient.",
                        "Une coopérative a 50 000 euros de produits et 46 000 euros de charges sur l'année. Quel est son excédent, et qui décide de son affectation ?",
                        "Azotea Común réserve 15 % de son énergie aux foyers en précarité énergétique. Donnez un argument pour et un argument contre l'augmentation de cette part.",
                        "Le prochain toit coûtera environ 60 000 euros. Proposez deux façons de le financer sans passer par une banque classique.",
                        "Imaginez une coopérative dans votre métier. Quels points inscririez-vous à l'ordre du jour de sa première assemblée générale ?",
                    ],
                },
            },
            "en": {
                "title": "Running a cooperative: governance, finances and decisions",
                "slug": "running-a-cooperative-governance-and-finances",
                "summary": "Three sessions for vocational students on how a cooperative works from the inside: who decides what, how the money is managed and how a general meeting votes, with Azotea Común, a solar energy cooperative in Zaragoza, as the thread.",
                "objectives": [
                    "Explain the difference between ‘one share, one vote’ and ‘one member, one vote’, and what it changes for decision-making.",
                    "Identify the bodies of a cooperative (general meeting, board, staff team) and which decisions belong to each.",
                    "Read a simplified income statement, calculate the surplus and propose how to allocate it.",
                    "Take part in a general meeting with an agenda, speaking turns, a vote and minutes.",
                ],
                "prerequisites": "No particular preparation is needed: students just need a general idea of what a business is and what income and expenses are. The finance session requires simple percentages.",
                "materials": "projector or whiteboard, printed copies of the Azotea Común story, 60 counters or paper slips, decision cards, printed simplified accounts, calculators, A3 paper and marker pens, student worksheet",
                "body": [
                    (
                        "text",
                        "<p>This module is designed for vocational training groups in any trade: a cooperative is a realistic career route for electricians, cooks, care workers or mechanics, and yet it hardly ever comes up when people talk about starting a business. It answers the SSOLEIL handbook's recommendation (sections 8.3.1 and 8.3.4) to bring cooperative management and democratic governance into vocational training.</p>"
                        "<p>The thread running through it is <b>Azotea Común</b>, a citizen-owned solar energy cooperative in Zaragoza created as an example for Soleil: 1,450 members, fourteen shared roofs and a general meeting where each person has one vote. The figures in the finance session are illustrative, like the cooperative itself.</p>"
                        "<ul><li><b>Session 1 (60 min):</b> who holds the power (activities 1 and 2).</li><li><b>Session 2 (60 min):</b> the accounts and the surplus (activity 3).</li><li><b>Session 3 (60 min):</b> a simulated general meeting (activity 4) and a closing discussion (10 min).</li></ul>"
                        "<p>It works well with groups of 20 to 25 students; with a smaller group, some people can take on two roles in the general meeting.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "One share, one vote, or one member, one vote?",
                            "duration": 25,
                            "group_size": "whole class",
                            "materials": "60 counters or paper slips, whiteboard",
                            "steps": [
                                "Hand out the counters unevenly (for a group of 25): one student gets 20, four get 5 each and everyone else gets 1. Explain that each counter is a 100-euro share in a small solar energy company.",
                                "Put the decision to the class: the company can fit its next panels on a warehouse roof (a higher return for shareholders) or on a school roof (a lower return, but cheaper electricity for families in the neighbourhood).",
                                "First vote, by capital: everyone holds up their counters and you count counters, not hands. Write the result on the board.",
                                "Second vote, one person, one vote, however many counters each person holds. Compare the two results and ask who had the most power each time, and why.",
                                "Finish by writing the two principles on the board: in a company owned by shareholders, votes follow the money; in a cooperative, each member has one vote, whatever they have put in.",
                            ],
                            "teacher_tip": "Give the 20 counters to someone who rarely speaks up: suddenly deciding for the whole group tends to prompt the sharpest comments.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Azotea Común is an example solar cooperative in Zaragoza: local residents own the panels, share the electricity and make decisions together at a general meeting. Students read the story at the start of activity 2 and come back to it in every session."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Who decides what?",
                            "duration": 35,
                            "group_size": "groups of 4",
                            "materials": "copies of the Azotea Común story, a set of 12 decision cards per group, an A3 sheet divided into three columns",
                            "steps": [
                                "Students read the Azotea Común story on their own (10 min) and underline every decision the cooperative has taken and who took it.",
                                "Each group receives 12 decision cards, such as approving the annual accounts, choosing the next roofs, setting the share of energy reserved for families in fuel poverty, hiring a technician, buying a ladder, admitting a new member, signing with the installation company or amending the rules.",
                                "Groups place each card in one of the three columns on the sheet: general meeting, board (elected by the general meeting) or staff team. They must agree on a reason for every card.",
                                "Pool the results on the board: major and long-term decisions belong to the general meeting; the board carries them out and is accountable for them; day-to-day work is the team's business.",
                                "Go back to the story: it was the general meeting that chose the next two roofs, and there each person has one vote, whether they put in a hundred euros or ten thousand.",
                            ],
                            "teacher_tip": "Some cards have no single right answer (hiring, for example, depends on the cooperative's rules). Use them to explain that each cooperative sets its own rules in its statutes, within the limits of the law.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Clear accounts: the cooperative's surplus",
                            "duration": 60,
                            "group_size": "groups of 4",
                            "materials": "printed simplified accounts, calculators, A3 paper and marker pens",
                            "steps": [
                                "Hand out Azotea Común's simplified accounts for one year (illustrative figures): 96,000 euros of income from electricity; expenses of 42,000 for staff, 22,000 for depreciation of the panels, 18,000 for maintenance and insurance, and 6,000 in interest on members' loans.",
                                "Each group works out total expenses and the surplus (8,000 euros) and checks its result with another group (10 min).",
                                "Explain that the law requires cooperatives to put part of the surplus into reserves that can never be shared out (in Spain, the compulsory reserve fund and the education and promotion fund; in France, indivisible reserves), and that the general meeting decides what to do with the rest.",
                                "Each group proposes how to split the 8,000 euros between four options: reserves for the next roof, training workshops for members, more energy for families in fuel poverty, and a return to members in proportion to the electricity they use. They present it on an A3 sheet with the amounts (25 min).",
                                "Compare the proposals and ask: what would a conventional company do with its profit, and who would decide? Keep the A3 sheets: they will be the proposals voted on at the general meeting in the next session.",
                            ],
                            "teacher_tip": "If the group finds numbers daunting, round the figures and allow calculators: what matters is understanding where the money comes from and who decides where it goes, not learning bookkeeping.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Simulated general meeting",
                            "duration": 50,
                            "group_size": "whole class (20 to 25), with assigned roles",
                            "materials": "role cards, agenda on the board, proposals from activity 3, ballot papers, timer",
                            "steps": [
                                "Appoint a chair, a secretary to take the minutes and a timekeeper (5 min). Everyone else gets a role card: members with panels on their roof, members who live nowhere near an installation, board members, staff technicians and a household referred by social services.",
                                "Write the agenda on the board: 1) allocation of the surplus; 2) the board's motion to raise the share of energy reserved for families in fuel poverty from 15% to 20% on the two new roofs; 3) any other business.",
                                "Each group from activity 3 presents its proposal in two minutes (10 min). The chair then opens the floor, alternates speakers and limits each contribution to one minute (15 min).",
                                "Vote on each item by show of hands or secret ballot, one person, one vote, and announce the result (10 min). The secretary reads the decisions aloud and records them in the minutes.",
                                "Step out of role for the debrief (10 min): who spoke and who stayed silent, what helped the meeting work and what would have happened with a vote by capital, as in activity 1.",
                            ],
                            "teacher_tip": "Write role cards with a specific interest and a specific worry (for example: ‘I have no panels near me, so why should the surplus go to people who do?’): real disagreement makes for a far better meeting than a group that agrees on everything.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Why might a cooperative find it harder than a conventional company to raise money, and how does Azotea Común get round this?",
                                "Is ‘one member, one vote’ fair when some members have put in much more money than others?",
                                "What can a cooperative do so that general meetings are not always dominated by the same voices?",
                                "Would a cooperative make sense in your own trade? What would you need to set one up?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Student worksheet: how a cooperative works",
                    "filename": "worksheet-running-a-cooperative",
                    "instructions": "Answer on your own at the end of the three sessions. You may use the Azotea Común story and your notes from class.",
                    "questions": [
                        "Explain in your own words the difference between ‘one share, one vote’ and ‘one member, one vote’.",
                        "Name the three bodies of a cooperative and give an example of a decision that belongs to each.",
                        "A cooperative has income of 50,000 euros in a year and spends 46,000. What is its surplus, and who decides what to do with it?",
                        "Azotea Común reserves 15% of its energy for families in fuel poverty. Give one argument for and one against raising that share.",
                        "The next roof will cost about 60,000 euros. Suggest two ways of paying for it without going to a conventional bank.",
                        "Imagine a cooperative in your trade. What items would you put on the agenda of its first general meeting?",
                    ],
                },
            },
        },
    },
    {
        "key": "ethical-finance",
        "levels": ["University"],
        "topics": ["Ethical finance", "SSE basics"],
        "duration_minutes": 150,
        "sessions": 2,
        "sdgs": [8, 10, 12],
        "case_study": "aurrezki-sarea",
        "authors": "Ane Etxeberria, Sophie Marchal",
        "last_reviewed": "2026-11-05",
        "texts": {
            "es": {
                "title": "Finanzas éticas: ¿adónde va nuestro dinero?",
                "slug": "finanzas-eticas-adonde-va-nuestro-dinero",
                "summary": "Dos seminarios universitarios sobre qué hacen los bancos con nuestros ahorros y qué hace ética a una entidad financiera: el alumnado forma el comité de crédito de Aurrezki Sarea, una mutualidad de Bilbao, elabora una tabla de criterios y diseña una acción de sensibilización.",
                "objectives": [
                    "Explicar cómo un banco o una mutualidad convierte el ahorro en préstamos y por qué elegir a quién se presta tiene consecuencias sociales y ambientales.",
                    "Identificar los criterios básicos de las finanzas éticas: transparencia, criterios de exclusión e inclusión, gobernanza democrática y rentabilidad moderada.",
                    "Evaluar solicitudes de préstamo según su viabilidad económica y su valor social y ambiental, y justificar la decisión.",
                    "Distinguir una oferta real de finanzas éticas de un reclamo «verde» vago con ayuda de una tabla de criterios.",
                    "Diseñar una acción de sensibilización que acerque las finanzas éticas a otros estudiantes.",
                ],
                "prerequisites": "Apto para primeros cursos de cualquier grado; no hace falta formación previa en economía. Conviene que el alumnado lea el relato de Aurrezki Sarea antes de la primera sesión.",
                "materials": "proyector, copias del relato de Aurrezki Sarea, juegos de 8 tarjetas «¿adónde pueden ir 1.000 euros?», cuatro solicitudes de préstamo por grupo, tres fichas de producto por grupo, calculadoras, papel A3 y rotuladores, notas adhesivas, ficha del alumnado",
                "body": [
                    (
                        "text",
                        "<p>Casi todo el alumnado tiene una cuenta en el banco; muy pocos saben qué hace el banco con ese dinero. Este módulo, pensado para seminarios universitarios de cualquier titulación, parte de esa pregunta y responde al llamamiento del manual SSOLEIL a acercar las finanzas éticas a la ciudadanía (apartado 8.3.1) y a incorporar la ESS a la enseñanza superior (apartado 8.3.4). El manual constata además una demanda creciente de banca ética (apartado 8.4.2): los estudiantes son ahorradores en potencia y, dentro de poco, también pedirán préstamos.</p>"
                        "<p>El caso de estudio es <b>Aurrezki Sarea</b>, una mutualidad de ahorro de Bilbao creada como ejemplo para Soleil, que solo presta a entidades de la economía social y a importadoras de comercio justo, publica todos sus préstamos y da un voto a cada persona socia. Las solicitudes de préstamo y las fichas de producto de las actividades son inventadas con fines didácticos: prepáralas con antelación a partir de lo que se describe en cada paso.</p>"
                        "<ul><li><b>Sesión 1 (75 min):</b> el viaje de nuestros ahorros (actividad 1) y el comité de crédito (actividad 2).</li><li><b>Sesión 2 (75 min):</b> una tabla de criterios (actividad 3), una acción de sensibilización (actividad 4) y un debate final (10 min).</li></ul>"
                        "<p>Pensado para grupos de seminario de 20 a 30 estudiantes.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "¿Adónde pueden ir 1.000 euros?",
                            "duration": 30,
                            "group_size": "parejas y, después, grupos de 4",
                            "materials": "un juego de 8 tarjetas por pareja, notas adhesivas",
                            "steps": [
                                "Lanza la pregunta: «Si hoy ingresas 1.000 euros en el banco, ¿dónde está ese dinero mañana?». Recoge las respuestas en notas adhesivas y pégalas en la pizarra sin comentarlas (5 min).",
                                "Explica brevemente cómo funciona la intermediación financiera: los depósitos no se quedan en una caja fuerte, sino que se prestan a hogares, empresas y administraciones o se invierten en los mercados, y el banco gana con la diferencia (5 min).",
                                "Da a cada pareja ocho tarjetas con posibles destinos del dinero: la hipoteca de una familia, un préstamo a una cooperativa, una central térmica de carbón, un fabricante de armas, deuda pública, operaciones especulativas a corto plazo, la prefinanciación de una cosecha de café de comercio justo y un préstamo a un pequeño comercio del barrio. Las ordenan de «me parece bien» a «con mi dinero, no» (10 min).",
                                "Las parejas se juntan de dos en dos, comparan su clasificación y anotan los criterios que han usado: riesgo, rentabilidad, utilidad social, impacto ambiental, cercanía (5 min).",
                                "Pon en común los criterios en la pizarra y pregunta: ¿cómo podrías averiguar a quién presta realmente tu banco? Guarda la lista para la actividad 3 (5 min).",
                            ],
                            "teacher_tip": "No pidas a nadie que diga en qué banco tiene su cuenta ni cuánto dinero tiene: el ejercicio funciona igual en abstracto y nadie se siente juzgado.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Aurrezki Sarea es una mutualidad de ahorro de ejemplo, fundada en Bilbao en 2009, cuyas 3.800 personas socias saben exactamente adónde va su dinero: cada préstamo se publica con el nombre de la entidad y el importe. El alumnado lee el relato en casa o en los primeros minutos de la actividad 2."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "El comité de crédito",
                            "duration": 45,
                            "group_size": "grupos de 5",
                            "materials": "cuatro solicitudes de préstamo por grupo, calculadoras, papel A3 y rotuladores",
                            "steps": [
                                "Cada grupo es el comité de crédito de Aurrezki Sarea este mes y dispone de 100.000 euros. Reparte cuatro solicitudes inventadas que suman 160.000 euros: una importadora de comercio justo que pide 60.000 para pagar el café a los productores antes de la cosecha, una empresa de inserción que necesita 25.000 para una furgoneta, una cooperativa de vivienda que pide 50.000 para aislar un edificio y una empresa emergente rentable que ofrece un interés más alto por 25.000 euros para desarrollar una aplicación sin un fin social concreto (5 min).",
                                "Los grupos analizan cada solicitud con los dos criterios de la mutualidad, viabilidad económica y valor social y ambiental, y anotan qué preguntarían en la visita previa a la firma (15 min).",
                                "Deciden a quién prestan, cuánto y en qué condiciones, sin pasar de 100.000 euros, y escriben sus decisiones en un A3 tal como aparecerían en el cuadernillo anual que reciben las personas socias: nombre, importe y destino (10 min).",
                                "Los grupos cuelgan sus A3 en la pared y todo el mundo da una vuelta para leerlos (5 min). Señala las diferencias entre comités y pide a dos grupos que expliquen su decisión más difícil.",
                                "Cierra volviendo al relato: ¿por qué publica Aurrezki Sarea todos sus préstamos y qué gana visitando los proyectos y acompañándolos después de la firma? (10 min)",
                            ],
                            "teacher_tip": "La empresa emergente está ahí a propósito: deja que los grupos discutan si un proyecto viable, que no hace daño pero tampoco persigue un fin social, tiene cabida en la cartera de una entidad ética. No hay una única respuesta correcta, pero sí tiene que haber una respuesta razonada.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Una tabla de criterios para las finanzas éticas",
                            "duration": 40,
                            "group_size": "grupos de 4",
                            "materials": "la lista de criterios de la actividad 1, tres fichas de producto por grupo, papel A3",
                            "steps": [
                                "A partir de los criterios de la actividad 1 y del caso de Aurrezki Sarea, cada grupo elabora una tabla con cinco criterios: transparencia sobre los préstamos, criterios de exclusión (lo que nunca se financia), destino positivo a proyectos sociales o ambientales, gobernanza democrática y una rentabilidad moderada y explicada (10 min).",
                                "Reparte tres fichas de producto inventadas: una cuenta de ahorro convencional sin información sobre el uso de los fondos, un fondo de inversión «verde» con imágenes atractivas pero compromisos vagos y sin lista de inversiones, y una cuenta de ahorro en una mutualidad como Aurrezki Sarea.",
                                "Los grupos puntúan cada producto de 0 a 2 en cada criterio y anotan en qué pruebas se basan: una lista publicada, una política de exclusión clara, un voto en la asamblea (15 min).",
                                "Compara las puntuaciones entre grupos e introduce la idea de lavado verde (greenwashing): ¿qué palabras de la ficha del fondo «verde» suenan tranquilizadoras pero no comprometen a nada? (10 min)",
                                "Cada grupo formula un dato que pediría a cualquier banco o fondo antes de abrir una cuenta (5 min).",
                            ],
                            "teacher_tip": "Redacta las tres fichas de modo que ninguna se parezca a un banco real: se trata de aprender a leer, no de recomendar ni desacreditar a ninguna entidad concreta.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Las finanzas éticas llegan al campus",
                            "duration": 25,
                            "group_size": "grupos de 4",
                            "materials": "papel A3, rotuladores, móviles u ordenadores si los hay",
                            "steps": [
                                "Recuerda que el manual propone campañas y actividades para acercar a la ciudadanía a las finanzas éticas, y que el voluntariado de Aurrezki Sarea hace lo mismo en institutos y asociaciones de barrio (5 min).",
                                "Cada grupo diseña una acción de bajo coste para su campus: un cartel, un puesto a principio de curso, el guion de un vídeo de un minuto o un breve taller para estudiantes de primero (15 min).",
                                "La acción debe responder a tres preguntas: ¿a quién va dirigida?, ¿qué único mensaje queremos que recuerden? y ¿qué pueden hacer al día siguiente?",
                                "Cada grupo presenta su idea en un minuto y la clase elige una o dos para desarrollarlas fuera de la asignatura, si el grupo quiere (5 min).",
                            ],
                            "teacher_tip": "Evita que los grupos acaben diciendo a la gente qué banco elegir: el objetivo es que empiecen a preguntarse adónde va su dinero.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "¿Debe una entidad ética aceptar menos rentabilidad o más riesgo a cambio de valor social? ¿Dónde está el límite?",
                                "En Aurrezki Sarea cada persona socia tiene un voto, ahorre lo que ahorre. ¿Qué cambia respecto a un banco que pertenece a sus accionistas?",
                                "¿Puede un banco convencional ofrecer productos realmente éticos, o las finanzas éticas exigen otro tipo de organización?",
                                "¿Por qué importa tanto la transparencia sobre los préstamos? ¿Puede tener inconvenientes para quienes los reciben?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Ficha del alumnado: ¿adónde va mi dinero?",
                    "filename": "ficha-finanzas-eticas",
                    "instructions": "Completa esta ficha de forma individual al terminar las dos sesiones. Puedes usar el relato de Aurrezki Sarea y la tabla de criterios de tu grupo.",
                    "questions": [
                        "Explica en tres o cuatro líneas qué ocurre con el dinero que se ingresa en un banco.",
                        "Enumera los cinco criterios de la tabla de finanzas éticas de la clase y pon un ejemplo de prueba para cada uno.",
                        "¿Por qué necesita dinero una importadora de comercio justo antes de vender la cosecha, y cómo la ayuda Aurrezki Sarea?",
                        "Describe la decisión más difícil de tu comité de crédito y el argumento que la inclinó.",
                        "Busca en un anuncio o en la ficha de un producto financiero una frase que pueda ser lavado verde y explica por qué.",
                        "Escribe tres preguntas que harías a un banco antes de abrir una cuenta.",
                    ],
                },
            },
            "fr": {
                "title": "Finance éthique : où va notre argent ?",
                "slug": "finance-ethique-ou-va-notre-argent",
                "summary": "Deux séances universitaires sur ce que les banques font de notre épargne et sur ce qui rend la finance éthique : les étudiants siègent au comité de crédit d'Aurrezki Sarea, une mutuelle de Bilbao, construisent une grille d'analyse et conçoivent une action de sensibilisation.",
                "objectives": [
                    "Expliquer comment une banque ou une mutuelle transforme l'épargne en crédits, et pourquoi le choix des emprunteurs a des effets sociaux et environnementaux.",
                    "Identifier les grands critères de la finance éthique : transparence, critères d'exclusion et d'inclusion, gouvernance démocratique et rendement modéré.",
                    "Évaluer des demandes de prêt selon leur viabilité économique et leur utilité sociale et environnementale, et justifier la décision.",
                    "Distinguer une véritable offre de finance éthique d'un argument « vert » flou à l'aide d'une grille d'analyse.",
                    "Concevoir une action de sensibilisation pour rapprocher la finance éthique des autres étudiants.",
                ],
                "prerequisites": "Convient aux étudiants de première année de toutes les disciplines ; aucune formation préalable en économie n'est nécessaire. Les étudiants lisent de préférence le récit d'Aurrezki Sarea avant la première séance.",
                "materials": "vidéoprojecteur, exemplaires imprimés du récit d'Aurrezki Sarea, jeux de 8 cartes « où peuvent aller 1 000 euros ? », quatre demandes de prêt par groupe, trois fiches produit par groupe, calculatrices, feuilles A3 et marqueurs, post-it, fiche étudiant",
                "body": [
                    (
                        "text",
                        "<p>Presque tous les étudiants ont un compte en banque ; très peu savent ce que leur banque fait de cet argent. Ce module, conçu pour des TD universitaires de toutes disciplines, part de cette question. Il répond à l'appel du manuel SSOLEIL à rapprocher la finance éthique des citoyens (section 8.3.1) et à intégrer l'ESS dans l'enseignement supérieur (section 8.3.4). Le manuel relève aussi une demande croissante de banque éthique (section 8.4.2) : les étudiants sont des épargnants en puissance et, bientôt, des emprunteurs.</p>"
                        "<p>L'étude de cas porte sur <b>Aurrezki Sarea</b>, une mutuelle d'épargne de Bilbao imaginée pour Soleil, qui ne prête qu'à des structures de l'économie sociale et à des importateurs du commerce équitable, publie tous ses prêts et donne une voix à chaque sociétaire. Les demandes de prêt et les fiches produit des activités sont inventées à des fins pédagogiques : préparez-les à l'avance à partir des descriptions données dans les étapes.</p>"
                        "<ul><li><b>Séance 1 (75 min) :</b> le voyage de notre épargne (activité 1) et le comité de crédit (activité 2).</li><li><b>Séance 2 (75 min) :</b> une grille d'analyse (activité 3), une action de sensibilisation (activité 4) et un débat de clôture (10 min).</li></ul>"
                        "<p>Prévu pour des groupes de TD de 20 à 30 étudiants.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Où peuvent aller 1 000 euros ?",
                            "duration": 30,
                            "group_size": "binômes, puis groupes de 4",
                            "materials": "un jeu de 8 cartes par binôme, post-it",
                            "steps": [
                                "Posez la question : « Si vous déposez 1 000 euros à la banque aujourd'hui, où est cet argent demain ? » Recueillez les réponses sur des post-it et collez-les au tableau sans les commenter (5 min).",
                                "Expliquez en quelques mots le principe de l'intermédiation financière : les dépôts ne dorment pas dans un coffre, ils sont prêtés à des ménages, à des entreprises et à des administrations ou placés sur les marchés, et la banque se rémunère sur la différence (5 min).",
                                "Donnez à chaque binôme huit cartes présentant des utilisations possibles de l'argent : le crédit immobilier d'une famille, un prêt à une coopérative, une centrale à charbon, un fabricant d'armes, des obligations d'État, des opérations spéculatives à court terme, le préfinancement d'une récolte de café équitable et un prêt à un petit commerce du quartier. Les binômes les classent de « ça me va » à « pas avec mon argent » (10 min).",
                                "Les binômes se regroupent deux par deux, comparent leurs classements et notent les critères qu'ils ont utilisés : risque, rendement, utilité sociale, impact environnemental, proximité (5 min).",
                                "Mettez en commun les critères au tableau et demandez : comment savoir à qui votre propre banque prête vraiment ? Conservez la liste pour l'activité 3 (5 min).",
                            ],
                            "teacher_tip": "Ne demandez à personne dans quelle banque il a son compte ni combien il possède : l'exercice fonctionne tout aussi bien dans l'abstrait, et personne ne se sent jugé.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Aurrezki Sarea est une mutuelle d'épargne fictive, fondée à Bilbao en 2009, dont les 3 800 sociétaires savent exactement où va leur argent : chaque prêt est publié avec le nom de la structure et le montant. Les étudiants lisent le récit chez eux ou dans les premières minutes de l'activité 2."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Le comité de crédit",
                            "duration": 45,
                            "group_size": "groupes de 5",
                            "materials": "quatre demandes de prêt par groupe, calculatrices, feuilles A3 et marqueurs",
                            "steps": [
                                "Chaque groupe devient le comité de crédit d'Aurrezki Sarea pour le mois, avec 100 000 euros à prêter. Distribuez quatre demandes fictives totalisant 160 000 euros : un importateur équitable qui demande 60 000 euros pour payer le café aux producteurs avant la récolte, une entreprise d'insertion qui a besoin de 25 000 euros pour une camionnette, une coopérative d'habitants qui sollicite 50 000 euros pour isoler un immeuble, et une start-up rentable qui propose un taux plus élevé pour 25 000 euros afin de développer une application sans finalité sociale particulière (5 min).",
                                "Les groupes examinent chaque demande selon les deux critères de la mutuelle, viabilité économique et utilité sociale et environnementale, et notent les questions qu'ils poseraient lors de la visite avant signature (15 min).",
                                "Ils décident à qui prêter, combien et à quelles conditions, sans dépasser 100 000 euros, et inscrivent leurs décisions sur une feuille A3 telles qu'elles figureraient dans le livret annuel envoyé aux sociétaires : nom, montant, objet (10 min).",
                                "Les groupes affichent leur feuille au mur et chacun fait le tour pour les lire (5 min). Relevez les différences entre comités et demandez à deux groupes d'expliquer leur décision la plus difficile.",
                                "Concluez en revenant au récit : pourquoi Aurrezki Sarea publie-t-elle tous ses prêts, et que gagne-t-elle à visiter les projets puis à les suivre après la signature ? (10 min)",
                            ],
                            "teacher_tip": "La start-up est là exprès : laissez les groupes débattre de la place, dans le portefeuille d'un financeur éthique, d'un projet viable qui ne nuit à personne mais ne poursuit aucun but social. Il n'y a pas de réponse unique, mais la réponse doit être argumentée.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Une grille d'analyse de la finance éthique",
                            "duration": 40,
                            "group_size": "groupes de 4",
                            "materials": "la liste de critères de l'activité 1, trois fiches produit par groupe, feuilles A3",
                            "steps": [
                                "À partir des critères de l'activité 1 et du cas d'Aurrezki Sarea, chaque groupe construit une grille de cinq critères : transparence sur les prêts, critères d'exclusion (ce qui n'est jamais financé), affectation positive à des projets sociaux ou environnementaux, gouvernance démocratique, rendement modéré et expliqué (10 min).",
                                "Distribuez trois fiches produit fictives : un livret d'épargne classique sans aucune information sur l'usage des fonds, un fonds d'investissement « vert » aux belles images mais aux engagements flous et sans liste des placements, et un compte d'épargne dans une mutuelle comme Aurrezki Sarea.",
                                "Les groupes notent chaque produit de 0 à 2 sur chaque critère et indiquent sur quels éléments ils s'appuient : une liste publiée, une politique d'exclusion claire, un vote en assemblée générale (15 min).",
                                "Comparez les notes entre groupes et introduisez la notion d'écoblanchiment (greenwashing) : quels mots de la fiche du fonds « vert » rassurent sans engager à rien ? (10 min)",
                                "Chaque groupe formule une information qu'il demanderait à toute banque ou à tout fonds avant d'ouvrir un compte (5 min).",
                            ],
                            "teacher_tip": "Rédigez les trois fiches de sorte qu'aucune ne ressemble à un établissement réel : il s'agit d'apprendre à lire, pas de recommander ni de discréditer une banque en particulier.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "La finance éthique s'invite sur le campus",
                            "duration": 25,
                            "group_size": "groupes de 4",
                            "materials": "feuilles A3, marqueurs, téléphones ou ordinateurs si disponibles",
                            "steps": [
                                "Rappelez que le manuel propose des campagnes et des événements pour rapprocher les citoyens de la finance éthique, et que les bénévoles d'Aurrezki Sarea font de même dans les lycées et les associations de quartier (5 min).",
                                "Chaque groupe conçoit une action peu coûteuse pour son campus : une affiche, un stand à la rentrée, le scénario d'une vidéo d'une minute ou un court atelier pour les étudiants de première année (15 min).",
                                "L'action doit répondre à trois questions : à qui s'adresse-t-elle, quel message unique voulons-nous qu'ils retiennent et que peuvent-ils faire dès le lendemain ?",
                                "Chaque groupe présente son idée en une minute, et la classe en retient une ou deux à développer en dehors du cours, si le groupe le souhaite (5 min).",
                            ],
                            "teacher_tip": "Évitez que les groupes en viennent à dire aux gens quelle banque choisir : l'objectif est qu'ils commencent à se demander où va leur argent.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Un financeur éthique doit-il accepter un rendement plus faible ou un risque plus élevé en échange d'une utilité sociale ? Où placer la limite ?",
                                "Chez Aurrezki Sarea, chaque sociétaire a une voix, quel que soit le montant épargné. Qu'est-ce que cela change par rapport à une banque détenue par des actionnaires ?",
                                "Une banque classique peut-elle proposer des produits véritablement éthiques, ou la finance éthique exige-t-elle un autre type d'organisation ?",
                                "Pourquoi la transparence sur les prêts compte-t-elle autant ? Peut-elle présenter des inconvénients pour les emprunteurs ?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Fiche étudiant : où va mon argent ?",
                    "filename": "fiche-finance-ethique",
                    "instructions": "Complétez cette fiche individuellement à l'issue des deux séances. Vous pouvez utiliser le récit d'Aurrezki Sarea et la grille d'analyse de votre groupe.",
                    "questions": [
                        "Expliquez en trois ou quatre lignes ce que devient l'argent déposé dans une banque.",
                        "Citez les cinq critères de la grille de finance éthique construite en classe et donnez pour chacun un exemple d'élément probant.",
                        "Pourquoi un importateur équitable a-t-il besoin d'argent avant que la récolte soit vendue, et comment Aurrezki Sarea l'aide-t-elle ?",
                        "Décrivez la décision la plus difficile de votre comité de crédit et l'argument qui l'a emporté.",
                        "Trouvez, dans une publicité ou une fiche de produit financier, une phrase qui pourrait relever de l'écoblanchiment, et expliquez pourquoi.",
                        "Rédigez trois questions que vous poseriez à une banque avant d'ouvrir un compte.",
                    ],
                },
            },
            "en": {
                "title": "Ethical finance: where does our money go?",
                "slug": "ethical-finance-where-does-our-money-go",
                "summary": "Two university seminars on what banks do with our savings and what makes finance ethical: students sit on the credit committee of Aurrezki Sarea, a savings mutual in Bilbao, build an assessment grid and design an awareness campaign.",
                "objectives": [
                    "Explain how a bank or a mutual turns savings into loans, and why the choice of borrowers has social and environmental consequences.",
                    "Identify the main criteria of ethical finance: transparency, exclusion and inclusion criteria, democratic governance and moderate returns.",
                    "Assess loan applications for economic viability and social and environmental value, and justify the decision.",
                    "Tell a genuine ethical finance offer from a vague ‘green’ marketing claim using an assessment grid.",
                    "Design an awareness campaign that brings ethical finance closer to other students.",
                ],
                "prerequisites": "Suitable for first-year students in any subject; no background in economics is needed. Ideally, students read the Aurrezki Sarea story before the first session.",
                "materials": "projector, printed copies of the Aurrezki Sarea story, sets of 8 ‘where could 1,000 euros go?’ cards, four loan applications per group, three product sheets per group, calculators, A3 paper and marker pens, sticky notes, student worksheet",
                "body": [
                    (
                        "text",
                        "<p>Nearly every student has a bank account; very few know what the bank does with the money in it. This module, designed for university seminars in any subject, starts from that question. It answers the SSOLEIL handbook's call to bring ethical finance closer to citizens (section 8.3.1) and to bring the SSE into higher education (section 8.3.4). The handbook also notes growing demand for ethical banking (section 8.4.2): students are savers in the making and, before long, borrowers too.</p>"
                        "<p>The case study is <b>Aurrezki Sarea</b>, a savings mutual in Bilbao created as an example for Soleil, which lends only to social economy organisations and fair-trade importers, publishes every loan and gives each member one vote. The loan applications and product sheets used in the activities are invented for teaching purposes: prepare them in advance from the descriptions in the steps.</p>"
                        "<ul><li><b>Session 1 (75 min):</b> the journey of our savings (activity 1) and the credit committee (activity 2).</li><li><b>Session 2 (75 min):</b> an assessment grid (activity 3), an awareness campaign (activity 4) and a closing discussion (10 min).</li></ul>"
                        "<p>Designed for seminar groups of 20 to 30 students.</p>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Where could 1,000 euros go?",
                            "duration": 30,
                            "group_size": "pairs, then groups of 4",
                            "materials": "a set of 8 cards per pair, sticky notes",
                            "steps": [
                                "Ask: ‘If you pay 1,000 euros into a bank today, where is that money tomorrow?’ Collect the answers on sticky notes and put them on the board without comment (5 min).",
                                "Briefly explain how financial intermediation works: deposits do not sit in a safe; they are lent to households, businesses and governments or invested in the markets, and the bank earns the difference (5 min).",
                                "Give each pair eight cards showing possible uses of the money: a family's mortgage, a loan to a cooperative, a coal-fired power station, an arms manufacturer, government bonds, short-term speculative trading, pre-financing a fair-trade coffee harvest and a loan to a small local shop. Pairs rank them from ‘fine by me’ to ‘not with my money’ (10 min).",
                                "Pairs join up in fours, compare their rankings and note the criteria they used: risk, return, social usefulness, environmental impact, proximity (5 min).",
                                "Pool the criteria on the board and ask: how could you find out who your own bank actually lends to? Keep the list for activity 3 (5 min).",
                            ],
                            "teacher_tip": "Do not ask anyone which bank they use or how much money they have: the exercise works just as well in the abstract, and nobody feels judged.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "Aurrezki Sarea is an example savings mutual founded in Bilbao in 2009, whose 3,800 members know exactly where their money goes: every loan is published with the organisation's name and the amount. Students read the story at home or in the first few minutes of activity 2."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "The credit committee",
                            "duration": 45,
                            "group_size": "groups of 5",
                            "materials": "four loan applications per group, calculators, A3 paper and marker pens",
                            "steps": [
                                "Each group is Aurrezki Sarea's credit committee for the month, with 100,000 euros to lend. Hand out four invented applications totalling 160,000 euros: a fair-trade importer asking for 60,000 to pay coffee producers before the harvest, a work-integration enterprise that needs 25,000 for a van, a housing cooperative asking for 50,000 to insulate a building, and a profitable start-up offering a higher interest rate on 25,000 euros to develop an app with no particular social purpose (5 min).",
                                "Groups assess each application against the mutual's two criteria, economic viability and social and environmental value, and note the questions they would ask on the visit before signing (15 min).",
                                "They decide whom to lend to, how much and on what terms, without going over 100,000 euros, and write their decisions on an A3 sheet as they would appear in the annual booklet sent to members: name, amount and purpose (10 min).",
                                "Groups put their sheets up on the wall and everyone walks round to read them (5 min). Point out the differences between committees and ask two groups to explain their hardest decision.",
                                "Finish by going back to the story: why does Aurrezki Sarea publish every loan, and what does it gain by visiting projects and staying in touch after the loan is signed? (10 min)",
                            ],
                            "teacher_tip": "The start-up is there on purpose: let groups argue about whether a viable project that does no harm but pursues no social aim belongs in an ethical lender's portfolio. There is no single right answer, but there must be a reasoned one.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "An assessment grid for ethical finance",
                            "duration": 40,
                            "group_size": "groups of 4",
                            "materials": "the list of criteria from activity 1, three product sheets per group, A3 paper",
                            "steps": [
                                "Building on the criteria from activity 1 and the Aurrezki Sarea case, each group draws up a grid with five criteria: transparency about loans, exclusion criteria (what is never financed), positive allocation to social or environmental projects, democratic governance, and a moderate, explained return (10 min).",
                                "Hand out three invented product sheets: a conventional savings account with no information about how the money is used, a ‘green’ investment fund with attractive pictures but vague commitments and no list of holdings, and a savings account with a mutual like Aurrezki Sarea.",
                                "Groups score each product from 0 to 2 on each criterion and note the evidence they relied on: a published list, a clear exclusion policy, a vote at the general meeting (15 min).",
                                "Compare scores between groups and introduce the idea of greenwashing: which words on the ‘green’ fund's sheet sound reassuring but commit to nothing? (10 min)",
                                "Each group names one piece of information it would ask any bank or fund for before opening an account (5 min).",
                            ],
                            "teacher_tip": "Write the three product sheets so that none of them resembles a real institution: the aim is to learn to read them critically, not to recommend or discredit any particular bank.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Bringing ethical finance to campus",
                            "duration": 25,
                            "group_size": "groups of 4",
                            "materials": "A3 paper, marker pens, phones or laptops if available",
                            "steps": [
                                "Remind the class that the handbook proposes campaigns and events to bring citizens closer to ethical finance, and that Aurrezki Sarea's volunteers do the same in secondary schools and neighbourhood associations (5 min).",
                                "Each group designs a low-cost action for its campus: a poster, a stall at the start of term, the script for a one-minute video or a short workshop for first-year students (15 min).",
                                "The action must answer three questions: who is it for, what single message do we want them to remember, and what can they do the very next day?",
                                "Each group presents its idea in one minute, and the class picks one or two to develop outside the course, if the group wishes (5 min).",
                            ],
                            "teacher_tip": "Steer groups away from telling people which bank to choose: the aim is to get them asking where their money goes.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Should an ethical lender accept a lower return or a higher risk in exchange for social value? Where is the limit?",
                                "At Aurrezki Sarea each member has one vote, however much they have saved. What difference does this make compared with a bank owned by shareholders?",
                                "Can a conventional bank offer genuinely ethical products, or does ethical finance need a different kind of organisation?",
                                "Why does transparency about loans matter so much? Could it have drawbacks for the borrowers?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Student worksheet: where does my money go?",
                    "filename": "worksheet-ethical-finance",
                    "instructions": "Complete this worksheet on your own at the end of the two sessions. You may use the Aurrezki Sarea story and your group's assessment grid.",
                    "questions": [
                        "Explain in three or four lines what happens to money paid into a bank.",
                        "List the five criteria of the class's ethical finance grid and give an example of evidence for each.",
                        "Why does a fair-trade importer need money before the harvest is sold, and how does Aurrezki Sarea help?",
                        "Describe your credit committee's hardest decision and the argument that settled it.",
                        "Find a sentence in an advert or a financial product sheet that could be greenwashing, and explain why.",
                        "Write three questions you would ask a bank before opening an account.",
                    ],
                },
            },
        },
    },
    {
        "key": "public-procurement",
        "levels": ["University", "Adult education"],
        "topics": ["Public procurement", "Social innovation"],
        "duration_minutes": 240,
        "sessions": 2,
        "sdgs": [8, 12, 16],
        "case_study": "etabli-du-lez",
        "authors": "Lucía Barrera, Antoine Lacombe",
        "last_reviewed": "2026-06-18",
        "texts": {
            "es": {
                "title": "La ESS y la compra pública responsable",
                "slug": "ess-y-compra-publica-responsable",
                "summary": "Dos sesiones de dos horas sobre cómo la contratación pública puede apoyar a la ESS: cláusulas sociales, reserva de mercado, criterios de sostenibilidad y colaboración público-comunitaria, a partir del contrato de L'Établi du Lez, en Montpellier, y de un pliego redactado en clase.",
                "objectives": [
                    "Explicar por qué la compra pública es una palanca para la ESS y nombrar las cuatro herramientas del apartado 8.4.4 del manual SSOLEIL.",
                    "Distinguir cláusula social, contrato reservado, criterio de sostenibilidad y colaboración público-comunitaria, con un ejemplo de cada uno.",
                    "Redactar los criterios de adjudicación y una cláusula social para un contrato municipal, con indicadores medibles.",
                    "Identificar las barreras que encuentran las pequeñas entidades de la ESS para licitar y proponer formas de reducirlas.",
                    "Diseñar un seguimiento que compruebe que un contrato genera el impacto social y ambiental prometido.",
                ],
                "prerequisites": "No se necesita formación jurídica; ayuda tener una idea general de lo que hace un ayuntamiento. Con estudiantes de Derecho o de Gestión y Administración Pública, el profesorado puede añadir los textos legales de referencia.",
                "materials": "proyector, copias del relato de L'Établi du Lez, lista de diez contratos municipales habituales, cuatro fichas sobre las herramientas de compra pública, plantilla de pliego de una página, tarjetas de rol, papel A3 y rotuladores, notas adhesivas de tres colores, ficha del alumnado",
                "body": [
                    (
                        "text",
                        "<p>Las administraciones públicas compran enormes volúmenes de bienes y servicios, desde los comedores escolares hasta el mantenimiento de los parques. El apartado 8.4.4 del manual SSOLEIL considera la contratación pública estratégica una de las mayores oportunidades para la ESS y señala cuatro herramientas: las <b>cláusulas sociales</b>, la <b>reserva de mercado</b> (contratos reservados a cooperativas y empresas de inserción), los <b>criterios de sostenibilidad</b> y la <b>colaboración público-comunitaria</b>, junto con la transparencia y el seguimiento. También advierte de que los trámites burocráticos no deben dejar fuera a las entidades pequeñas. Este módulo convierte esas ideas en un ejercicio práctico.</p>"
                        "<p>Está pensado para estudiantes universitarios (Economía, Derecho, Ciencias Políticas, Gestión y Administración Pública, Trabajo Social) y para grupos de educación de personas adultas: voluntariado asociativo, cargos electos, personal municipal o personas que quieren crear una empresa de la ESS. El marco jurídico lo fijan la Directiva 2014/24/UE y, en cada país, la Ley de Contratos del Sector Público en España y el Code de la commande publique en Francia; el módulo explica la lógica de las herramientas sin entrar en el articulado, que el profesorado puede añadir con grupos especializados.</p>"
                        "<p>El caso de estudio es <b>L'Établi du Lez</b>, un centro de reutilización y reparación de Montpellier creado como ejemplo para Soleil: es una empresa de inserción y su contrato de recogida con la metrópoli incluye una cláusula social.</p>"
                        "<ul><li><b>Sesión 1 (120 min):</b> qué compra un ayuntamiento (actividad 1) y las cuatro herramientas, a la luz del caso (actividad 2).</li><li><b>Sesión 2 (120 min):</b> redacción de un pliego (actividad 3), la mesa de contratación (actividad 4) y un debate final (10 min).</li></ul>",
                    ),
                    (
                        "activity",
                        {
                            "title": "¿Qué compra un ayuntamiento?",
                            "duration": 45,
                            "group_size": "grupos de 4",
                            "materials": "lista de diez contratos municipales habituales, notas adhesivas de tres colores, papel A3",
                            "steps": [
                                "Pide que calculen a ojo qué parte del gasto de su municipio se va en comprar obras, bienes y servicios a proveedores externos y anota las estimaciones en la pizarra. Después explica que, según la Comisión Europea, la compra pública supone en torno al 14 % del PIB de la UE: por eso el manual la trata como una palanca (10 min).",
                                "Reparte a cada grupo una lista de diez contratos habituales en una ciudad mediana: comedores escolares, limpieza de edificios municipales, mantenimiento de parques, recogida de muebles y enseres, material de oficina, equipos informáticos, reparación del alumbrado público, programación cultural, ayuda a domicilio para personas mayores y vestuario laboral.",
                                "Con las notas adhesivas, los grupos deciden para cada contrato si las entidades de la ESS podrían presentarse sin problema (verde), con apoyo o en alianza con otras (amarillo) o difícilmente (rojo), y dan un motivo (15 min).",
                                "Los grupos pegan sus listas en la pared y comparan qué contratos han salido en verde para todos y cuáles dividen a la clase, y por qué (10 min).",
                                "Cierra anotando los obstáculos que han aparecido, como el tamaño de los contratos, el papeleo, las garantías o los retrasos en los pagos: se retomarán en la actividad 4 (10 min).",
                            ],
                            "teacher_tip": "En los grupos de personas adultas suele haber alguien que ha preparado una licitación o que ha estado al otro lado de la mesa: invítale a contar una experiencia breve y concreta, sin pasar de un par de minutos.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "L'Établi du Lez es una empresa de inserción de ejemplo que gestiona un centro de reutilización y reparación en Montpellier; su contrato de recogida con la metrópoli incluye una cláusula social. El grupo lee el relato al comienzo de la actividad 2, y ese contrato sirve de modelo para el pliego de la sesión 2."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Cuatro herramientas, un caso",
                            "duration": 75,
                            "group_size": "grupos de 4 (técnica del puzle)",
                            "materials": "copias del relato de L'Établi du Lez, cuatro fichas (una por herramienta), papel A3",
                            "steps": [
                                "Lectura individual del relato de L'Établi du Lez: cada participante subraya lo que, según Claire, su directora, aporta la cláusula social (10 min).",
                                "Forma grupos de «expertos», cada uno con una ficha preparada a partir del apartado 8.4.4: cláusulas sociales, reserva de mercado, criterios de sostenibilidad y colaboración público-comunitaria. Cada grupo prepara una explicación de dos minutos con una definición, un ejemplo y un riesgo (20 min).",
                                "Rehaz los grupos de modo que en cada uno haya una persona experta en cada herramienta; cada cual explica la suya al resto (20 min).",
                                "Los grupos mixtos aplican las cuatro herramientas al contrato de L'Établi du Lez: cuál está ya presente, cuáles más podría usar la metrópoli y qué cambiaría cada una para la empresa y para la ciudadanía (15 min).",
                                "Pon en común las respuestas y escribe en la pizarra una definición de una línea de cada herramienta, acordada por todo el grupo (10 min).",
                            ],
                            "teacher_tip": "Cada ficha debe caber en una página y ceñirse a las definiciones del manual, con un ejemplo ilustrativo; con estudiantes de Derecho, añade al dorso el artículo correspondiente de la Directiva o de la ley nacional.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Redactar un pliego responsable",
                            "duration": 70,
                            "group_size": "grupos de 4 o 5",
                            "materials": "plantilla de pliego de una página, papel A3, rotuladores, definiciones acordadas en la sesión 1",
                            "steps": [
                                "Cada grupo es el servicio de contratación de una ciudad de 60.000 habitantes que prepara un contrato de tres años para la recogida y reutilización de muebles y enseres, parecido al de L'Établi du Lez (5 min).",
                                "Con la plantilla, los grupos definen el objeto del contrato y deciden si lo dividen en lotes (por ejemplo, recogida, reparación y venta, talleres de sensibilización) para que las entidades pequeñas puedan optar a una parte (15 min).",
                                "Redactan una cláusula social con un compromiso medible, como un porcentaje de las horas de trabajo realizadas por personas en itinerario de inserción con el apoyo de una técnica de acompañamiento (15 min).",
                                "Fijan los criterios de adjudicación y su ponderación: precio, calidad del itinerario de inserción, toneladas que no acaban en el vertedero, talleres de reparación para el vecindario; el precio no puede pesar más que todo lo demás junto (20 min).",
                                "Por último, eligen tres indicadores y una fecha de informe para comprobar, durante el contrato, que se cumple el impacto prometido, tal como pide el manual al hablar de transparencia y seguimiento (15 min).",
                            ],
                            "teacher_tip": "Los grupos suelen escribir cláusulas vagas («la empresa adjudicataria fomentará la inclusión»). Pregunta cada vez cómo lo medirían y qué pasaría si no se cumpliera.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "La mesa de contratación",
                            "duration": 40,
                            "group_size": "grupos de 4 o 5, con cambio de papeles",
                            "materials": "pliegos de la actividad 3, tarjetas de rol, notas adhesivas",
                            "steps": [
                                "Los grupos se intercambian los pliegos y cada uno recibe una tarjeta de rol: una gran empresa de gestión de residuos, una pequeña empresa de inserción, la asesoría jurídica del ayuntamiento o una asociación vecinal (5 min).",
                                "Desde ese punto de vista, leen el pliego recibido y anotan en notas adhesivas lo que funciona y lo que supone una barrera: papeleo, garantías, tamaño de los lotes, plazos, claridad de los criterios (15 min).",
                                "Cada grupo comunica a los autores sus dos observaciones más importantes en dos minutos, y estos pueden responder brevemente (10 min).",
                                "Recoge en la pizarra los cambios que abrirían los pliegos a las entidades pequeñas de la ESS sin romper la igualdad de trato, como lotes más pequeños, formularios más sencillos, pago puntual o una sesión informativa para licitadores (10 min).",
                            ],
                            "teacher_tip": "Que el papel de la asesoría jurídica sea riguroso: las cláusulas sociales deben estar vinculadas al objeto del contrato y tratar por igual a todos los licitadores. Esa tensión forma parte del aprendizaje, no es un obstáculo.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "¿Debería reservarse una parte de los contratos públicos a entidades de la ESS, como propone el manual, o es injusto para las demás empresas?",
                                "¿Quién debería comprobar que se cumple una cláusula social y qué debería pasar si no se cumple?",
                                "¿Cómo puede una entidad pequeña de la ESS presentarse a licitaciones sin ahogarse en papeleo?",
                                "¿Cómo sería una colaboración público-comunitaria en tu municipio y con qué servicio empezarías?",
                                "Claire dice que, con la cláusula, el dinero público «rinde dos veces». ¿Estás de acuerdo? ¿Qué podría quedar fuera de esa cuenta?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Ficha del alumnado: la ESS y la compra pública",
                    "filename": "ficha-compra-publica-responsable",
                    "instructions": "Completa esta ficha de forma individual al terminar las dos sesiones. Puedes usar el relato de L'Établi du Lez y el pliego de tu grupo.",
                    "questions": [
                        "Define en una frase cada uno de estos conceptos: cláusula social, contrato reservado, criterio de sostenibilidad y colaboración público-comunitaria.",
                        "Según su directora, ¿por qué es importante la cláusula social del contrato de L'Établi du Lez?",
                        "Redacta una cláusula social medible para un contrato de comedor escolar.",
                        "Nombra dos barreras que dejan fuera de las licitaciones a las pequeñas entidades de la ESS y una solución para cada una.",
                        "Propón tres indicadores para hacer el seguimiento del impacto de un contrato adjudicado a una entidad de la ESS.",
                    ],
                },
            },
            "fr": {
                "title": "L'ESS et la commande publique responsable",
                "slug": "ess-et-commande-publique-responsable",
                "summary": "Deux séances de deux heures sur la façon dont la commande publique peut soutenir l'ESS : clauses sociales, marchés réservés, critères de durabilité et coopération entre collectivités et ESS, à partir du marché de L'Établi du Lez, à Montpellier, et d'un cahier des charges rédigé en groupe.",
                "objectives": [
                    "Expliquer pourquoi la commande publique est un levier pour l'ESS et citer les quatre outils de la section 8.4.4 du manuel SSOLEIL.",
                    "Distinguer clause sociale, marché réservé, critère de durabilité et partenariat entre collectivité et ESS, avec un exemple pour chacun.",
                    "Rédiger les critères d'attribution et une clause sociale pour un marché municipal, avec des indicateurs mesurables.",
                    "Repérer les obstacles qui freinent les petites structures de l'ESS face aux appels d'offres et proposer des moyens de les lever.",
                    "Concevoir un suivi qui vérifie qu'un marché produit bien l'impact social et environnemental promis.",
                ],
                "prerequisites": "Aucune formation juridique n'est requise ; il est utile de savoir à peu près ce que fait une collectivité locale. Avec des étudiants en droit ou en administration publique, l'enseignant peut ajouter les textes de référence.",
                "materials": "vidéoprojecteur, exemplaires imprimés du récit de L'Établi du Lez, liste de dix marchés municipaux courants, quatre fiches sur les outils de la commande publique, modèle de cahier des charges d'une page, cartes de rôle, feuilles A3 et marqueurs, post-it de trois couleurs, fiche participant",
                "body": [
                    (
                        "text",
                        "<p>Les pouvoirs publics achètent des volumes considérables de biens et de services, de la restauration scolaire à l'entretien des espaces verts. La section 8.4.4 du manuel SSOLEIL voit dans la commande publique stratégique l'une des plus grandes opportunités pour l'ESS et cite quatre outils : les <b>clauses sociales</b>, la <b>réservation de marchés</b> (des marchés réservés aux coopératives et aux entreprises d'insertion), les <b>critères de durabilité</b> et les <b>partenariats entre collectivités et ESS</b> pour concevoir et assurer des services publics, le tout assorti de transparence et de suivi. Il avertit aussi que les lourdeurs administratives ne doivent pas exclure les petites structures. Ce module transforme ces idées en exercice pratique.</p>"
                        "<p>Il s'adresse aux étudiants (économie, droit, science politique, administration publique, travail social) et aux publics de la formation pour adultes : bénévoles associatifs, élus, agents territoriaux ou porteurs de projet de l'ESS. Le cadre juridique est fixé par la directive 2014/24/UE et, au niveau national, par la loi espagnole sur les contrats du secteur public et par le Code de la commande publique en France ; le module explique la logique des outils sans entrer dans le détail des articles, que l'enseignant peut ajouter pour des publics spécialisés.</p>"
                        "<p>L'étude de cas porte sur <b>L'Établi du Lez</b>, une ressourcerie montpelliéraine imaginée pour Soleil : c'est une entreprise d'insertion, et son marché de collecte avec la métropole comporte une clause sociale.</p>"
                        "<ul><li><b>Séance 1 (120 min) :</b> ce qu'achète une collectivité (activité 1) et les quatre outils, éclairés par le cas (activité 2).</li><li><b>Séance 2 (120 min) :</b> la rédaction d'un cahier des charges (activité 3), la commission d'appel d'offres (activité 4) et un débat de clôture (10 min).</li></ul>",
                    ),
                    (
                        "activity",
                        {
                            "title": "Qu'achète une collectivité ?",
                            "duration": 45,
                            "group_size": "groupes de 4",
                            "materials": "liste de dix marchés municipaux courants, post-it de trois couleurs, feuilles A3",
                            "steps": [
                                "Demandez aux participants d'estimer quelle part des dépenses de leur commune sert à acheter des travaux, des fournitures et des services à des prestataires extérieurs, et notez les estimations au tableau. Expliquez ensuite que, selon la Commission européenne, la commande publique représente environ 14 % du PIB de l'UE : c'est pourquoi le manuel en fait un levier (10 min).",
                                "Remettez à chaque groupe une liste de dix marchés courants dans une ville moyenne : restauration scolaire, nettoyage des bâtiments municipaux, entretien des espaces verts, collecte des encombrants, fournitures de bureau, matériel informatique, maintenance de l'éclairage public, programmation culturelle, aide à domicile pour les personnes âgées et vêtements de travail.",
                                "À l'aide des post-it, les groupes indiquent pour chaque marché si des structures de l'ESS pourraient y répondre sans difficulté (vert), avec un appui ou en groupement (jaune) ou difficilement (rouge), en donnant une raison (15 min).",
                                "Les groupes affichent leurs listes et repèrent les marchés verts pour tout le monde et ceux qui divisent la salle, en cherchant pourquoi (10 min).",
                                "Concluez en notant les obstacles apparus, comme la taille des marchés, la paperasse, les garanties ou les retards de paiement : vous y reviendrez dans l'activité 4 (10 min).",
                            ],
                            "teacher_tip": "Dans les groupes d'adultes, il y a souvent quelqu'un qui a déjà répondu à un appel d'offres ou siégé de l'autre côté de la table : invitez cette personne à raconter une expérience courte et concrète, en deux minutes au plus.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "L'Établi du Lez est une ressourcerie fictive de Montpellier, gérée comme une entreprise d'insertion ; son marché de collecte avec la métropole comporte une clause sociale. Le groupe lit le récit au début de l'activité 2, et ce marché sert de modèle au cahier des charges de la séance 2."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Quatre outils, un cas",
                            "duration": 75,
                            "group_size": "groupes de 4 (méthode du puzzle)",
                            "materials": "exemplaires du récit de L'Établi du Lez, quatre fiches (une par outil), feuilles A3",
                            "steps": [
                                "Lecture individuelle du récit de L'Établi du Lez : chacun souligne ce que la clause sociale apporte, selon Claire, la directrice (10 min).",
                                "Formez des groupes d'« experts », chacun avec une fiche préparée à partir de la section 8.4.4 : clauses sociales, marchés réservés, critères de durabilité, partenariats entre collectivités et ESS. Chaque groupe prépare une explication de deux minutes : une définition, un exemple, un risque (20 min).",
                                "Recomposez des groupes mixtes comptant un expert de chaque outil ; chacun présente le sien aux autres (20 min).",
                                "Les groupes mixtes appliquent les quatre outils au marché de L'Établi du Lez : lequel est déjà présent, lesquels la métropole pourrait encore mobiliser et ce que chacun changerait pour la structure et pour les habitants (15 min).",
                                "Mettez en commun et écrivez au tableau une définition d'une ligne pour chaque outil, validée par tout le groupe (10 min).",
                            ],
                            "teacher_tip": "Chaque fiche doit tenir sur une page et s'en tenir aux définitions du manuel, avec un exemple illustratif ; pour des étudiants en droit, ajoutez au verso l'article correspondant de la directive ou du droit national.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Rédiger un cahier des charges responsable",
                            "duration": 70,
                            "group_size": "groupes de 4 ou 5",
                            "materials": "modèle de cahier des charges d'une page, feuilles A3, marqueurs, définitions validées lors de la séance 1",
                            "steps": [
                                "Chaque groupe joue le service des marchés d'une ville de 60 000 habitants qui prépare un marché de trois ans pour la collecte et le réemploi des encombrants, comparable à celui de L'Établi du Lez (5 min).",
                                "À l'aide du modèle, les groupes définissent l'objet du marché et décident de l'allotir ou non (par exemple collecte, réparation et revente, ateliers de sensibilisation) pour que de petites structures puissent répondre à une partie (15 min).",
                                "Ils rédigent une clause sociale assortie d'un engagement mesurable, par exemple un pourcentage des heures de travail effectuées par des personnes en parcours d'insertion, accompagnées par une conseillère en insertion (15 min).",
                                "Ils fixent les critères d'attribution et leur pondération : prix, qualité du parcours d'insertion, tonnes détournées de l'enfouissement, ateliers de réparation pour les habitants ; le prix ne doit pas peser plus que tout le reste réuni (20 min).",
                                "Enfin, ils choisissent trois indicateurs et une date de bilan pour vérifier, pendant l'exécution du marché, que l'impact promis est bien au rendez-vous, comme le demande le manuel en matière de transparence et de suivi (15 min).",
                            ],
                            "teacher_tip": "Les groupes écrivent souvent des clauses floues (« le titulaire favorisera l'inclusion »). Demandez à chaque fois comment le mesurer et ce qui se passe si l'engagement n'est pas tenu.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "La commission d'appel d'offres",
                            "duration": 40,
                            "group_size": "groupes de 4 ou 5, avec échange des rôles",
                            "materials": "cahiers des charges de l'activité 3, cartes de rôle, post-it",
                            "steps": [
                                "Les groupes échangent leurs cahiers des charges et chacun reçoit une carte de rôle : une grande entreprise de gestion des déchets, une petite entreprise d'insertion, le service juridique de la collectivité ou une association d'habitants (5 min).",
                                "De ce point de vue, ils lisent le cahier des charges reçu et notent sur des post-it ce qui fonctionne et ce qui fait obstacle : paperasse, garanties, taille des lots, délais, clarté des critères (15 min).",
                                "Chaque groupe transmet aux auteurs ses deux remarques principales en deux minutes ; les auteurs peuvent répondre brièvement (10 min).",
                                "Rassemblez au tableau les changements qui ouvriraient les marchés aux petites structures de l'ESS sans rompre l'égalité de traitement : lots plus petits, formulaires simplifiés, paiement rapide, réunion d'information pour les candidats (10 min).",
                            ],
                            "teacher_tip": "Veillez à ce que le rôle du service juridique reste exigeant : les clauses sociales doivent être liées à l'objet du marché et traiter tous les candidats de la même façon. Cette tension fait partie de l'apprentissage, elle ne l'empêche pas.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Faut-il réserver une part des marchés publics aux structures de l'ESS, comme le propose le manuel, ou est-ce injuste pour les autres entreprises ?",
                                "Qui devrait vérifier qu'une clause sociale est respectée, et que devrait-il se passer si elle ne l'est pas ?",
                                "Comment une petite structure de l'ESS peut-elle répondre aux appels d'offres sans crouler sous la paperasse ?",
                                "À quoi ressemblerait un partenariat entre votre commune et l'ESS, et par quel service commenceriez-vous ?",
                                "Selon Claire, avec la clause, l'argent public « sert deux fois ». Êtes-vous d'accord ? Qu'est-ce qui pourrait manquer dans ce calcul ?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Fiche participant : l'ESS et la commande publique",
                    "filename": "fiche-commande-publique-responsable",
                    "instructions": "Complétez cette fiche individuellement à l'issue des deux séances. Vous pouvez utiliser le récit de L'Établi du Lez et le cahier des charges de votre groupe.",
                    "questions": [
                        "Définissez en une phrase chacune de ces notions : clause sociale, marché réservé, critère de durabilité, partenariat entre collectivité et ESS.",
                        "Selon sa directrice, pourquoi la clause sociale du marché de L'Établi du Lez est-elle importante ?",
                        "Rédigez une clause sociale mesurable pour un marché de restauration scolaire.",
                        "Citez deux obstacles qui écartent les petites structures de l'ESS des appels d'offres et une solution pour chacun.",
                        "Proposez trois indicateurs pour suivre l'impact d'un marché attribué à une structure de l'ESS.",
                    ],
                },
            },
            "en": {
                "title": "The SSE and responsible public procurement",
                "slug": "sse-and-responsible-public-procurement",
                "summary": "Two two-hour sessions on how public procurement can support the SSE: social clauses, reserved contracts, sustainability criteria and public-community partnerships, based on the contract held by L'Établi du Lez in Montpellier and a tender drafted in class.",
                "objectives": [
                    "Explain why public procurement is a lever for the SSE and name the four tools in section 8.4.4 of the SSOLEIL handbook.",
                    "Tell apart a social clause, a reserved contract, a sustainability criterion and a public-community partnership, with an example of each.",
                    "Draft the award criteria and a social clause for a municipal contract, with measurable indicators.",
                    "Identify the barriers small SSE organisations face when tendering and propose ways of lowering them.",
                    "Design monitoring that checks whether a contract delivers the social and environmental impact it promised.",
                ],
                "prerequisites": "No legal training is needed; it helps to have a rough idea of what a local council does. With law or public administration students, the teacher can add the relevant legal texts.",
                "materials": "projector, printed copies of the L'Établi du Lez story, a list of ten typical municipal contracts, four fact sheets on the procurement tools, a one-page tender template, role cards, A3 paper and marker pens, sticky notes in three colours, student worksheet",
                "body": [
                    (
                        "text",
                        "<p>Public authorities buy enormous volumes of goods and services, from school meals to park maintenance. Section 8.4.4 of the SSOLEIL handbook sees strategic public procurement as one of the greatest opportunities for the SSE and names four tools: <b>social clauses</b>, <b>market reserve</b> (contracts reserved for cooperatives and work-integration enterprises), <b>sustainability criteria</b> and <b>public-community partnerships</b>, backed by transparency and monitoring. It also warns that bureaucratic procedures must not shut out small organisations. This module turns those ideas into a practical exercise.</p>"
                        "<p>It is written for university students (economics, law, politics, public administration, social work) and for adult education groups: association volunteers, local councillors, council staff or people setting up an SSE enterprise. The legal framework is set by Directive 2014/24/EU and, nationally, by the Public Sector Contracts Act in Spain and the Public Procurement Code in France; the module explains the logic of the tools without going into individual articles, which the teacher can add for specialist groups.</p>"
                        "<p>The case study is <b>L'Établi du Lez</b>, a reuse and repair centre in Montpellier created as an example for Soleil: it is a work-integration enterprise, and its collection contract with the metropolitan authority includes a social clause.</p>"
                        "<ul><li><b>Session 1 (120 min):</b> what a local council buys (activity 1) and the four tools, seen through the case (activity 2).</li><li><b>Session 2 (120 min):</b> drafting a tender (activity 3), the tender evaluation panel (activity 4) and a closing discussion (10 min).</li></ul>",
                    ),
                    (
                        "activity",
                        {
                            "title": "What does a local council buy?",
                            "duration": 45,
                            "group_size": "groups of 4",
                            "materials": "list of ten typical municipal contracts, sticky notes in three colours, A3 paper",
                            "steps": [
                                "Ask participants to estimate what share of their council's spending goes on buying works, goods and services from outside suppliers, and note the guesses on the board. Then explain that, according to the European Commission, public procurement accounts for around 14% of EU GDP: that is why the handbook treats it as a lever (10 min).",
                                "Give each group a list of ten typical contracts for a medium-sized town: school meals, cleaning of council buildings, park maintenance, bulky-waste collection, office supplies, IT equipment, street-lighting repairs, the cultural programme, home care for older people and work uniforms.",
                                "Using the sticky notes, groups decide for each contract whether SSE organisations could bid without difficulty (green), with support or as part of a consortium (yellow) or only with great difficulty (red), and give one reason (15 min).",
                                "Groups put their lists up on the wall and compare which contracts came out green for everyone and which ones split the room, and why (10 min).",
                                "Finish by noting the obstacles that came up, such as contract size, paperwork, guarantees or late payment: you will come back to them in activity 4 (10 min).",
                            ],
                            "teacher_tip": "Adult groups often include someone who has prepared a bid or sat on the other side of the table: invite them to share a short, concrete experience, but keep it to a couple of minutes.",
                        },
                    ),
                    (
                        "case_study",
                        {
                            "intro": "L'Établi du Lez is an example work-integration enterprise running a reuse and repair centre in Montpellier; its collection contract with the metropolitan authority includes a social clause. The group reads the story at the start of activity 2, and the contract serves as the model for the tender in session 2."
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Four tools, one case",
                            "duration": 75,
                            "group_size": "groups of 4 (jigsaw method)",
                            "materials": "copies of the L'Établi du Lez story, four fact sheets (one per tool), A3 paper",
                            "steps": [
                                "Everyone reads the L'Établi du Lez story on their own and underlines what the social clause achieves, according to Claire, the director (10 min).",
                                "Form ‘expert’ groups, each with a fact sheet prepared from section 8.4.4: social clauses, market reserve, sustainability criteria and public-community partnerships. Each group prepares a two-minute explanation with a definition, an example and a risk (20 min).",
                                "Re-form the groups so that each one has an expert on every tool; each expert explains theirs to the others (20 min).",
                                "The mixed groups apply the four tools to L'Établi du Lez's contract: which one is already there, which others the metropolitan authority could use, and what each would change for the enterprise and for residents (15 min).",
                                "Pool the answers and write on the board a one-line definition of each tool agreed by the whole group (10 min).",
                            ],
                            "teacher_tip": "Keep each fact sheet to one page and stick to the handbook's definitions, with one illustrative example; for law students, add the relevant article of the Directive or national law on the back.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "Drafting a responsible tender",
                            "duration": 70,
                            "group_size": "groups of 4 or 5",
                            "materials": "one-page tender template, A3 paper, marker pens, definitions agreed in session 1",
                            "steps": [
                                "Each group is the procurement team of a town of 60,000 people preparing a three-year contract for the collection and reuse of bulky items, similar to the one held by L'Établi du Lez (5 min).",
                                "Using the template, groups define the subject of the contract and decide whether to divide it into lots (for example collection, repair and resale, awareness workshops) so that small organisations can bid for part of it (15 min).",
                                "They draft a social clause with a measurable commitment, such as a percentage of working hours carried out by people on integration pathways, supported by a job coach (15 min).",
                                "They set the award criteria and their weighting: price, quality of the integration pathway, tonnes kept out of landfill, repair workshops for residents; price may not outweigh everything else put together (20 min).",
                                "Finally, they choose three indicators and a reporting date to check, while the contract is running, that the promised impact is delivered, as the handbook asks under transparency and monitoring (15 min).",
                            ],
                            "teacher_tip": "Groups often write vague clauses (‘the contractor will promote inclusion’). Ask every time how they would measure it and what would happen if it were not met.",
                        },
                    ),
                    (
                        "activity",
                        {
                            "title": "The tender evaluation panel",
                            "duration": 40,
                            "group_size": "groups of 4 or 5, swapping roles",
                            "materials": "tenders from activity 3, role cards, sticky notes",
                            "steps": [
                                "Groups swap tenders and each receives a role card: a large waste management company, a small work-integration enterprise, the council's legal department or a residents' association (5 min).",
                                "From that point of view, they read the tender they have received and note on sticky notes what works and what gets in the way: paperwork, guarantees, size of lots, deadlines, clarity of the criteria (15 min).",
                                "Each group gives the authors its two most important comments in two minutes, and the authors may reply briefly (10 min).",
                                "Gather on the board the changes that would open the tenders to small SSE organisations without breaching equal treatment, such as smaller lots, simpler forms, prompt payment or an information session for bidders (10 min).",
                            ],
                            "teacher_tip": "Make sure the legal department plays its role rigorously: social clauses must be linked to the subject of the contract and treat all bidders equally. That tension is part of the learning, not an obstacle to it.",
                        },
                    ),
                    (
                        "discussion",
                        {
                            "questions": [
                                "Should a share of public contracts be reserved for SSE organisations, as the handbook proposes, or is that unfair on other companies?",
                                "Who should check that a social clause is being honoured, and what should happen if it is not?",
                                "How can a small SSE organisation bid for public contracts without drowning in paperwork?",
                                "What would a public-community partnership look like in your area, and which service would you start with?",
                                "Claire says that, with the clause, public money ‘pays twice’. Do you agree? What might be missing from that calculation?",
                            ]
                        },
                    ),
                ],
                "worksheet": {
                    "title": "Student worksheet: the SSE and public procurement",
                    "filename": "worksheet-public-procurement",
                    "instructions": "Complete this worksheet on your own at the end of the two sessions. You may use the L'Établi du Lez story and your group's tender.",
                    "questions": [
                        "Define each of these in one sentence: social clause, reserved contract, sustainability criterion and public-community partnership.",
                        "According to its director, why does the social clause in L'Établi du Lez's contract matter?",
                        "Write a measurable social clause for a school meals contract.",
                        "Name two barriers that keep small SSE organisations out of public tenders, and one solution for each.",
                        "Suggest three indicators for monitoring the impact of a contract awarded to an SSE organisation.",
                    ],
                },
            },
        },
    },
]
