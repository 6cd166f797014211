"""Demo texts for the "Get involved" form, in each language as its readers would write it.

The fields are listed in the same order in every language; the Spanish labels
name the stored fields, the other languages only translate what people read.
"""

GET_INVOLVED = {
    "es": {
        "title": "Participa",
        "slug": "participa",
        "introduction": (
            "Recibe noticias de la economía social y solidaria, echa una mano como voluntaria "
            "o voluntario, o monta un puesto en un mercado social. Cuéntanos cómo quieres "
            "participar."
        ),
        "fields": [
            {"label": "Nombre", "help_text": "Opcional: cómo quieres que te llamemos."},
            {"label": "Correo electrónico", "help_text": ""},
            {
                "label": "¿Cómo quieres participar?",
                "help_text": "",
                "choices": (
                    "Recibir el boletín\nHacer voluntariado\nMontar un puesto en un mercado social"
                ),
            },
            {"label": "Mensaje", "help_text": "Opcional: tu idea, tu disponibilidad, tu barrio…"},
            {
                "label": (
                    "Acepto que Soleil guarde estos datos para responderme, como explica el "
                    "aviso de privacidad."
                ),
                "help_text": "",
            },
        ],
        "privacy_notice": (
            "<p><b>Qué guardamos:</b> lo que escribes en este formulario y la fecha de envío. "
            "No guardamos tu dirección IP ni nada que identifique tu dispositivo.</p>"
            "<p><b>Para qué:</b> solo para enviarte el boletín o responder a tu propuesta de "
            "voluntariado o de puesto. No lo compartimos con nadie ni lo enviamos a ningún "
            "servicio externo.</p>"
            "<p><b>Durante cuánto tiempo:</b> hasta que te des de baja y, como máximo, dos años "
            "después de tu último contacto.</p>"
            "<p><b>Tus derechos:</b> puedes pedir que veamos, corrijamos o borremos tus datos "
            "cuando quieras, escribiendo a privacidad@soleil.example; te responderemos en un "
            "plazo de un mes.</p>"
            "<p>Esta página usa una única cookie técnica que protege el formulario contra "
            "envíos falsificados; no contiene datos personales.</p>"
        ),
        "thank_you_text": (
            "<p>¡Gracias! Hemos recibido tu mensaje. Si has pedido el boletín, lo recibirás a "
            "partir del próximo número; si quieres hacer voluntariado o montar un puesto, te "
            "escribiremos pronto.</p>"
        ),
    },
    "fr": {
        "title": "Participer",
        "slug": "participer",
        "introduction": (
            "Recevez les nouvelles de l’économie sociale et solidaire, donnez un coup de main "
            "comme bénévole ou tenez un stand dans un marché solidaire. Dites-nous comment "
            "vous souhaitez participer."
        ),
        "fields": [
            {
                "label": "Nom",
                "help_text": "Facultatif : comment souhaitez-vous qu’on vous appelle ?",
            },
            {"label": "Adresse électronique", "help_text": ""},
            {
                "label": "Comment souhaitez-vous participer ?",
                "help_text": "",
                "choices": (
                    "Recevoir la lettre d’information\nDevenir bénévole\n"
                    "Tenir un stand dans un marché solidaire"
                ),
            },
            {
                "label": "Message",
                "help_text": "Facultatif : votre idée, vos disponibilités, votre quartier…",
            },
            {
                "label": (
                    "J’accepte que Soleil conserve ces données pour me répondre, comme "
                    "l’explique la notice de confidentialité."
                ),
                "help_text": "",
            },
        ],
        "privacy_notice": (
            "<p><b>Ce que nous conservons :</b> ce que vous écrivez dans ce formulaire et la "
            "date d’envoi. Nous ne conservons ni votre adresse IP ni rien qui identifie votre "
            "appareil.</p>"
            "<p><b>Pourquoi :</b> uniquement pour vous envoyer la lettre d’information ou "
            "répondre à votre proposition de bénévolat ou de stand. Nous ne les partageons avec "
            "personne et ne les envoyons à aucun service extérieur.</p>"
            "<p><b>Combien de temps :</b> jusqu’à votre désinscription et au plus deux ans après "
            "votre dernier contact.</p>"
            "<p><b>Vos droits :</b> vous pouvez demander à consulter, corriger ou effacer vos "
            "données à tout moment en écrivant à privacidad@soleil.example ; nous répondons "
            "sous un mois.</p>"
            "<p>Cette page utilise un seul cookie technique qui protège le formulaire contre "
            "les envois falsifiés ; il ne contient aucune donnée personnelle.</p>"
        ),
        "thank_you_text": (
            "<p>Merci ! Nous avons bien reçu votre message. Si vous avez demandé la lettre "
            "d’information, vous la recevrez dès le prochain numéro ; si vous souhaitez devenir "
            "bénévole ou tenir un stand, nous vous écrirons bientôt.</p>"
        ),
    },
    "en": {
        "title": "Get involved",
        "slug": "get-involved",
        "introduction": (
            "Get news of the social and solidarity economy, lend a hand as a volunteer, or run "
            "a stall at a social market. Tell us how you would like to take part."
        ),
        "fields": [
            {"label": "Name", "help_text": "Optional: what you would like us to call you."},
            {"label": "Email address", "help_text": ""},
            {
                "label": "How would you like to take part?",
                "help_text": "",
                "choices": ("Receive the newsletter\nVolunteer\nRun a stall at a social market"),
            },
            {
                "label": "Message",
                "help_text": "Optional: your idea, when you are free, where you live…",
            },
            {
                "label": (
                    "I agree that Soleil keeps these details to answer me, as the privacy "
                    "notice explains."
                ),
                "help_text": "",
            },
        ],
        "privacy_notice": (
            "<p><b>What we keep:</b> what you write in this form and the date you sent it. We "
            "do not keep your IP address or anything that identifies your device.</p>"
            "<p><b>Why:</b> only to send you the newsletter or to answer your offer to "
            "volunteer or run a stall. We share it with no one and send it to no outside "
            "service.</p>"
            "<p><b>For how long:</b> until you unsubscribe, and at most two years after your "
            "last contact with us.</p>"
            "<p><b>Your rights:</b> you can ask to see, correct or delete your details at any "
            "time by writing to privacidad@soleil.example; we answer within a month.</p>"
            "<p>This page uses a single technical cookie that protects the form against forged "
            "submissions; it holds no personal data.</p>"
        ),
        "thank_you_text": (
            "<p>Thank you! We have received your message. If you asked for the newsletter, it "
            "will reach you from the next issue; if you would like to volunteer or run a "
            "stall, we will write to you soon.</p>"
        ),
    },
}

# What each field is, the same in every language (the labels above say it to people).
FIELD_TYPES = [
    {"field_type": "singleline", "required": False},
    {"field_type": "email", "required": True},
    {"field_type": "radio", "required": True},
    {"field_type": "multiline", "required": False},
    {"field_type": "checkbox", "required": True},
]
