/**
 * Generated from shared/api/openapi.json by `npm run openapi` (openapi-typescript).
 * Do not edit: change the routes in central-api/src/routes and regenerate.
 */

export interface paths {
    "/v1/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Liveness check (no auth) */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/terminals/enrol": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enrol a terminal: its own long-lived secret and a first short-lived access token
         * @description With a shared enrolmentToken: a label not enrolled yet only (an enrolled label answers 409 terminal_already_enrolled). With an enrolmentCode IT issued for the label: enrols it, or re-enrols it, which replaces its secret and revokes its tokens and sessions. Refusals are counted per source address: past the limit, 429 with Retry-After.
         */
        post: operations["enrolTerminal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/terminals/token": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange the terminal's own secret for a short-lived access token */
        post: operations["terminalToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/terminals/heartbeat": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Tell the central API the terminal is alive
         * @description Idempotent by nature (it sets the latest values): a retry with the same Idempotency-Key does the same again, so the key is accepted and not stored. The answer carries the commands waiting for the terminal.
         */
        post: operations["terminalHeartbeat"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/terminals/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The terminal's pending remote commands (a long poll)
         * @description Answers at once when a command the terminal does not hold yet is pending, else holds the request up to waitSeconds and answers as soon as one is queued (an empty list when none came). One open request per terminal carries remote commands within a second, without a poll every few seconds from thousands of terminals.
         */
        get: operations["waitTerminalCommands"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/terminals/commands/{commandId}/ack": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The terminal carried a command out (or could not) */
        post: operations["ackTerminalCommand"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/fleet/terminals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every terminal with its state, health and alerts
         * @description Online when a heartbeat came within 180 s. Alerts: offline longer than FLEET_OFFLINE_ALERT_MINUTES, oldest queued item older than FLEET_QUEUE_ALERT_HOURS, items needing attention. A responsable sees their agency only.
         */
        get: operations["fleetTerminals"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/fleet/terminals/{terminalId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One terminal: its state, the configuration pushed to it, its last commands */
        get: operations["fleetTerminal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/fleet/stream": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Server-sent events: `terminals` with the list, then the terminals that changed
         * @description Events are `{ type, data }`. The first `terminals` event carries the whole list, each later one the FleetTerminal rows that changed in the last second (heartbeats, acknowledged commands, IT actions), and every 30 s the whole list, so that terminals going quiet turn offline on screen too.
         */
        get: operations["fleetStream"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/fleet/terminals/{terminalId}/commands": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * End the visit, relaunch, put out of service or back in service (IT)
         * @description Queued and delivered to the terminal within seconds (its command wait), or when it comes back online. Out of service wipes any visit first. Audited.
         */
        post: operations["fleetRemoteAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/fleet/terminals/{terminalId}/config": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Push a configuration change to a terminal (IT)
         * @description Checked against the kiosk's own config schema (shared/config/pushable.ts): visit durations, keyboard, locale. Refused with 400 invalid_config and the reason otherwise. The terminal applies it between visits and reports the version it runs.
         */
        post: operations["fleetConfigPush"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a job seeker in on this terminal
         * @description Unknown identifiant, wrong password and wrong code postal all give the same 401 invalid_credentials, in the same time. A sent registration not yet validated signs in with access "provisional" (its own registration, documents, CVs); a draft in progress gets 403 account_pending. The right identifiant and password of an employer space (entreprise or particulier employeur, whatever the code postal) give 403 employer_space: those spaces sign in at POST /v1/employer-sessions, and the kiosk then points to its employer door. After 5 failures in a row an identifiant (known or not) is locked for 15 minutes: 429 account_locked with retryAfterSeconds and Retry-After. A terminal may try 30 sign-ins a minute (429 rate_limited). The answer carries a submission grant (72 h) for the outbox.
         */
        post: operations["signIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/sessions/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the user token
         * @description Answers 204 even when the user token is already revoked, expired or unknown, so it is safe to repeat. No body is needed.
         */
        post: operations["signOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's display profile */
        get: operations["getMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assist-requests": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Call an adviser to this terminal
         * @description Records the terminal, the screen and the times only: no personal data.
         */
        post: operations["createAssistRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assist-requests/{requestId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a call for an adviser
         * @description Only the terminal that made the request may withdraw it. Answers 204 when it was already withdrawn, so it is safe to repeat.
         */
        post: operations["cancelAssistRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/assist-requests/{requestId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Where a call for an adviser stands (the terminal asks every few seconds)
         * @description Only the terminal that made the request may read it (another terminal's is 404). Once an adviser has taken it, their first name, so the kiosk says who is coming.
         */
        get: operations["getAssistRequestStatus"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actualisations/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The period to declare now, its window, and the declaration if already made */
        get: operations["getCurrentActualisation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actualisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare the month's situation (once per period)
         * @description The reference is made by the kiosk so a receipt can be printed before delivery. The same reference again for the same user and period answers the stored declaration (a redelivery).
         */
        post: operations["createActualisation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The documents this user sent, newest first, with their status */
        get: operations["listDocuments"];
        put?: never;
        /**
         * Send a scanned document (PDF from a completed upload)
         * @description The reference is made by the kiosk (so a receipt can be printed before delivery); the same user cannot use one twice.
         */
        post: operations["createDocument"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Letters sent to this user, newest first */
        get: operations["listLetters"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/letters/{letterId}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A letter's PDF (base64) */
        get: operations["getLetterPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/appointments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** This user's appointments, in date order */
        get: operations["listAppointments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/adviser": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The user's adviser and agency contact details */
        get: operations["getAdviser"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rome/version": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Version of the ROME index this server serves */
        get: operations["getRomeVersion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/rome/index": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The compact ROME index (appellations, fiches, skills)
         * @description Source : France Travail, ROME 4.0, Licence Ouverte 2.0. Appellations are tuples [label, code ROME, code OGR, rare (0|1)].
         */
        get: operations["getRomeIndex"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offres/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Search the offers: by title, code ROME, domaine, place and filters
         * @description Exact matches (the appellation, then the other appellations of its code ROME) come before close ones (same domaine professionnel, lower relevance); 150 at most, paged. A read sent as POST so that the criteria stay out of URLs and logs; like every POST it honours an Idempotency-Key (the answer is replayed).
         */
        post: operations["searchOffres"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/offres/{numero}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One offer by its number (search by number, and the detail) */
        get: operations["getOffre"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/classeur": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The offers the signed-in job seeker saved, newest first
         * @description An offer filled or withdrawn since it was saved leaves the classeur on this read and is listed once in `removed`, so the kiosk can say so.
         */
        get: operations["getClasseur"];
        put?: never;
        /** Save an open offer in the classeur (saving it again changes nothing) */
        post: operations["saveOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/classeur/{numero}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an offer out of the classeur */
        post: operations["removeSavedOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/alertes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The e-mail alerts of the signed-in job seeker; viewing them renews them
         * @description Each alert is active for 3 months; this read (the person viewing their alerts) starts the 3 months again for every one of them, as the seed describes.
         */
        get: operations["listOfferAlerts"];
        put?: never;
        /**
         * Save search criteria as an e-mail alert, active for 3 months
         * @description The criteria are checked as a search is (a place or a job title that does not exist is refused); the new offers matching them are e-mailed by the alert mailing job (outgoing_emails, kind offer_alert).
         */
        post: operations["createOfferAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/alertes/{id}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Delete an e-mail alert */
        post: operations["deleteOfferAlert"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/candidatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in job seeker’s applications, newest first, with the offer’s state */
        get: operations["listApplications"];
        put?: never;
        /**
         * Apply to an offer with one of the user’s published CVs
         * @description The reference is made by the kiosk so a receipt can be printed before delivery; the same reference again answers the recorded application (a redelivery). One application per offer and person. Only an offer open to online applications, and a CV put online in the CV bank, as the seed says.
         */
        post: operations["applyToOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cvs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in user's CVs */
        get: operations["listCvs"];
        put?: never;
        /** Create or update a CV draft (the kiosk chooses the id) */
        post: operations["saveCv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cvs/{cvId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One CV with its content */
        get: operations["getCv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cvs/{cvId}/status": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish in the CV bank, take back to draft, or suspend */
        post: operations["setCvStatus"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cvs/{cvId}/delete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete a CV (and its e-mail requests)
         * @description The user only, signed in (X-User-Token): a submission grant may submit but never delete.
         */
        post: operations["deleteCv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/cvs/{cvId}/email": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for the CV to be e-mailed as a PDF to the user
         * @description Recorded for the mail service; the reference server sends no e-mail. The user only, signed in (X-User-Token; a submission grant is refused), and only to an address on file: the account’s e-mail or the one written in this CV. Any other address: 403 email_not_on_file.
         */
        post: operations["emailCv"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identifiants/availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Whether an identifiant may be chosen at registration
         * @description format_invalid when it breaks the identifiant rules; taken when a user or employer account has it.
         */
        post: operations["identifiantAvailability"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/identifiant-reminders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgotten identifiant: sends it to the account holder, by e-mail or by post
         * @description Nom, prénom and code postal name the account (accents and capitals ignored). The identifiant is never in the answer: a reminder is recorded for the mailer (outgoing_emails, kind identifiant_reminder), by e-mail when one is known and asked for, else by post. The answer is the same 202 whether an account matched or not, so it tells nobody who has an account.
         */
        post: operations["remindIdentifiant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a registration: the chosen access codes create a pending account
         * @description The answer holds a draft token (a session of the pending account) that authorises saving the draft. 409 identifiant_taken.
         */
        post: operations["createRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "Reprendre mon inscription": identifiant + mot de passe of a draft under 15 days
         * @description A wrong identifiant or password, or an account without a draft, give the same 401 invalid_credentials. 410 registration_expired, 409 registration_not_draft (already sent: sign in with the same codes, POST /v1/sessions). Failures count with sign-in’s: 5 in a row lock the identifiant for 15 minutes (429 account_locked), and a terminal may try 30 a minute (429 rate_limited).
         */
        post: operations["resumeRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{reference}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Save one section of the draft (sent through the kiosk outbox) */
        post: operations["saveRegistrationDraft"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{reference}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send the completed registration (every section saved)
         * @description 409 registration_incomplete names the first missing section.
         */
        post: operations["submitRegistration"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/mine": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The signed-in person’s sent registration: reference, name, appointment and agency
         * @description For a session opened with provisional codes (a sent registration not yet validated): what the kiosk shows on their space and prints on the receipt. 404 registration_not_found when the user has no sent registration.
         */
        get: operations["getMyRegistration"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{reference}/appointment-slots": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The three registration appointments proposed for a sent registration */
        get: operations["listAppointmentSlots"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/registrations/{reference}/appointment": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Book one of the three proposed slots
         * @description 409 slot_unavailable when the slot is not one of those proposed now.
         */
        post: operations["bookAppointment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/password-resets/question": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The secret question of an identifiant, to reset a forgotten password
         * @description An unknown identifiant gets a question too, always the same for that identifiant, so the answer does not tell whether it exists. An account without a secret question gets null: its holder is told to ask at the reception desk, rather than shown a question nobody can answer.
         */
        post: operations["secretQuestionFor"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/password-resets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Forgotten password: the right secret answer sends a temporary password by e-mail
         * @description The temporary password is never in the answer: it is recorded for the mailer (outgoing_emails, sealed with the mail key) and must be changed at the next sign-in; the old password stays valid until the temporary one is used (72 h). Sent by e-mail, the answer names the address masked (maskedEmail, "c…@l…fr") so the user knows where to look. Unknown identifiant and wrong answer give the same 401 invalid_credentials. After 5 wrong answers in a row an identifiant is locked for 15 minutes (429 account_locked); a terminal may try 30 guarded attempts a minute (429 rate_limited).
         */
        post: operations["resetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the signed-in user’s password (required after a temporary one)
         * @description 401 invalid_credentials when the current password is wrong; 400 password_policy when the new one breaks the policy.
         */
        post: operations["changePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webauthn/registration/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Options to register the signed-in user's security key */
        post: operations["webauthnRegistrationOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webauthn/registration/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Verify and store the new security key
         * @description 401 webauthn_refused when the answer does not verify (user verification included).
         */
        post: operations["webauthnRegister"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webauthn/authentication/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Options for a passwordless sign-in (discoverable credential, no identifiant) */
        post: operations["webauthnAuthenticationOptions"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webauthn/authentication/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in with a security key: answers like POST /v1/sessions
         * @description 401 webauthn_refused for an unknown key, a replayed challenge or a failed verification.
         */
        post: operations["webauthnSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/establishments/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The establishment (extrait Kbis) of a SIRET
         * @description 400 when the SIRET breaks Luhn (La Poste: sum of digits multiple of 5); 404 establishment_not_found.
         */
        post: operations["lookupEstablishment"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/entreprise": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create an entreprise account attached to a confirmed establishment
         * @description The account stays pending_adviser until an adviser certifies it. 409 identifiant_taken.
         */
        post: operations["createEntrepriseAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/anti-robot/challenges": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A contrôle de sécurité question (or a new one in place of `replaces`)
         * @description Words and category are catalogue ids; the answer stays here. 5 changes per first question; 409 no_more_changes after that.
         */
        post: operations["createAntiRobotChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/anti-robot/challenges/{challengeId}/answer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the answer: a pass token, or a fresh question after a wrong answer
         * @description One answer per question. passed: true carries a one-time passToken (30 minutes) for POST /v1/employers/particulier; passed: false carries the next question.
         */
        post: operations["answerAntiRobotChallenge"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employers/particulier": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Create a particulier employeur space (after the contrôle de sécurité)
         * @description Assigns the identifiant and a temporary password, both only e-mailed (confirm_email, then identifiant and temporary_password once the address is confirmed). The space stays pending_adviser until an adviser certifies it. 403 anti_robot_required; 409 account_exists (a space already has this NIR).
         */
        post: operations["createParticulierAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employer-sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign an employer space in on this terminal
         * @description Unknown identifiant and wrong password give the same 401 invalid_credentials in the same time (a job seeker’s codes too: this door is for employer spaces only). After 5 failures in a row an identifiant is locked for 15 minutes (429 account_locked); a terminal may try 30 sign-ins a minute (429 rate_limited). mustChangePassword: the password is temporary, only POST /v1/employer/password is open until it is replaced.
         */
        post: operations["employerSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employer-sessions/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Revoke the employer token
         * @description Answers 204 even when the token is already revoked, expired or unknown.
         */
        post: operations["employerSignOut"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employer/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in employer space: kind, certification, name, establishment */
        get: operations["employerMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employer/password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change the employer’s password (required after a temporary one)
         * @description 401 invalid_credentials when the current password is wrong (not asked after a temporary one); 400 password_policy when the new one breaks the policy.
         */
        post: operations["employerChangePassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employer/offres": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** « Mes offres »: the employer’s offers, their status and candidatures */
        get: operations["listEmployerOffers"];
        put?: never;
        /**
         * Publish an offer: it waits for an adviser’s validation (status pending)
         * @description 403 certification_required (an entreprise not certified yet) or employer_kind_forbidden (a particulier employeur); 400 unknown_appellation, unknown_place, salary_order. The kiosk outbox sends X-Employer-Grant once the visit is over.
         */
        post: operations["publishEmployerOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employer/offres/{numero}/candidatures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** « Candidatures reçues » for one of the employer’s offers */
        get: operations["listReceivedCandidatures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/employer/offres/{numero}/candidatures/{id}/cv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The CV a candidate sent with a candidature, as sent */
        get: operations["getCandidatureCv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/situation-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Declare a change of situation (new job, training, leave, move, absence)
         * @description The reference is made by the kiosk so a receipt can be printed before delivery; the same reference again answers the stored change (a redelivery). The same kind and start date under another reference is refused: 409 already_declared. 400 invalid_request names the field whose date rule is broken (end before start, an absence of 7 days or less, a start too far ahead).
         */
        post: operations["declareSituationChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/actualisations/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The declarations of the last 12 periods, newest first */
        get: operations["getActualisationHistory"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rights, the next payment and the payments of the last 12 months */
        get: operations["getPayments"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/dashboard-summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What the dashboard says first: next payment, unread letters, next appointment */
        get: operations["getDashboardSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attestations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Issue an attestation (paiement, inscription, fiscale, droits) as a PDF */
        post: operations["createAttestation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attestations/{reference}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of this user's attestations again, to print it (base64) */
        get: operations["getAttestationPdf"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/attestations/{reference}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * For a third party: is this attestation authentic, and when was it issued
         * @description No authentication: a CAF, a landlord or the tax office types the reference and the code printed on the attestation. The answer says nothing about the person. Limited per client address.
         */
        get: operations["verifyAttestation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/profil": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in job seeker’s coordonnées, bank account (masked) and secret question */
        get: operations["getProfil"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/me/profil/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Change one part of the profile (address, phone, e-mail, bank account, secret question)
         * @description The reference is made by the kiosk so a receipt can be printed before delivery; the same reference again answers the recorded change (a redelivery). A new address also becomes the code postal to sign in with. A new e-mail address is recorded for the mailer with a confirmation link (POST /v1/email-confirmations) and replaces the old one only when confirmed. A new bank account is checked for RIB_CHECK_HOURS before payments go to it.
         */
        post: operations["createProfilChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/email-confirmations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * The link in the confirmation message: the new e-mail address replaces the old one
         * @description Called by the web page the link opens (not by the kiosk). An unknown, used or expired token gives 404 confirmation_unknown and says nothing more.
         */
        post: operations["confirmEmail"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/sessions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign a staff member in to the console (sets the ft_staff cookie)
         * @description An unknown identifiant and a wrong password give the same 401 invalid_credentials, in the same time. After 5 failures in a row an identifiant (known or not) is locked for 15 minutes: 429 account_locked with retryAfterSeconds. 20 attempts a minute per source address (429 rate_limited). The session lasts 8 hours; its token is only in the HttpOnly cookie.
         */
        post: operations["staffSignIn"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/sessions/current": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Sign the staff member out (revokes the session, clears the cookie)
         * @description Answers 204 even without a live session, so it is safe to repeat.
         */
        delete: operations["staffSignOut"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in staff member: name, role, agency */
        get: operations["staffMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/assist-requests/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Live help requests (text/event-stream)
         * @description Server-sent events, each `data:` a JSON `{ type, data }`: first `snapshot` ({ now, requests }: the open requests the staff member may see, oldest first), then `assist-request` (a StaffAssistRequest) whenever one is created, taken, closed or withdrawn. The stream ends when the session does.
         */
        get: operations["staffAssistEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/assist-requests/{requestId}/take": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "J'arrive": take a help request (the first adviser wins)
         * @description The terminal then shows that an adviser is coming, with their first name. Taking again one's own request answers it unchanged; one taken by someone else answers 409 assist_request_taken; closed or withdrawn, 409 assist_request_closed.
         */
        post: operations["staffTakeAssistRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/assist-requests/{requestId}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * "Terminer": close a help request (records how long it took)
         * @description Closes a waiting or taken request (the person may have left). Closing again answers it unchanged; a withdrawn one is 409 assist_request_closed.
         */
        post: operations["staffCloseAssistRequest"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/updates/{file}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * electron-updater's generic feed: the channel file or a release's installer
         * @description latest.yml (Windows) or latest-linux.yml: the rollout release when this terminal is in the staged rollout (a stable hash of its id below the percentage, its agency among the chosen ones), otherwise the version it runs. Any other name: the installer of that name.
         */
        get: operations["getUpdateFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/kiosk-advisers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The advisers of this terminal's agency who can unlock adviser mode
         * @description Staff of the terminal agency with a kiosk code (conseiller, responsable), by name. Empty for a terminal without an agency.
         */
        get: operations["listKioskAdvisers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/kiosk-unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An adviser unlocks adviser mode on this terminal with their kiosk code
         * @description The code is checked here (argon2id); the terminal stores no staff secret. An adviser of another agency than the terminal's gets 403. 10 codes a minute per terminal (429 rate_limited); 5 wrong codes in a row lock that adviser's code for 15 minutes (429 account_locked). Every attempt is audited. The token lasts 15 minutes and is bound to this terminal.
         */
        post: operations["unlockAdviserMode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/kiosk-actions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * An action taken in adviser mode, checked and audited under the adviser
         * @description The terminal sends it before acting (extend the visit, pause or resume the idle timer, explain a step) or as it acts (end the visit, leave adviser mode: both end the adviser-mode session). 401 invalid_adviser_token when the token is unknown, of another terminal, expired or ended.
         */
        post: operations["recordAdviserModeAction"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/offres/{numero}/validate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Validate an employer’s pending offer: it is published
         * @description 404 offer_not_found; 409 offer_not_pending (already validated, filled or withdrawn). Requires X-Staff-Console: 1.
         */
        post: operations["validateOffer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/enrolment-codes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue a one-time enrolment code for one terminal (IT)
         * @description Valid 24 h, for this label only; an earlier unused code of the label stops working. For an enrolled label, using the code re-enrols the terminal: its secret, tokens and sessions are revoked.
         */
        post: operations["issueEnrolmentCode"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/enrolment-alerts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Refused terminal enrolments and throttled addresses, last 24 hours (IT) */
        get: operations["enrolmentAlerts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/{uploadId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which chunks the server already has (to resume) */
        get: operations["getUpload"];
        /**
         * Start a chunked upload under an id chosen by the kiosk
         * @description Idempotent: the same id with the same size and sha256 answers the current state, so an outbox can resume after a restart with only the id it stored.
         */
        put: operations["createUpload"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/{uploadId}/chunks/{index}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Store one chunk (idempotent: the same bytes may be sent again) */
        put: operations["putUploadChunk"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/uploads/{uploadId}/complete": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Assemble the chunks; the whole-file sha256 must match */
        post: operations["completeUpload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/releases/{platform}/{version}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Upload a kiosk installer (IT): the body is the file itself
         * @description application/octet-stream, at most 600 MB. The server names the file and computes its sha512. The same file again answers 200; another file for a version already uploaded, 409.
         */
        put: operations["uploadRelease"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/updates/rollout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the staged rollout (IT): which version, to what share of which agencies
         * @description A terminal is offered the version when a stable hash of its id (and the version) falls below the percentage and its agency is among agencyCodes (null: every agency). Raising the percentage only adds terminals.
         */
        put: operations["setRollout"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/staff/updates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Releases, the rollout in force and how many terminals run each version (IT) */
        get: operations["getUpdatesOverview"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** @description Every 4xx and 5xx body. `message` is an English reason without personal data. */
        Error: {
            code: string;
            message: string;
            /** @description On 429 (rate_limited, account_locked): seconds to wait; also in Retry-After. */
            retryAfterSeconds?: number;
        };
        ActualisationEmployeur: {
            nom: string;
            heures: number;
            brutCentimes: number;
        };
        /** @description The eight questions in order; employeurs after travail, dates after arretMaladie and maternite. */
        ActualisationAnswers: {
            formation: boolean;
            travail: boolean;
            employeurs: components["schemas"]["ActualisationEmployeur"][];
            stage: boolean;
            arretMaladie: boolean;
            arretMaladieDates: {
                /** Format: date */
                debut: string;
                /** Format: date */
                fin: string;
            } | null;
            maternite: boolean;
            materniteDates: {
                /** Format: date */
                debut: string;
                /** Format: date */
                fin: string;
            } | null;
            retraite: boolean;
            invalidite: boolean;
            rechercheEmploi: boolean;
        };
        Actualisation: {
            reference: string;
            period: string;
            answers: components["schemas"]["ActualisationAnswers"];
            /** Format: date-time */
            submittedAt: string;
        };
        /** @description The period by the server clock: the open window, or when closed the next one. declaration: present when already declared. */
        ActualisationCurrent: {
            period: string;
            open: boolean;
            /** Format: date-time */
            opensAt: string;
            /** Format: date-time */
            closesAt: string;
            declaration?: components["schemas"]["Actualisation"];
        };
        UploadState: {
            uploadId: string;
            size: number;
            /** @description Every chunk but the last has exactly this size */
            chunkSize: number;
            chunkCount: number;
            /** @description Chunk indexes stored */
            received: number[];
            complete: boolean;
        };
        DocumentCreated: {
            documentId: string;
            reference: string;
            /** @enum {string} */
            status: "recu" | "en_cours" | "traite" | "refuse";
        };
        SentDocument: {
            id: string;
            reference: string;
            /** @enum {string} */
            type: "bulletin_salaire" | "arret_travail" | "attestation_employeur" | "piece_identite" | "rib" | "justificatif_domicile" | "autre";
            month?: string;
            description?: string;
            pages: number;
            /** @enum {string} */
            status: "recu" | "en_cours" | "traite" | "refuse";
            /** @description Why it was refused (refuse only) */
            reason?: string;
            /** Format: date-time */
            sentAt: string;
        };
        SentDocumentList: {
            documents: components["schemas"]["SentDocument"][];
        };
        Letter: {
            id: string;
            title: string;
            /** Format: date-time */
            sentAt: string;
            pages: number;
        };
        LetterList: {
            letters: components["schemas"]["Letter"][];
        };
        LetterPdf: {
            pdfBase64: string;
        };
        Appointment: {
            id: string;
            /** Format: date-time */
            at: string;
            durationMinutes: number;
            subject: string;
            place: string;
            withWhom: string;
            /** @enum {string} */
            mode: "agence" | "telephone" | "visio";
            upcoming: boolean;
        };
        AppointmentList: {
            appointments: components["schemas"]["Appointment"][];
        };
        AdviserContact: {
            name: string;
            agency: string;
            address: string;
            postalCode: string;
            town: string;
            phone: string;
            hours: string;
        };
        AssistRequestCreated: {
            requestId: string;
        };
        StaffAssistRequest: {
            requestId: string;
            terminalLabel: string;
            agencyCode: string | null;
            /** @description The kiosk's screen, kebab case (e.g. password-forgotten) */
            screen: string;
            /** Format: date-time */
            receivedAt: string;
            /** @enum {string} */
            state: "waiting" | "taken" | "closed" | "cancelled";
            /** Format: date-time */
            takenAt: string | null;
            takenBy: {
                identifiant: string;
                nom: string;
            } | null;
            /** Format: date-time */
            closedAt: string | null;
        };
        AssistRequestStatus: {
            /** @enum {string} */
            state: "waiting" | "taken" | "closed" | "cancelled";
            adviserPrenom: string | null;
        };
        StaffMe: {
            identifiant: string;
            nom: string;
            /** @enum {string} */
            role: "conseiller" | "responsable" | "it";
            agencyCode: string | null;
            agencyNom: string | null;
        };
        /** @description The content of a CV (shared/domain/cv). */
        CvContent: {
            target: {
                appellation: {
                    codeOgr: number;
                    label: string;
                    rome: string;
                } | null;
                places: {
                    /** @enum {string} */
                    kind: "commune" | "departement" | "region";
                    code: string;
                    label: string;
                }[];
                contracts: ("CDI" | "CDD" | "MIS" | "SAI" | "ALT" | "LIB")[];
                workingTimes: ("plein" | "partiel")[];
            };
            title: string;
            accroche: string;
            contact: {
                email: string;
                telephone: string;
            };
            experiences: {
                id: string;
                job: string;
                employer: string;
                place: string;
                start: {
                    month: number;
                    year: number;
                } | null;
                end: {
                    month: number;
                    year: number;
                } | null;
                tasks: string;
            }[];
            formations: {
                id: string;
                title: string;
                school: string;
                place: string;
                start: {
                    month: number;
                    year: number;
                } | null;
                end: {
                    month: number;
                    year: number;
                } | null;
                obtained: boolean;
            }[];
            languages: {
                name: string;
                /** @enum {string} */
                level: "notions" | "intermediaire" | "courant" | "bilingue" | "maternelle";
            }[];
            licences: ("AM" | "A1" | "A2" | "A" | "B" | "BE" | "C1" | "C" | "CE" | "D1" | "D" | "DE")[];
            skills: {
                rome: string[];
                free: string[];
            };
            interests: string[];
            layout: {
                model: 1 | 2 | 3;
                /** @enum {string} */
                order: "experience" | "formation";
            };
            publication: {
                published: boolean;
                shareContact: boolean;
            };
        };
        CvSummary: {
            cvId: string;
            title: string;
            rome: string | null;
            appellation: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "suspended";
            /** @enum {string} */
            step: "cible" | "informations" | "miseEnPage" | "miseEnLigne";
            percent: number;
            /** Format: date-time */
            updatedAt: string;
        };
        CvList: {
            cvs: components["schemas"]["CvSummary"][];
            max: number;
        };
        Cv: {
            cvId: string;
            title: string;
            rome: string | null;
            appellation: string | null;
            /** @enum {string} */
            status: "draft" | "published" | "suspended";
            /** @enum {string} */
            step: "cible" | "informations" | "miseEnPage" | "miseEnLigne";
            percent: number;
            /** Format: date-time */
            updatedAt: string;
            content: components["schemas"]["CvContent"];
            /** Format: date-time */
            createdAt: string;
        };
        CvDeleted: {
            cvId: string;
            /** @enum {boolean} */
            deleted: true;
        };
        CvEmailRecorded: {
            requestId: string;
        };
        RomeVersion: {
            version: string;
        };
        RomeIndex: {
            version: string;
            attribution: string;
            /** @description [libellé, code ROME, code OGR, 1 when rarely used] */
            appellations: unknown[][];
            romes: {
                [key: string]: string;
            };
            skills: string[];
            romeSkills: {
                [key: string]: number[];
            };
        };
        OfferResults: {
            exactCount: number;
            closeCount: number;
            truncated: boolean;
            page: number;
            pageCount: number;
            appellation: {
                codeOgr: number;
                label: string;
                rome: string;
            } | null;
            reference: string | null;
            offres: {
                numero: string;
                title: string;
                employer: string | null;
                commune: string;
                departement: string;
                distanceKm: number | null;
                /** @enum {string} */
                contract: "CDI" | "CDD" | "MIS" | "SAI" | "ALT";
                /** Format: date-time */
                publishedAt: string;
                relevance: number;
                /** @enum {string} */
                match: "exact" | "close";
            }[];
        };
        OfferDetail: {
            numero: string;
            title: string;
            rome: string;
            romeLabel: string;
            employer: string | null;
            commune: string;
            departement: string;
            /** @enum {string} */
            contract: "CDI" | "CDD" | "MIS" | "SAI" | "ALT";
            durationMonths: number | null;
            /** @enum {string} */
            workingTime: "plein" | "partiel";
            hoursPerWeek: number;
            salaryMin: number | null;
            salaryMax: number | null;
            experienceYears: number;
            skills: string[];
            description: string;
            /** @enum {string} */
            applyMode: "online" | "email" | "agency";
            applyContact: string | null;
            /** Format: date-time */
            publishedAt: string;
        };
        Classeur: {
            offres: {
                numero: string;
                title: string;
                employer: string | null;
                commune: string;
                departement: string;
                /** @enum {string} */
                contract: "CDI" | "CDD" | "MIS" | "SAI" | "ALT";
                /** Format: date-time */
                publishedAt: string;
                /** Format: date-time */
                savedAt: string;
            }[];
            removed: {
                numero: string;
                title: string;
                /** @enum {string} */
                reason: "filled" | "withdrawn";
            }[];
        };
        ClasseurSaved: {
            numero: string;
            /** Format: date-time */
            savedAt: string;
        };
        ClasseurRemoved: {
            numero: string;
            /** @enum {boolean} */
            removed: true;
        };
        OfferAlerts: {
            alertes: components["schemas"]["OfferAlert"][];
        };
        OfferAlert: {
            id: string;
            nom: string;
            email: string;
            criteria: {
                appellation?: number;
                texte?: string;
                rome?: string;
                domaine?: string;
                lieu?: {
                    /** @enum {string} */
                    kind: "commune" | "departement" | "region";
                    code: string;
                };
                rayonKm?: number;
                contrats?: ("CDI" | "CDD" | "MIS" | "SAI" | "ALT")[];
                /** @enum {string} */
                tempsTravail?: "plein" | "partiel";
                experienceMaxAns?: number;
                publieDepuisJours?: number;
                motsCles?: string[];
                strictement?: boolean;
            };
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            expiresAt: string;
        };
        OfferAlertDeleted: {
            id: string;
            /** @enum {boolean} */
            deleted: true;
        };
        ApplicationRecorded: {
            reference: string;
            numero: string;
            title: string;
            /** Format: date-time */
            sentAt: string;
        };
        Applications: {
            candidatures: {
                reference: string;
                numero: string;
                title: string;
                employer: string | null;
                commune: string;
                sentAt: string;
                /** @enum {string} */
                status: "envoyee" | "en_cours" | "offre_fermee";
            }[];
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        Payment: {
            id: string;
            /** @description The month this payment is for */
            period: string;
            paidOn: string;
            /** @enum {string} */
            allocation: "ARE" | "ASS" | "AREF";
            /** @description Days paid in the month */
            days: number;
            /** @description Before deductions */
            grossCentimes: number;
            /** @description Pension contribution, CSG and CRDS withheld */
            deductionsCentimes: number;
            /** @description What reached the bank account */
            netCentimes: number;
        };
        AllocationRights: {
            /** @enum {string} */
            allocation: "ARE" | "ASS" | "AREF";
            /** @enum {string} */
            status: "open" | "suspended" | "closed";
            /** @enum {string} */
            suspensionReason?: "documentMissing" | "actualisationMissing" | "control";
            suspendedOn?: string;
            dailyGrossCentimes: number;
            dailyNetCentimes: number;
            openedOn: string;
            /** @description Last day paid if every remaining day is paid */
            endsOn: string;
            daysTotal: number;
            daysRemaining: number;
        };
        NextPayment: {
            /** @enum {string} */
            state: "scheduled";
            period: string;
            date: string;
        } | {
            /** @enum {string} */
            state: "declareFirst";
            period: string;
            closesAt: string;
        };
        PaymentsOverview: {
            /** @description Registered as a job seeker since */
            registeredOn: string | null;
            /** @description null: no allowance */
            rights: components["schemas"]["AllocationRights"] | null;
            nextPayment: components["schemas"]["NextPayment"] | null;
            /** @description Newest first, the last 12 months */
            payments: components["schemas"]["Payment"][];
            /** @description The last four digits of the bank account paid, never the whole IBAN */
            paidToLast4: string | null;
        };
        DashboardSummary: {
            nextPayment: components["schemas"]["NextPayment"] | null;
            /** @enum {string|null} */
            rightsStatus: "open" | "suspended" | "closed" | null;
            unreadLetters: number;
            nextAppointmentAt: string | null;
        };
        AttestationIssued: {
            reference: string;
            /** @enum {string} */
            kind: "paiement" | "inscription" | "fiscale" | "droits";
            issuedAt: string;
            pdfBase64: string;
        };
        AttestationPdf: {
            pdfBase64: string;
        };
        AttestationVerification: {
            valid: boolean;
            /**
             * @description When valid
             * @enum {string}
             */
            kind?: "paiement" | "inscription" | "fiscale" | "droits";
            /** @description When valid */
            issuedAt?: string;
        };
        EmployerSpace: {
            /** @enum {string} */
            kind: "entreprise" | "particulier";
            /** @enum {string} */
            certification: "pending_adviser" | "certified";
            name: string;
            establishment: string | null;
            mustChangePassword: boolean;
        };
        EmployerSessionCreated: {
            /** @description Sent as X-Employer-Token on the employer routes */
            employerToken: string;
            /** @description Sent as X-Employer-Grant by the kiosk outbox to deliver an offer after the visit: this terminal, 72 h, POST /v1/employer/offres only */
            employerGrant: string;
            expiresInSeconds: number;
            space: components["schemas"]["EmployerSpace"];
        };
        OfferPublished: {
            numero: string;
            /** @enum {string} */
            status: "pending";
        };
        OfferValidated: {
            numero: string;
            /** @enum {string} */
            status: "published";
        };
        EmployerOffers: {
            offres: {
                numero: string;
                title: string;
                commune: string;
                /** @enum {string} */
                contract: "CDI" | "CDD" | "MIS" | "SAI" | "ALT";
                /** @enum {string} */
                status: "pending" | "published" | "filled" | "withdrawn";
                submittedAt: string;
                candidatures: number;
            }[];
        };
        ReceivedCandidatures: {
            numero: string;
            title: string;
            candidatures: {
                id: string;
                sentAt: string;
                name: string;
                message: string | null;
            }[];
        };
        CandidatureCv: {
            prenom: string;
            nom: string;
            /** @description The CV as the candidate sent it (CvContent) */
            cv: {
                [key: string]: unknown;
            };
        };
        Profile: {
            prenom: string;
            nom: string;
        };
        SessionCreated: {
            userToken: string;
            expiresInSeconds: number;
            profile: components["schemas"]["Profile"];
            /** @description Proves, with X-Submission-Grant, who a submission belongs to after the user has gone (the kiosk outbox). Bound to this terminal and user, usable only for submissions, not revoked by sign-out. */
            submissionGrant: string;
            submissionGrantExpiresInSeconds: number;
            /** @description The password is temporary: the kiosk asks for a new one before anything else. */
            mustChangePassword?: boolean;
            /**
             * @description espace: the whole espace personnel. provisional: a sent registration not yet validated by an adviser; only its own registration (appointment, receipt), documents and CVs are open, the rest answers 403 account_pending.
             * @enum {string}
             */
            access: "espace" | "provisional";
        };
        Profil: {
            adresse: {
                adresse: string;
                complement: string;
                codePostal: string;
                commune: {
                    code: string;
                    nom: string;
                };
            } | null;
            /** @description "06 12 34 56 78" */
            telephone: string | null;
            /** @description The address in use (confirmed) */
            email: string | null;
            /** @description A new address waiting for its confirmation link; the old one is used until then */
            emailEnAttente: string | null;
            /** @description The account payments go to; IBAN masked but its last 4 */
            rib: {
                titulaire: string;
                ibanMasque: string;
            } | null;
            /** @description A new account being checked (RIB_CHECK_HOURS); payments still go to rib */
            ribEnCours: {
                titulaire: string;
                ibanMasque: string;
                depuis: string;
            } | null;
            /** @enum {string|null} */
            questionSecrete: "villeNaissance" | "premierAnimal" | "ecolePrimaire" | "prenomGrandParent" | "premiereVoiture" | null;
        };
        ProfilChangeRecorded: {
            reference: string;
            /** @enum {string} */
            kind: "adresse" | "telephone" | "email" | "rib" | "questionSecrete";
            receivedAt: string;
            /**
             * @description applied now; an e-mail waits for its link; a bank account for its check
             * @enum {string}
             */
            status: "applied" | "pending_confirmation" | "pending_check";
        };
        /** @description Fields the kind does not use are null: dateFin for repriseEmploi and demenagement; employeur and contrat for repriseEmploi only; organisme for formation; codePostal and commune for demenagement. */
        SituationChange: {
            /** @enum {string} */
            kind: "repriseEmploi" | "formation" | "arretMaladie" | "maternite" | "paternite" | "demenagement" | "absence";
            dateDebut: string;
            dateFin: string | null;
            employeur: string | null;
            /** @enum {string|null} */
            contrat: "cdi" | "cdd" | "interim" | "autre" | null;
            organisme: string | null;
            codePostal: string | null;
            commune: {
                code: string;
                nom: string;
            } | null;
        };
        SituationChangeRecorded: {
            reference: string;
            change: components["schemas"]["SituationChange"];
            /** Format: date-time */
            submittedAt: string;
        };
        /** @description The declarations of the last 12 periods, newest first. */
        ActualisationHistory: {
            declarations: components["schemas"]["Actualisation"][];
        };
        TerminalCommand: {
            id: string;
            /** @enum {string} */
            kind: "end_visit" | "relaunch" | "out_of_service" | "in_service" | "config";
            /** @description kind config: the configuration to apply */
            config?: {
                visit?: {
                    idleWarningAfterSeconds?: number;
                    idleCountdownSeconds?: number;
                    maxVisitMinutes?: number;
                    maxWarningSeconds?: number;
                    extensionMinutes?: number;
                    maxExtensions?: number;
                    endedNoticeSeconds?: number;
                };
                /** @enum {string} */
                keyboard?: "auto" | "always" | "never";
                /** @enum {string} */
                locale?: "fr" | "en";
            };
            /** @description kind config: its version */
            configVersion?: number;
        };
        TerminalCommandList: {
            commands: components["schemas"]["TerminalCommand"][];
        };
        FleetTerminal: {
            id: string;
            label: string;
            agencyCode: string | null;
            /** @enum {string} */
            state: "online" | "offline" | "out_of_service";
            /** @description A heartbeat came within the last 180 s */
            online: boolean;
            lastSeenAt: string | null;
            heartbeatAgeSeconds: number | null;
            appVersion: string | null;
            uptimeSeconds: number | null;
            visitActive: boolean;
            outbox: {
                depth: number;
                oldestAgeSeconds: number | null;
                needingAttention: number;
            } | null;
            devices: {
                scanner: string;
                printer: string;
                camera: string;
            } | null;
            visitsToday: number | null;
            lastErrorCode: string | null;
            config: {
                requested: number;
                applied: number | null;
            };
            outOfService: {
                requested: boolean;
                applied: boolean;
            };
            pendingCommands: number;
            alerts: ({
                /** @enum {string} */
                kind: "offline";
                minutes: number;
            } | {
                /** @enum {string} */
                kind: "queue_old";
                hours: number;
            } | {
                /** @enum {string} */
                kind: "needs_attention";
                count: number;
            })[];
        };
        FleetList: {
            terminals: components["schemas"]["FleetTerminal"][];
            thresholds: {
                offlineAlertMinutes: number;
                queueAlertHours: number;
            };
            /** Format: date-time */
            generatedAt: string;
        };
        FleetTerminalDetail: {
            terminal: components["schemas"]["FleetTerminal"];
            /** @description The configuration last pushed to it */
            config: {
                visit?: {
                    idleWarningAfterSeconds?: number;
                    idleCountdownSeconds?: number;
                    maxVisitMinutes?: number;
                    maxWarningSeconds?: number;
                    extensionMinutes?: number;
                    maxExtensions?: number;
                    endedNoticeSeconds?: number;
                };
                /** @enum {string} */
                keyboard?: "auto" | "always" | "never";
                /** @enum {string} */
                locale?: "fr" | "en";
            };
            commands: {
                /** @enum {string} */
                kind: "end_visit" | "relaunch" | "out_of_service" | "in_service" | "config";
                createdAt: string;
                doneAt: string | null;
                outcome: string | null;
            }[];
        };
        FleetCommandQueued: {
            commandId: string;
            configVersion?: number;
        };
        EnrolResponse: {
            terminalId: string;
            accessToken: string;
            expiresInSeconds: number;
            /** @description The terminal's own long-lived secret: kept by the terminal, exchanged at /v1/terminals/token */
            terminalSecret: string;
        };
        TerminalTokenResponse: {
            terminalId: string;
            accessToken: string;
            expiresInSeconds: number;
        };
        HeartbeatResponse: {
            /** Format: date-time */
            serverTime: string;
            /** @description Remote commands waiting for this terminal */
            commands: components["schemas"]["TerminalCommand"][];
        };
        Release: {
            version: string;
            /** @enum {string} */
            platform: "win" | "linux";
            fileName: string;
            size: number;
            /** @description base64, as electron-updater checks it */
            sha512: string;
            /** Format: date-time */
            uploadedAt: string;
        };
        Rollout: {
            version: string;
            percentage: number;
            agencyCodes: string[] | null;
            /** Format: date-time */
            updatedAt: string;
            /** @description Known terminals this rollout offers the version to (platform aside) */
            terminalsOffered: number;
        };
        UpdatesOverview: {
            releases: components["schemas"]["Release"][];
            rollout: components["schemas"]["Rollout"] | null;
            /** @description How many terminals run each version, from their heartbeats */
            versions: {
                version: string;
                terminals: number;
            }[];
            /** @description The agencies a rollout may be limited to */
            agencies: {
                code: string;
                nom: string;
            }[];
        };
        KioskAdvisers: {
            advisers: {
                staffId: number;
                nom: string;
            }[];
        };
        KioskUnlocked: {
            /** @description The adviser-mode token, sent back as X-Adviser-Token */
            accessToken: string;
            /** @description The adviser's first name, for the terminal's banner */
            prenom: string;
            expiresInSeconds: number;
        };
        EnrolmentCodeIssued: {
            /** @description Shown once: only its hash is kept */
            code: string;
            label: string;
            agencyCode: string | null;
            /** Format: date-time */
            expiresAt: string;
            /** @description The label is enrolled already: the code re-enrols it and revokes its credential */
            reenrolment: boolean;
        };
        EnrolmentAlerts: {
            refusedLast24h: number;
            throttledSourcesLast24h: number;
            /** Format: date-time */
            lastRefusedAt: string | null;
        };
        ActualisationRequest: {
            reference: string;
            period: string;
            answers: components["schemas"]["ActualisationAnswers"];
        };
        UploadCreate: {
            size: number;
            sha256: string;
        };
        DocumentCreate: {
            uploadId: string;
            /** @enum {string} */
            type: "bulletin_salaire" | "arret_travail" | "attestation_employeur" | "piece_identite" | "rib" | "justificatif_domicile" | "autre";
            month?: string;
            description?: string;
            pages: number;
            reference: string;
        };
        AssistRequest: {
            screen: string;
            /** Format: date-time */
            requestedAt: string;
        };
        StaffSignInRequest: {
            identifiant: string;
            motDePasse: string;
        };
        CvSave: {
            /** Format: uuid */
            cvId: string;
            /** @enum {string} */
            step: "cible" | "informations" | "miseEnPage" | "miseEnLigne";
            content: components["schemas"]["CvContent"];
        };
        CvStatusChange: {
            /** @enum {string} */
            status: "draft" | "published" | "suspended";
        };
        CvEmailRequest: {
            /** Format: email */
            email: string;
        };
        OfferSearch: {
            appellation?: number;
            texte?: string;
            rome?: string;
            domaine?: string;
            lieu?: {
                /** @enum {string} */
                kind: "commune" | "departement" | "region";
                code: string;
            };
            rayonKm?: number;
            contrats?: ("CDI" | "CDD" | "MIS" | "SAI" | "ALT")[];
            /** @enum {string} */
            tempsTravail?: "plein" | "partiel";
            experienceMaxAns?: number;
            publieDepuisJours?: number;
            motsCles?: string[];
            strictement?: boolean;
            /** @enum {string} */
            tri?: "pertinence" | "date" | "distance";
            page?: number;
            parPage?: number;
        };
        ClasseurAdd: {
            /** @description e.g. 688418K */
            numero: string;
        };
        OfferAlertCreate: {
            nom: string;
            /** Format: email */
            email: string;
            criteria: {
                appellation?: number;
                texte?: string;
                rome?: string;
                domaine?: string;
                lieu?: {
                    /** @enum {string} */
                    kind: "commune" | "departement" | "region";
                    code: string;
                };
                rayonKm?: number;
                contrats?: ("CDI" | "CDD" | "MIS" | "SAI" | "ALT")[];
                /** @enum {string} */
                tempsTravail?: "plein" | "partiel";
                experienceMaxAns?: number;
                publieDepuisJours?: number;
                motsCles?: string[];
                strictement?: boolean;
            };
        };
        ApplicationRequest: {
            reference: string;
            numero: string;
            /** Format: uuid */
            cvId: string;
            message?: string;
        };
        AttestationRequest: {
            /** @enum {string} */
            kind: "paiement";
            from: string;
            to: string;
        } | {
            /** @enum {string} */
            kind: "inscription";
        } | {
            /** @enum {string} */
            kind: "fiscale";
            year: number;
        } | {
            /** @enum {string} */
            kind: "droits";
        };
        EmployerSignInRequest: {
            identifiant: string;
            motDePasse: string;
        };
        OfferPublish: {
            codeOgr: number;
            commune: string;
            /** @enum {string} */
            contract: "CDI" | "CDD" | "MIS" | "SAI" | "ALT";
            durationMonths: number | null;
            /** @enum {string} */
            workingTime: "plein" | "partiel";
            hoursPerWeek: number;
            salaryMin: number | null;
            salaryMax: number | null;
            experienceYears: number;
            description: string;
        };
        SignInRequest: {
            identifiant: string;
            motDePasse: string;
            codePostal: string;
        };
        ProfilChangeRequest: {
            reference: string;
            change: {
                /** @enum {string} */
                kind: "adresse";
                data: {
                    adresse: string;
                    complement: string;
                    codePostal: string;
                    commune: {
                        code: string;
                        nom: string;
                    } | null;
                };
            } | {
                /** @enum {string} */
                kind: "telephone";
                data: {
                    telephone: string;
                };
            } | {
                /** @enum {string} */
                kind: "email";
                data: {
                    email: string;
                    emailConfirmation: string;
                };
            } | {
                /** @enum {string} */
                kind: "rib";
                data: {
                    titulaire: string;
                    iban: string;
                    bic: string;
                };
            } | {
                /** @enum {string} */
                kind: "questionSecrete";
                data: {
                    questionSecrete: string;
                    reponseSecrete: string;
                };
            };
        };
        SituationChangeRequest: {
            reference: string;
            change: components["schemas"]["SituationChange"];
        };
        TerminalCommandAck: {
            /** @enum {string} */
            outcome: "done" | "failed";
            errorCode?: string;
        };
        FleetRemoteAction: {
            /** @enum {string} */
            kind: "end_visit" | "relaunch" | "out_of_service" | "in_service";
        };
        FleetConfigPush: {
            /** @description The pushable configuration; checked against the kiosk config schema */
            config: unknown;
        };
        EnrolRequest: {
            /** @description A shared enrolment token: enrols a label not enrolled yet, never an existing one */
            enrolmentToken?: string;
            /** @description A one-time code IT issued for this label: enrols it, or re-enrols it */
            enrolmentCode?: string;
            label: string;
            /** @description The agency the terminal stands in; kept from the last enrolment that named one (a code's agency wins) */
            agencyCode?: string;
        };
        TerminalTokenRequest: {
            terminalId: string;
            terminalSecret: string;
        };
        HeartbeatRequest: {
            appVersion: string;
            visitActive: boolean;
            /** @description The terminal's outbox, in counts only (no personal data) */
            outbox?: {
                depth: number;
                oldestAgeSeconds?: number | null;
                needingAttention: number;
            };
            uptimeSeconds?: number;
            /** @description Each device's state as the kiosk last found it */
            devices?: {
                /** @enum {string} */
                scanner: "ok" | "error" | "absent" | "unknown";
                /** @enum {string} */
                printer: "ok" | "error" | "absent" | "unknown";
                /** @enum {string} */
                camera: "ok" | "error" | "absent" | "unknown";
            };
            /** @description Visits ended since local midnight (a count) */
            visitsToday?: number;
            lastErrorCode?: string | null;
            /** @description The pushed configuration version it runs */
            configVersion?: number;
            outOfService?: boolean;
        };
        RolloutRequest: {
            version: string;
            percentage: number;
            /** @description The agencies offered the version; null: every agency */
            agencyCodes: string[] | null;
        };
        KioskUnlockRequest: {
            staffId: number;
            /** @description The adviser kiosk code, 4 to 8 digits */
            code: string;
        };
        KioskActionRequest: {
            /** @enum {string} */
            action: "extend" | "pause_idle" | "resume_idle" | "explain" | "end_visit" | "leave";
            /** @description For explain: the screen (and step) explained */
            topic?: string;
        };
        EnrolmentCodeRequest: {
            /** @description The terminal's label, as in its config (terminal.label) */
            label: string;
            /** @enum {string} */
            agencyCode?: "PARIS11" | "GUINGAMP" | "LYON3" | "BORDEAUX" | "RENNES" | "AJACCIO";
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getHealth: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Service is up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Health"];
                };
            };
        };
    };
    enrolTerminal: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolRequest"];
            };
        };
        responses: {
            /** @description Enrolled */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolResponse"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_enrolment_token or invalid_enrolment_code (unknown, used, expired, or issued for another label) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description terminal_already_enrolled (the label has its own credential: re-enrolling needs a code issued by IT), or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: too many refused enrolments from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    terminalToken: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminalTokenRequest"];
            };
        };
        responses: {
            /** @description Issued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminalTokenResponse"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_credential: unknown terminal, or a secret replaced by a re-enrolment */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: too many refusals from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    terminalHeartbeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["HeartbeatRequest"];
            };
        };
        responses: {
            /** @description Seen */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HeartbeatResponse"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    waitTerminalCommands: {
        parameters: {
            query?: {
                waitSeconds?: number;
                /** @description Comma-separated ids of the commands the terminal already holds (a configuration waiting for the visit to end): they do not end the wait */
                known?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Pending commands, oldest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TerminalCommandList"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    ackTerminalCommand: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                commandId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TerminalCommandAck"];
            };
        };
        responses: {
            /** @description Recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description command_not_found: no such pending command for this terminal */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fleetTerminals: {
        parameters: {
            query?: {
                agency?: string;
                state?: "online" | "offline" | "out_of_service" | "alert";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The terminals */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetList"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fleetTerminal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                terminalId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The terminal */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetTerminalDetail"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description terminal_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fleetStream: {
        parameters: {
            query?: {
                agency?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream: `terminals` events (FleetTerminal[]) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fleetRemoteAction: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path: {
                terminalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FleetRemoteAction"];
            };
        };
        responses: {
            /** @description Queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetCommandQueued"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description terminal_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    fleetConfigPush: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path: {
                terminalId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FleetConfigPush"];
            };
        };
        responses: {
            /** @description Queued with its version */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetCommandQueued"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description terminal_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCreated"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), employer_space (the codes of an employer space) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited (too many sign-ins from this terminal) or account_locked (too many failures for this identifiant); see retryAfterSeconds and Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out (or was already) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token, or invalid_user_token when X-User-Token is missing */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profile */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profile"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAssistRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AssistRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistRequestCreated"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    cancelAssistRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn (or was already) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description assist_request_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAssistRequestStatus: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The state */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AssistRequestStatus"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description assist_request_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCurrentActualisation: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Current period */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActualisationCurrent"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createActualisation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ActualisationRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Actualisation"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already_declared (another declaration for this period), window_closed, reference_conflict, or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listDocuments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SentDocumentList"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createDocument: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DocumentCreate"];
            };
        };
        responses: {
            /** @description Received */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DocumentCreated"];
                };
            };
            /** @description Invalid request, upload_incomplete, not_a_pdf (not a readable PDF: parsed here, not judged by its first bytes) or pages_mismatch (pages differs from the PDF’s own count) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such upload for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description duplicate_reference, or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listLetters: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterList"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getLetterPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                letterId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LetterPdf"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such letter for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAppointments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AppointmentList"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAdviser: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdviserContact"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no_adviser: none assigned yet */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRomeVersion: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RomeVersion"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rome_index_unavailable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getRomeIndex: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Index */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RomeIndex"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rome_index_unavailable */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    searchOffres: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferSearch"];
            };
        };
        responses: {
            /** @description Results */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferResults"];
                };
            };
            /** @description invalid_input (schema), criteria_required (no title, code, place or keyword), unknown_place, unknown_appellation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getOffre: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 6 digits and a letter, e.g. 688418K */
                numero: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Offer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferDetail"];
                };
            };
            /** @description invalid_offer_number: not 6 digits and a letter */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_not_found: no published offer has this number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_filled or offer_withdrawn: the offer is no longer open */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getClasseur: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Classeur */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Classeur"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ClasseurAdd"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClasseurSaved"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description classeur_full (50 offers at most), offer_filled or offer_withdrawn (the offer is no longer open), or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    removeSavedOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                numero: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClasseurRemoved"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_saved: this offer is not in the classeur */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listOfferAlerts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alerts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferAlerts"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createOfferAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferAlertCreate"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferAlert"];
                };
            };
            /** @description invalid_request, criteria_required, unknown_place or unknown_appellation */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description alert_limit_reached (5 alerts at most) or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteOfferAlert: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferAlertDeleted"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description alert_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listApplications: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Applications */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Applications"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    applyToOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ApplicationRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApplicationRecorded"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token, or invalid_user_token when neither a live X-User-Token nor a valid X-Submission-Grant of this terminal is given */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_not_found, or cv_not_found (no CV of this user has this id) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_filled or offer_withdrawn (no longer open), apply_not_online (apply by e-mail or at the agency), cv_not_published, already_applied (this person applied to this offer already), reference_conflict, or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listCvs: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CVs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvList"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveCv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CvSave"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvSummary"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description cv_limit_reached, cv_rome_taken, cv_incomplete or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cvId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description CV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Cv"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description cv_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setCvStatus: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                cvId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CvStatusChange"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvSummary"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description cv_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description cv_limit_reached, cv_rome_taken, cv_incomplete or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    deleteCv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                cvId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvDeleted"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description cv_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    emailCv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                cvId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CvEmailRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CvEmailRecorded"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description email_not_on_file, or a user state refusal */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description cv_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    identifiantAvailability: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifiant: string;
                };
            };
        };
        responses: {
            /** @description Answer */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        available: boolean;
                        /** @enum {string} */
                        reason: "free" | "taken" | "format_invalid";
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: too many availability checks from this terminal */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    remindIdentifiant: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    nom: string;
                    prenom: string;
                    codePostal: string;
                    /** @enum {string} */
                    via: "email" | "post";
                };
            };
        };
        responses: {
            /** @description Recorded (whether an account matched or not) */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifiant: string;
                    motDePasse: string;
                    codePostal: string;
                    questionSecrete: string;
                    reponseSecrete: string;
                };
            };
        };
        responses: {
            /** @description Draft opened */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                        /** @description A user token of the pending account: send it as X-User-Token for the draft. */
                        draftToken: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description The code postal chosen with the access codes: the address step reuses it. */
                        codePostal: string;
                        /** @description The sections saved so far, as they were sent (identite, coordonnees, situation). */
                        draft: {
                            identite?: {
                                [key: string]: unknown;
                            };
                            coordonnees?: {
                                [key: string]: unknown;
                            };
                            situation?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description identifiant_taken (or idempotency_request_in_flight) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resumeRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifiant: string;
                    motDePasse: string;
                };
            };
        };
        responses: {
            /** @description Draft reopened */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                        /** @description A user token of the pending account: send it as X-User-Token for the draft. */
                        draftToken: string;
                        /** Format: date-time */
                        expiresAt: string;
                        /** @description The code postal chosen with the access codes: the address step reuses it. */
                        codePostal: string;
                        /** @description The sections saved so far, as they were sent (identite, coordonnees, situation). */
                        draft: {
                            identite?: {
                                [key: string]: unknown;
                            };
                            coordonnees?: {
                                [key: string]: unknown;
                            };
                            situation?: {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_not_draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited (too many sign-ins from this terminal) or account_locked (too many failures for this identifiant); see retryAfterSeconds and Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    saveRegistrationDraft: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    section: "identite" | "coordonnees" | "situation";
                    data: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** Format: date-time */
                        savedAt: string;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_not_draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    submitRegistration: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Sent */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                        /** Format: date-time */
                        submittedAt: string;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_incomplete or registration_not_draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getMyRegistration: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sent registration */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                        /** @description The identifiant chosen with the codes (printed on the receipt) */
                        identifiant: string;
                        /** Format: date-time */
                        submittedAt: string;
                        prenoms: string;
                        nom: string;
                        /** @description null while no slot is booked */
                        appointment: {
                            /** Format: date-time */
                            startsAt: string;
                            /** @description The agency's name */
                            agence: string;
                            /** @description The agency's street address, code postal and commune */
                            adresse: string;
                        } | null;
                    };
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listAppointmentSlots: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Three slots */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        slots: {
                            id: string;
                            /** Format: date-time */
                            startsAt: string;
                            /** @description The agency's name */
                            agence: string;
                            /** @description The agency's street address, code postal and commune */
                            adresse: string;
                        }[];
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_not_draft (not sent yet) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    bookAppointment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    slotId: string;
                };
            };
        };
        responses: {
            /** @description Booked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        /** Format: date-time */
                        startsAt: string;
                        /** @description The agency's name */
                        agence: string;
                        /** @description The agency's street address, code postal and commune */
                        adresse: string;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description registration_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description slot_unavailable or registration_not_draft */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    secretQuestionFor: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifiant: string;
                };
            };
        };
        responses: {
            /** @description The question id (the kiosk shows its wording) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string|null} */
                        questionSecrete: "villeNaissance" | "premierAnimal" | "ecolePrimaire" | "prenomGrandParent" | "premiereVoiture" | null;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: too many question lookups from this terminal */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    resetPassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    identifiant: string;
                    reponseSecrete: string;
                };
            };
        };
        responses: {
            /** @description Temporary password sent */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        sentBy: "email" | "post";
                        maskedEmail?: string;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited (too many sign-ins from this terminal) or account_locked (too many failures for this identifiant); see retryAfterSeconds and Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    changePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    motDePasseActuel?: string;
                    nouveauMotDePasse: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token, invalid_user_token or invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webauthnRegistrationOptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rpId: string;
                    origin: string;
                };
            };
        };
        responses: {
            /** @description Options for navigator.credentials (JSON form) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webauthnRegister: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The browser's PublicKeyCredential as JSON (@simplewebauthn/browser). */
                    response: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Key registered */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        credentialId: string;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token, invalid_user_token or webauthn_refused */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webauthnAuthenticationOptions: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    rpId: string;
                    origin: string;
                };
            };
        };
        responses: {
            /** @description Options for navigator.credentials (JSON form) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        [key: string]: unknown;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    webauthnSignIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description The browser's PublicKeyCredential as JSON (@simplewebauthn/browser). */
                    response: {
                        [key: string]: unknown;
                    };
                };
            };
        };
        responses: {
            /** @description Signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SessionCreated"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or webauthn_refused */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    lookupEstablishment: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    siret: string;
                };
            };
        };
        responses: {
            /** @description Establishment */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        siret: string;
                        raisonSociale: string;
                        adresse: string;
                        codeNaf: string;
                        libelleNaf: string;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description establishment_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createEntrepriseAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    account: {
                        identifiant: string;
                        motDePasse: string;
                        /** @enum {string} */
                        civilite: "M" | "F";
                        nom: string;
                        prenom: string;
                        email: string;
                        telephone: string;
                        /** @enum {boolean} */
                        cgu: true;
                    };
                    siret: string;
                };
            };
        };
        responses: {
            /** @description Created, waiting for certification */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                        /** @enum {string} */
                        certification: "pending_adviser";
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description establishment_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description identifiant_taken (or idempotency_request_in_flight) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAntiRobotChallenge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    replaces?: string;
                };
            };
        };
        responses: {
            /** @description Question */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        challengeId: string;
                        /** @description Catalogue id: couleur, animal, fruit */
                        category: string;
                        words: string[];
                        changesLeft: number;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description challenge_not_found (unknown, or another terminal’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description challenge_closed, no_more_changes (or idempotency_request_in_flight) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description challenge_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    answerAntiRobotChallenge: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                challengeId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answer: string;
                };
            };
        };
        responses: {
            /** @description Checked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        passed: boolean;
                        passToken?: string;
                        challenge?: {
                            challengeId: string;
                            /** @description Catalogue id: couleur, animal, fruit */
                            category: string;
                            words: string[];
                            changesLeft: number;
                        };
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description challenge_not_found (unknown, or another terminal’s) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description challenge_closed, no_more_changes (or idempotency_request_in_flight) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description challenge_expired */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: 10 wrong answers from this terminal within 15 minutes (Retry-After) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createParticulierAccount: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description From a passed contrôle de sécurité (once) */
                    passToken: string;
                    account: {
                        etatCivil: {
                            /** @enum {string} */
                            civilite: "M" | "F";
                            nomNaissance: string;
                            nomUsage?: string;
                            prenom: string;
                            nir: string;
                            dateNaissance: string;
                            paysNaissance: string;
                            communeNaissance: {
                                code: string;
                                nom: string;
                            } | null;
                        };
                        coordonnees: {
                            codePostal: string;
                            commune: {
                                code: string;
                                nom: string;
                            } | null;
                            voie?: string;
                            complement?: string;
                            email: string;
                            emailConfirmation: string;
                            telephone1?: string;
                            telephone2?: string;
                            emailsFranceTravail: boolean;
                        };
                        securite: {
                            /** @enum {string} */
                            questionSecrete: "villeNaissance" | "premierAnimal" | "ecolePrimaire" | "prenomGrandParent" | "premiereVoiture";
                            reponseSecrete: string;
                        };
                        /** @enum {boolean} */
                        cgu: true;
                    };
                };
            };
        };
        responses: {
            /** @description Created, waiting for certification */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        reference: string;
                        /** @enum {string} */
                        certification: "pending_adviser";
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description anti_robot_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_exists (or idempotency_request_in_flight) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    employerSignIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EmployerSignInRequest"];
            };
        };
        responses: {
            /** @description Signed in */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerSessionCreated"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited (too many sign-ins from this terminal) or account_locked (too many failures for this identifiant); see retryAfterSeconds and Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    employerSignOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out (or was already) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token, or invalid_employer_token when the header is missing */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    employerMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The space */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerSpace"];
                };
            };
            /** @description invalid_terminal_token or invalid_employer_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    employerChangePassword: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    motDePasseActuel?: string;
                    nouveauMotDePasse: string;
                };
            };
        };
        responses: {
            /** @description Changed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token, invalid_employer_token or invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listEmployerOffers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Offers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EmployerOffers"];
                };
            };
            /** @description invalid_terminal_token or invalid_employer_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    publishEmployerOffer: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["OfferPublish"];
            };
        };
        responses: {
            /** @description Recorded, pending validation */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferPublished"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_employer_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description password_change_required, certification_required or employer_kind_forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listReceivedCandidatures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 6 digits and a letter */
                numero: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Candidatures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivedCandidatures"];
                };
            };
            /** @description invalid_terminal_token or invalid_employer_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_not_found: no offer of this employer has this number */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getCandidatureCv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description 6 digits and a letter */
                numero: string;
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The CV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CandidatureCv"];
                };
            };
            /** @description invalid_terminal_token or invalid_employer_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description password_change_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_not_found or candidature_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    declareSituationChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SituationChangeRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SituationChangeRecorded"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description already_declared (this change, same kind and start date), reference_conflict, or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getActualisationHistory: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Declarations */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ActualisationHistory"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getPayments: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Payments */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentsOverview"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getDashboardSummary: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DashboardSummary"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createAttestation: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AttestationRequest"];
            };
        };
        responses: {
            /** @description Issued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttestationIssued"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description no_rights (an attestation de droits without rights), no_file, or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getAttestationPdf: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttestationPdf"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such attestation for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    verifyAttestation: {
        parameters: {
            query: {
                code: string;
            };
            header?: never;
            path: {
                reference: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The verdict */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AttestationVerification"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited: too many checks from this address; see Retry-After */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getProfil: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Profil */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Profil"];
                };
            };
            /** @description invalid_terminal_token or invalid_user_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createProfilChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProfilChangeRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProfilChangeRecorded"];
                };
            };
            /** @description invalid_request, iban_invalid (with the reason: check key, length, country) or phone_invalid */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token, or invalid_user_token when neither a live X-User-Token nor a valid X-Submission-Grant of this terminal is given */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rib_change_pending (a new bank account is being checked already), email_unchanged, reference_conflict, or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    confirmEmail: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    token: string;
                };
            };
        };
        responses: {
            /** @description Confirmed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {boolean} */
                        confirmed: true;
                    };
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description confirmation_unknown */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    staffSignIn: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffSignInRequest"];
            };
        };
        responses: {
            /** @description Signed in; Set-Cookie carries the session */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMe"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited (this address) or account_locked (this identifiant) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    staffSignOut: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out (or was already) */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    staffMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The staff member */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffMe"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    staffAssistEvents: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description text/event-stream */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    staffTakeAssistRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAssistRequest"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description assist_request_not_found (or of another agency) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description assist_request_taken, assist_request_closed, or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    staffCloseAssistRequest: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path: {
                requestId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The request as it now stands */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffAssistRequest"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description assist_request_not_found (or of another agency) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description assist_request_taken, assist_request_closed, or idempotency_request_in_flight */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUpdateFile: {
        parameters: {
            query?: never;
            header?: {
                /** @description The version the terminal runs; without it, the one of its last heartbeat */
                "x-kiosk-version"?: string;
            };
            path: {
                file: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel file (text/yaml) or the installer (application/octet-stream) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/yaml": string;
                    "application/octet-stream": string;
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description release_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    listKioskAdvisers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The advisers */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KioskAdvisers"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    unlockAdviserMode: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KioskUnlockRequest"];
            };
        };
        responses: {
            /** @description Adviser mode is on */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KioskUnlocked"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token, or invalid_credentials: wrong code */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description adviser_not_in_agency: no such adviser with a kiosk code in this terminal's agency */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description rate_limited (this terminal) or account_locked (this adviser) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description busy: too many password checks are waiting on this server; retry after retryAfterSeconds (also Retry-After) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    recordAdviserModeAction: {
        parameters: {
            query?: never;
            header: {
                /** @description From POST /v1/staff/kiosk-unlock */
                "x-adviser-token": string;
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["KioskActionRequest"];
            };
        };
        responses: {
            /** @description Recorded */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token or invalid_adviser_token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    validateOffer: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path: {
                /** @description 6 digits and a letter */
                numero: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OfferValidated"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_not_found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description offer_not_pending (or idempotency_request_in_flight) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    issueEnrolmentCode: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["EnrolmentCodeRequest"];
            };
        };
        responses: {
            /** @description Issued */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentCodeIssued"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    enrolmentAlerts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Counts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EnrolmentAlerts"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadState"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such upload for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    createUpload: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UploadCreate"];
            };
        };
        responses: {
            /** @description Created or already there */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadState"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description upload_conflict: this id is taken by another file */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description too_many_uploads: this user already has 10 open uploads or 60 MB of them; retry once some are sent */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    putUploadChunk: {
        parameters: {
            query?: never;
            header: {
                "x-chunk-sha256": string;
            };
            path: {
                uploadId: string;
                index: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stored */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such upload for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description upload_complete: the upload is already complete */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    completeUpload: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry (draft-ietf-httpapi-idempotency-key-header): the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. Keys are scoped to the terminal and kept 24 hours; a retry after that runs as a new request. */
                "idempotency-key"?: string;
            };
            path: {
                uploadId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Default Response */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UploadState"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description invalid_terminal_token: missing, unknown or expired access token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description account_pending (a registration not yet validated), password_change_required (temporary password) or account_inactive */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description not_found: no such upload for this user */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_request_in_flight: a request with this key is still running */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description idempotency_key_reused: this key was used with a different request */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    uploadRelease: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path: {
                platform: "win" | "linux";
                version: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already uploaded, the same file */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description Uploaded */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Release"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden (IT only) or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description release_exists: this version has another file */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/octet-stream */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    setRollout: {
        parameters: {
            query?: never;
            header: {
                /** @description Required on every state-changing console request */
                "x-staff-console": "1";
                "idempotency-key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RolloutRequest"];
            };
        };
        responses: {
            /** @description The rollout now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Rollout"];
                };
            };
            /** @description Invalid request: schema violation or malformed JSON */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden (IT only) or staff_console_header_required */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description release_not_found: no installer uploaded for this version */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description payload_too_large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description unsupported_media_type: the body must be application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
    getUpdatesOverview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Overview */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UpdatesOverview"];
                };
            };
            /** @description staff_auth_required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
            /** @description staff_role_forbidden (IT only) */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Error"];
                };
            };
        };
    };
}
