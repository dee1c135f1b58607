// Generated from openapi.json by `pnpm --filter @platform/console api:types`: do not edit by hand.
export interface paths {
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Say whether the API is up
         * @description Public: no token needed.
         */
        get: operations["getHealth"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/pings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record a ping, to see an event make the round trip
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff, finance, candidate.
         */
        post: operations["postHealthPings"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/pings/{pingId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Read a ping you recorded (HQ staff: any ping)
         * @description Needs a bearer token whose `cognito:groups` include one of: hq-staff, finance, candidate.
         */
        get: operations["getHealthPingsByPingId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/openapi.json": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Describe the platform API (this document)
         * @description Public: no token needed.
         */
        get: operations["getOpenapiJson"];
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
        /**
         * @description The API is up. Liveness only: no table or queue is touched.
         * @example {
         *       "status": "ok"
         *     }
         */
        HealthStatus: {
            /** @constant */
            status: "ok";
        };
        /**
         * @description RFC 9457 problem details.
         * @example {
         *       "type": "about:blank",
         *       "title": "Not Found",
         *       "status": 404,
         *       "detail": "there is no donation d-1",
         *       "instance": "/fund/donations/d-1"
         *     }
         */
        Problem: {
            /**
             * @description `about:blank`: the status says what kind of problem it is (RFC 9457, 4.2.1).
             * @example about:blank
             */
            type: string;
            /**
             * @description The status’s reason phrase.
             * @example Not Found
             */
            title: string;
            /**
             * @description The HTTP status, repeated.
             * @example 404
             */
            status: number;
            /**
             * @description What went wrong, in plain words.
             * @example there is no donation d-1
             */
            detail: string;
            /**
             * @description The path of the request.
             * @example /fund/donations/d-1
             */
            instance: string;
            /** @description Facts about the conflict, e.g. `{ "availablePence": 1200 }`. */
            details?: {
                [key: string]: unknown;
            };
        };
        /**
         * @description A ping: stored at once, and stamped `receivedAt` when its event has come back through the queue.
         * @example {
         *       "pingId": "5b3c1a8e-2f4d-4c6b-9a7e-8d1f0e2c3b4a",
         *       "message": "hello",
         *       "recordedBy": "staff-1",
         *       "recordedAt": "2026-05-01T10:00:00.000Z",
         *       "receivedAt": "2026-05-01T10:00:02.000Z"
         *     }
         */
        Ping: {
            /** Format: uuid */
            pingId: string;
            message: string;
            recordedBy: string;
            /** Format: date-time */
            recordedAt: string;
            /** Format: date-time */
            receivedAt?: string;
        };
        /**
         * @description RFC 9457 problem details listing every issue of the request.
         * @example {
         *       "type": "about:blank",
         *       "title": "Bad Request",
         *       "status": 400,
         *       "detail": "the request body is invalid: body.amountPence: Too small: expected number to be >0",
         *       "instance": "/fund/donations",
         *       "errors": [
         *         {
         *           "path": [
         *             "body",
         *             "amountPence"
         *           ],
         *           "message": "Too small: expected number to be >0"
         *         }
         *       ]
         *     }
         */
        ValidationProblem: {
            /**
             * @description `about:blank`: the status says what kind of problem it is (RFC 9457, 4.2.1).
             * @example about:blank
             */
            type: string;
            /**
             * @description The status’s reason phrase.
             * @example Not Found
             */
            title: string;
            /**
             * @description The HTTP status, repeated.
             * @example 404
             */
            status: number;
            /**
             * @description What went wrong, in plain words.
             * @example there is no donation d-1
             */
            detail: string;
            /**
             * @description The path of the request.
             * @example /fund/donations/d-1
             */
            instance: string;
            /** @description Every issue of the request, not just the first. */
            errors: {
                /**
                 * @description Where: `path`, `query` or `body`, then the field.
                 * @example [
                 *       "body",
                 *       "amountPence"
                 *     ]
                 */
                path: (string | number)[];
                /** @example Too small: expected number to be >0 */
                message: string;
            }[];
        };
        /** @description The platform API’s OpenAPI 3.1 document. */
        OpenApiDocument: {
            openapi: string;
            info: {
                title: string;
                version: string;
            } & {
                [key: string]: unknown;
            };
            paths: {
                [key: string]: {
                    [key: string]: unknown;
                };
            };
            components: {
                [key: string]: unknown;
            };
        } & {
            [key: string]: unknown;
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
            /** @description The API is up (liveness only: no table is touched) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthStatus"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "The server could not complete the request.",
                     *       "instance": "/health"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    postHealthPings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    message: string;
                };
            };
        };
        responses: {
            /** @description The ping is stored; its event has yet to come back and mark it received */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
            /** @description The body is not a valid ping */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: body: Invalid input",
                     *       "instance": "/health/pings",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "body"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "missing bearer token",
                     *       "instance": "/health/pings"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller holds no platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "this needs one of the roles hq-staff, finance, candidate",
                     *       "instance": "/health/pings"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is larger than the API accepts. */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Payload Too Large",
                     *       "status": 413,
                     *       "detail": "the body is too large",
                     *       "instance": "/health/pings"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The body is not of a media type the route takes (application/json). */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unsupported Media Type",
                     *       "status": 415,
                     *       "detail": "send the body as application/json",
                     *       "instance": "/health/pings"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "The server could not complete the request.",
                     *       "instance": "/health/pings"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHealthPingsByPingId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pingId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ping, received or not */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Ping"];
                };
            };
            /** @description The id is not a UUID */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "detail": "the request is invalid: path.pingId: Invalid input",
                     *       "instance": "/health/pings/{pingId}",
                     *       "errors": [
                     *         {
                     *           "path": [
                     *             "path",
                     *             "pingId"
                     *           ],
                     *           "message": "Invalid input"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["ValidationProblem"];
                };
            };
            /** @description No valid token */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "detail": "missing bearer token",
                     *       "instance": "/health/pings/{pingId}"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The caller holds no platform role */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "detail": "this needs one of the roles hq-staff, finance, candidate",
                     *       "instance": "/health/pings/{pingId}"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such ping, or another caller's */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "detail": "there is no such record",
                     *       "instance": "/health/pings/{pingId}"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "The server could not complete the request.",
                     *       "instance": "/health/pings/{pingId}"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getOpenapiJson: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The OpenAPI 3.1 document of every route of the platform */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenApiDocument"];
                };
            };
            /** @description The server could not complete the request; the detail says nothing more, the logs hold the request id. */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "about:blank",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "detail": "The server could not complete the request.",
                     *       "instance": "/openapi.json"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
