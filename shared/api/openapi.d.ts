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
         * Exchange an enrolment token for a short-lived terminal access token
         * @description The same label and enrolment token always give the same terminalId; each call issues a new accessToken.
         */
        post: operations["enrolTerminal"];
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
        /** Tell the central API the terminal is alive */
        post: operations["terminalHeartbeat"];
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
         * @description Unknown identifiant, wrong password and wrong code postal all give the same 401 invalid_credentials, in the same time.
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
        /** Delete a CV (and its e-mail requests) */
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
         * @description Recorded for the mail service; the reference server sends no e-mail.
         */
        post: operations["emailCv"];
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
        };
        Health: {
            /** @enum {string} */
            status: "ok";
        };
        EnrolRequest: {
            enrolmentToken: string;
            label: string;
        };
        EnrolResponse: {
            terminalId: string;
            accessToken: string;
            expiresInSeconds: number;
        };
        HeartbeatRequest: {
            appVersion: string;
            visitActive: boolean;
        };
        HeartbeatResponse: {
            /** Format: date-time */
            serverTime: string;
        };
        SignInRequest: {
            identifiant: string;
            motDePasse: string;
            codePostal: string;
        };
        Profile: {
            prenom: string;
            nom: string;
        };
        SessionCreated: {
            userToken: string;
            expiresInSeconds: number;
            profile: components["schemas"]["Profile"];
        };
        AssistRequest: {
            screen: string;
            /** Format: date-time */
            requestedAt: string;
        };
        AssistRequestCreated: {
            requestId: string;
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
        CvSave: {
            /** Format: uuid */
            cvId: string;
            /** @enum {string} */
            step: "cible" | "informations" | "miseEnPage" | "miseEnLigne";
            content: components["schemas"]["CvContent"];
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
        CvStatusChange: {
            /** @enum {string} */
            status: "draft" | "published" | "suspended";
        };
        CvDeleted: {
            cvId: string;
            /** @enum {boolean} */
            deleted: true;
        };
        CvEmailRequest: {
            /** Format: email */
            email: string;
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
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
            /** @description invalid_enrolment_token */
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
    terminalHeartbeat: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
    signIn: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
    signOut: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
        };
    };
    createAssistRequest: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
        };
    };
    saveCv: {
        parameters: {
            query?: never;
            header?: {
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
                /** @description Makes the POST safe to retry: the same key and body replay the stored answer (header Idempotent-Replayed: true); a different body gives 422; while the first is running, 409. */
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
}
