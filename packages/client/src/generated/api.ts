// Generated from packages/client/openapi.json by scripts/openapi.ts (openapi-typescript). Do not edit.

export interface paths {
    "/graph/lifecycle": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Subscription lifecycle events from Microsoft Graph (for Graph, not for API clients) */
        post: operations["receiveGraphLifecycleEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/graph/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Change notifications from Microsoft Graph (for Graph, not for API clients) */
        post: operations["receiveGraphNotifications"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts */
        get: operations["opsListAccounts"];
        put?: never;
        /** Create an account (an ISV) */
        post: operations["opsCreateAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/v1/accounts/{accountId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an account */
        get: operations["opsGetAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/v1/accounts/{accountId}/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an account's API keys */
        get: operations["opsListApiKeys"];
        put?: never;
        /**
         * Create an API key for an account
         * @description The response carries the whole key once; hand it to the ISV.
         */
        post: operations["opsCreateApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/v1/accounts/{accountId}/keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an account's API key */
        delete: operations["opsRevokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/ops/v1/accounts/{accountId}/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List an account's tenants */
        get: operations["opsListAccountTenants"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account and API key making the request
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/budget": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set the account's monthly message budget
         * @description Usage across all the account's tenants is compared with it as Graph returns messages; reaching 80% and 100% each raise one usage.threshold_reached webhook event per month.
         *
         *     Needs an API key with the `admin` scope.
         */
        put: operations["setAccountBudget"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's API keys
         * @description Needs an API key with the `admin` scope.
         */
        get: operations["listApiKeys"];
        put?: never;
        /**
         * Create an API key
         * @description The response carries the whole key once; Capstan keeps only a hash of it.
         *
         *     Needs an API key with the `admin` scope.
         */
        post: operations["createApiKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/api-keys/{keyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an API key (never its secret)
         * @description Needs an API key with the `admin` scope.
         */
        get: operations["getApiKey"];
        put?: never;
        post?: never;
        /**
         * Revoke an API key
         * @description Takes effect on the next request; revoking twice is harmless.
         *
         *     Needs an API key with the `admin` scope.
         */
        delete: operations["revokeApiKey"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/audit-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The account's audit trail
         * @description Keys created and revoked, tenants created, model changes, consent, offboarding, purges.
         *
         *     Needs an API key with the `admin` scope.
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/consent/callback": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Admin consent redirect target (for Microsoft, not for API clients)
         * @description Checks the state (single use, expiring, bound to account and tenant), records the Entra tenant id, proves the consent by getting a token for that tenant, marks the tenant active, and redirects (303) to the tenant's returnUrl with `tenantId`, `outcome` (active or error) and, on error, `code`. Without a returnUrl it answers itself: 200, or the problem. Failures whose state is unknown, expired or used are answered here and never redirected.
         */
        get: operations["consentCallback"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the events Capstan emitted for the account, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listWebhookEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an event: its payload and its delivery to each endpoint
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getWebhookEvent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every attempt to deliver an event, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listEventDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/events/{eventId}/redeliver": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an event again
         * @description To one endpoint, or to every enabled endpoint subscribed to its type, with a fresh retry schedule and the same webhook-id.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["redeliverWebhookEvent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export-bundles/{bundleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An export bundle's progress
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getExportBundle"];
        put?: never;
        post?: never;
        /**
         * Remove a completed or failed bundle's bytes now
         * @description The bundle stays as the record of what was produced, `expired`, with removedAt and removedBy; its download answers 410 from then on. Idempotent; audited. A bundle still building answers 409.
         *
         *     Needs an API key with the `write` scope.
         */
        delete: operations["deleteExportBundle"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/export-bundles/{bundleId}/download": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a completed export bundle (tar, streamed; byte ranges for resuming)
         * @description Answers `Accept-Ranges: bytes` and an ETag (the manifest's SHA-256): a download cut short resumes with `Range: bytes=<received>-` (and `If-Range: <etag>`), answered 206. One range per request; several are answered with the whole tar. 410 once the bundle expired.
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["downloadExportBundle"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List exports, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listExports"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{exportId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get an export's status and progress
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{exportId}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a queued or running export
         * @description Open tasks stop at their next page; what was stored stays.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["cancelExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{exportId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the message versions an export stored
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listExportMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{exportId}/messages.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream every message version an export stored, one JSON object per line
         * @description Needs an API key with the `read` scope.
         */
        get: operations["streamExportMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{exportId}/redrive": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Retry an export's failed and dead-lettered tasks
         * @description Needs an API key with the `write` scope.
         */
        post: operations["redriveExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/exports/{exportId}/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List an export's tasks (one per target and time shard)
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listExportTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/legal-holds/{holdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A legal hold, with how many archived messages it covers
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getLegalHold"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/legal-holds/{holdId}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a legal hold
         * @description From then on retention may delete what only this hold kept. Releasing a released hold changes nothing. Audited.
         *
         *     Needs an API key with the `admin` scope.
         */
        post: operations["releaseLegalHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What Capstan did that the account must know, newest first (e.g. a webhook endpoint disabled)
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listNotifications"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retention-policies/{policyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A retention policy
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getRetentionPolicy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Rename, re-time, enable or disable a retention policy
         * @description Audited, with the policy as it was before.
         *
         *     Needs an API key with the `admin` scope.
         */
        patch: operations["updateRetentionPolicy"];
        trace?: never;
    };
    "/v1/retention-policies/{policyId}/run": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a retention policy now
         * @description Runs what the worker runs daily, and answers the finished run. Audited.
         *
         *     Needs an API key with the `admin` scope.
         */
        post: operations["runRetentionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/retention-policies/{policyId}/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A retention policy's runs, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listRetentionRuns"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/signing-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Public keys of Capstan's archive attestations (JWKS)
         * @description Ledger heads, verification results and export manifests are compact JWS (alg EdDSA) signed with the key whose `kid` their header names. No credential needed.
         */
        get: operations["listSigningKeys"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List the account's tenants
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listTenants"];
        put?: never;
        /**
         * Add a customer tenant and get its admin consent URL
         * @description Creates the tenant in pending_consent and answers Microsoft's admin consent URL for Capstan's app. Send the customer's admin there; Microsoft redirects back to /v1/consent/callback, which activates the tenant and sends the browser on to returnUrl. Model A needs an attestation.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["createTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tenant
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getTenant"];
        put?: never;
        post?: never;
        /**
         * Offboard a tenant
         * @description No new exports; open exports are cancelled; archived messages stay until POST /purge. Idempotent.
         *
         *     Needs an API key with the `write` scope.
         */
        delete: operations["offboardTenant"];
        options?: never;
        head?: never;
        /**
         * Change a tenant's payment model, name or return URL
         * @description Every model change is recorded (who, when, from, to); see /model-changes. Changing to model A needs an attestation that the use is security or compliance.
         *
         *     Needs an API key with the `write` scope.
         */
        patch: operations["updateTenant"];
        trace?: never;
    };
    "/v1/tenants/{tenantId}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Get a fresh admin consent URL
         * @description For re-consent (consent_revoked, consent_incomplete), a failed attempt, or a link that expired. Each URL's state is single use and expires.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["createConsentLink"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/conversations/{containerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A chat or channel in time order, replies under the message they answer
         * @description Top-level messages oldest first (by creation), each with its replies (channel threads); current versions. `containerId` is the chat id, or `{teamId}/{channelId}` with the slash URL-encoded (%2F).
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["getConversation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/conversations/{containerId}/context": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A chat's or channel's context: topic, type and members, or team and channel names
         * @description As of the last capture (exports capture it once per chat and team per run), with every distinct context it had before, oldest first; members carry the directory's display name and UPN as of that capture. `containerId` is the chat id, or `{teamId}/{channelId}` with the slash URL-encoded (%2F). 404 when no export captured it.
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["getConversationContext"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/export-bundles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's export bundles, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listExportBundles"];
        put?: never;
        /**
         * Bundle the messages a query finds or a legal hold covers
         * @description Answers 202 at once; a worker builds the tar: per conversation, NDJSON of the messages, one RFC 5322 EML per message (hosted contents as inline MIME parts) and an HTML transcript; then manifest.json (every file's size and SHA-256, the ledger head) and manifest.jws (its hash, signed). Audited.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["createExportBundle"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/exports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start an export
         * @description Queues an export of one user's chats, one team's channels, or a whole tenant (every user and team). It runs in the background; follow it with GET /v1/exports/{exportId}.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["createExport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/hosted-contents/{sha256}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download a hosted content (inline image, code snippet) by its SHA-256
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getHostedContent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's hash-chain head, signed
         * @description Every stored message version has a ledger entry whose content hash is chained per tenant. Keep the signed head: a later verification that reaches this position must end in the same chain hash.
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["getLedgerHead"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/ledger/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Verify a range of the tenant's hash chain against the archive
         * @description Hashes each version again, checks that a version no longer stored was deleted by a recorded retention run, and recomputes every chain link. The result is signed. At most 1,000,000 entries per request.
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["verifyLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/legal-holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's legal holds, active and released, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listLegalHolds"];
        put?: never;
        /**
         * Place a legal hold on a tenant, a user, a chat or a query
         * @description `tenant` holds everything; `user` what the user sent and every chat or channel the user wrote in; `chat` one chat; `query` the messages matching every criterion given. Audited.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["createLegalHold"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/live-capture": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tenant's live capture and its Graph subscriptions
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getLiveCapture"];
        /**
         * Switch on live capture of a tenant (or change its scope)
         * @description Capstan subscribes to Graph change notifications for the scope, renews the subscriptions, stores each notified version as it arrives, and heals gaps (missed notifications, reauthorization, a removed subscription) with a catch-up export from the point capture was last known complete. The same call twice changes nothing.
         *
         *     Needs an API key with the `write` scope.
         */
        put: operations["putLiveCapture"];
        post?: never;
        /**
         * Switch off live capture of a tenant (its Graph subscriptions are deleted)
         * @description Needs an API key with the `write` scope.
         */
        delete: operations["deleteLiveCapture"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List a tenant's archived messages
         * @description Current versions, filtered by sender, chat, team, channel and last-modified time.
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["listTenantMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/messages.ndjson": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Stream a tenant's archived messages, one JSON object per line
         * @description Needs an API key with the `read` scope.
         */
        get: operations["streamTenantMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/messages/{containerId}/{messageId}/versions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Every stored version of a message, oldest first
         * @description Edits, reaction changes, deletion and policy violations, each version as Graph returned it, with when Capstan first saw it, what it changed from the version before, and its ledger entry. `containerId` is the chat id, or `{teamId}/{channelId}` with the slash URL-encoded (%2F).
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["listMessageVersions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/model-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's payment model history
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listModelChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/policy-violations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Apply a DLP policyViolation to an archived chat or channel message (or reply)
         * @description Recorded at once (202) and applied by a worker through Graph's PATCH (only `policyViolation` changes); the version Graph answers with is archived as a new version with who, when and why, and a `message.policy_violation_applied` webhook event follows. The same verdict for the same message again answers 200 with the first request.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["createPolicyViolation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/policy-violations/{policyViolationId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a policy-violation request and whether Graph applied it
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getPolicyViolation"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/purge": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Delete an offboarded tenant's archive
         * @description Deletes every stored message, version, hosted content and export of the tenant, and frees its Microsoft 365 tenant for onboarding again. Irreversible: `confirm` must repeat the tenant id. Only offboarded tenants without an active legal hold can be purged. Audited.
         *
         *     Needs an API key with the `admin` scope.
         */
        post: operations["purgeTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/retention-policies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The tenant's retention policies, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listRetentionPolicies"];
        put?: never;
        /**
         * Add a retention policy to a tenant
         * @description `created`: delete messages `keepDays` after Graph created them; `deleted`: delete messages `keepDays` after they were deleted in Teams (messages never deleted stay). Held messages always stay. The first run is due at once. Audited.
         *
         *     Needs an API key with the `admin` scope.
         */
        post: operations["createRetentionPolicy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/schedule": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a tenant's continuous-export schedule
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getSchedule"];
        /**
         * Export a tenant continuously
         * @description Needs an API key with the `write` scope.
         */
        put: operations["setSchedule"];
        post?: never;
        /**
         * Stop exporting a tenant continuously
         * @description Needs an API key with the `write` scope.
         */
        delete: operations["deleteSchedule"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/search": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Search a tenant's messages: words in bodies and attachment names, with filters
         * @description Finds messages any of whose stored versions contain the words (HTML stripped; subjects and attachment names included), filtered by sender, participant, chat, team or channel, creation time, deletion and hosted contents. Newest first by creation; each hit is the current version.
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["searchMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A tenant's Graph usage this month (or ?month=YYYY-MM) and its legacy-billing estimate
         * @description Needs an API key with the `read` scope.
         */
        get: operations["getTenantUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tenants/{tenantId}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check the tenant's consent now
         * @description Asks Entra ID for a fresh token. An active tenant whose consent is gone becomes consent_revoked; one whose token lacks an application role exports need (Chat.Read.All, ChannelMessage.Read.All, User.Read.All, Group.Read.All or Team.ReadBasic.All) becomes consent_incomplete with `missingRoles`; a tenant whose consent is back and complete becomes active again.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["verifyTenant"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List webhook endpoints, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listWebhookEndpoints"];
        put?: never;
        /**
         * Create a webhook endpoint
         * @description Capstan POSTs the subscribed events to the URL, signed per Standard Webhooks. The response carries the signing secret this once; Capstan keeps it only encrypted. The URL must be https and reach a public address.
         *
         *     Needs an API key with the `admin` scope.
         */
        post: operations["createWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Get a webhook endpoint
         * @description A disabled endpoint says why in disabledCode and disabledReason.
         *
         *     Needs an API key with the `read` scope.
         */
        get: operations["getWebhookEndpoint"];
        put?: never;
        post?: never;
        /**
         * Delete a webhook endpoint, its pending deliveries and its delivery log
         * @description Needs an API key with the `admin` scope.
         */
        delete: operations["deleteWebhookEndpoint"];
        options?: never;
        head?: never;
        /**
         * Change a webhook endpoint's URL, events or description
         * @description Needs an API key with the `admin` scope.
         */
        patch: operations["updateWebhookEndpoint"];
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The delivery log of an endpoint: every attempt, newest first
         * @description Needs an API key with the `read` scope.
         */
        get: operations["listEndpointDeliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable a webhook endpoint
         * @description Its pending deliveries are cancelled; replay them after enabling it again.
         *
         *     Needs an API key with the `admin` scope.
         */
        post: operations["disableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable a webhook endpoint again, with a clean failure record
         * @description Needs an API key with the `admin` scope.
         */
        post: operations["enableWebhookEndpoint"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Send an endpoint every event of its types since a time again
         * @description Each event keeps its webhook-id, so receivers can tell what they already have. At most 10,000 events, oldest first, per call.
         *
         *     Needs an API key with the `write` scope.
         */
        post: operations["replayWebhookEvents"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/webhook-endpoints/{endpointId}/rotate-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Rotate a webhook endpoint's signing secret
         * @description Returns the new secret this once. For 24 hours every delivery carries two signatures, under the new and the old secret (`webhook-signature: v1,<new> v1,<old>`), so receivers can switch without a gap.
         *
         *     Needs an API key with the `admin` scope.
         */
        post: operations["rotateWebhookSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface webhooks {
    "export.cancelled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * export.cancelled
         * @description An export was cancelled.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["exportCancelledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "export.completed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * export.completed
         * @description Every task of an export completed or was skipped.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["exportCompletedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "export.failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * export.failed
         * @description An export ended with failed or dead-lettered tasks.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["exportFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "export.started": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * export.started
         * @description An export's first task started running.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["exportStartedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.captured": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.captured
         * @description Live capture archived a new version of a message from a Graph change notification; carries the message.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["messageCapturedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "message.policy_violation_applied": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * message.policy_violation_applied
         * @description A policyViolation the account asked for was applied through Graph and archived as a new version.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["messagePolicyViolationAppliedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tenant.consent_failed": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tenant.consent_failed
         * @description An admin-consent attempt failed (declined, wrong tenant, expired state…).
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["tenantConsentFailedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tenant.consent_revoked": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tenant.consent_revoked
         * @description Consent for a tenant is gone (Entra ID refuses tokens); its exports are paused until re-consent.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["tenantConsentRevokedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "tenant.consented": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * tenant.consented
         * @description A tenant's admin granted consent and Capstan verified it with a token; exports can start.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["tenantConsentedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "usage.threshold_reached": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * usage.threshold_reached
         * @description A tenant's (or the account's) usage this month reached 80% or 100% of the evaluation cap or of a budget.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["usageThresholdReachedWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "webhook_endpoint.disabled": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * webhook_endpoint.disabled
         * @description Capstan disabled one of the account's webhook endpoints (410 Gone, or failing too long); sent to the others.
         *
         *     Signed, not authenticated: verify `webhook-signature` with the endpoint's secret (Standard Webhooks).
         */
        post: operations["webhookEndpointDisabledWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export interface components {
    schemas: {
        /**
         * @example {
         *       "id": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
         *       "name": "Contoso Compliance",
         *       "monthlyMessageBudget": 2000000,
         *       "createdAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Account: {
            /** Format: date-time */
            createdAt: string;
            /** Format: uuid */
            id: string;
            /** @description Messages a month across all tenants; 80% and 100% of it raise usage.threshold_reached */
            monthlyMessageBudget: number | null;
            name: string;
        };
        AccountNotification: {
            /** Format: date-time */
            createdAt: string;
            data: {
                [key: string]: unknown;
            };
            detail: string;
            /** Format: uuid */
            id: string;
            title: string;
            type: string;
        };
        /**
         * @example {
         *       "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
         *       "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
         *       "name": "production",
         *       "prefix": "cap_live_0c5e0df4",
         *       "scopes": [
         *         "read",
         *         "write"
         *       ],
         *       "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "expiresAt": null
         *     }
         */
        ApiKey: {
            /** Format: uuid */
            accountId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @description When the key stops working; null: never */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description Updated at most once a minute */
            lastUsedAt: string | null;
            name: string | null;
            /** @description The start of the key, to recognise it; never the secret */
            prefix: string;
            revokedAt: string | null;
            scopes: ("read" | "write" | "admin")[];
        };
        /**
         * @example {
         *       "containerId": "19:8f6c2a1e4b3d4c5e9f0a1b2c3d4e5f6a@thread.v2",
         *       "messageId": "1764581400000",
         *       "policyViolation": {
         *         "dlpAction": "blockAccess",
         *         "verdictDetails": "none",
         *         "policyTip": {
         *           "generalText": "This message was blocked: it appears to contain a credit card number.",
         *           "matchedConditionDescriptions": [
         *             "Credit Card Number"
         *           ]
         *         }
         *       },
         *       "reason": "PCI rule 4.2 matched",
         *       "actor": "dlp-engine"
         *     }
         */
        ApplyPolicyViolationInput: {
            /** @description Who decided, in the caller's terms (user, rule) */
            actor?: string;
            /** @description Chat id, or teamId/channelId, as the archive lists it */
            containerId: string;
            /** @description Graph message id (a reply's own id for replies) */
            messageId: string;
            policyViolation: components["schemas"]["PolicyViolationValueInput"];
            /** @description Why: recorded with the version and sent in the webhook */
            reason: string;
        };
        /**
         * @example {
         *       "containerId": "19:2da4c29f6d7041eca70b638b43d45437@thread.v2",
         *       "containerType": "chat",
         *       "messageId": "1733045400000",
         *       "etag": "1733045400000",
         *       "fromUserId": "8ea0e38b-efb3-4757-924a-5f94061cf8c2",
         *       "createdDateTime": "2026-12-01T09:30:00.000Z",
         *       "lastModifiedDateTime": "2026-12-01T09:30:00.000Z",
         *       "deletedDateTime": null,
         *       "hostedContents": [],
         *       "message": {
         *         "id": "1733045400000",
         *         "messageType": "message",
         *         "chatId": "19:2da4c29f6d7041eca70b638b43d45437@thread.v2",
         *         "body": {
         *           "contentType": "text",
         *           "content": "Quarterly numbers attached."
         *         }
         *       }
         *     }
         */
        ArchivedMessage: {
            containerId: string;
            /** @enum {string} */
            containerType: "chat" | "channel";
            createdDateTime: string | null;
            deletedDateTime: string | null;
            etag: string;
            fromUserId: string | null;
            hostedContents: {
                downloadUrl: string | null;
                hostedContentId: string;
                /** @description Null until the bytes are fetched */
                sha256: string | null;
            }[];
            lastModifiedDateTime: string | null;
            message: {
                [key: string]: unknown;
            };
            messageId: string;
        };
        /**
         * @example {
         *       "id": "f6a7b8c9-d0e1-4f2a-8b3c-4d5e6f7a8b9c",
         *       "actor": "api_key:0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
         *       "action": "tenant.created",
         *       "targetType": "tenant",
         *       "targetId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "data": {
         *         "model": "A"
         *       },
         *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
         *       "createdAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        AuditEvent: {
            action: string;
            /** @description "api_key:<id>", "ops", "cli" or "consent_callback" */
            actor: string;
            /** Format: date-time */
            createdAt: string;
            data: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            id: string;
            requestId: string | null;
            targetId: string;
            targetType: string;
        };
        /**
         * @example {
         *       "monthlyMessageBudget": 2000000
         *     }
         */
        BudgetInputInput: {
            /** @description Messages a month across the account's tenants, or null for no budget */
            monthlyMessageBudget: number | null;
        };
        /**
         * @example {
         *       "value": [
         *         {
         *           "subscriptionId": "7f105c7d-2dc5-4530-97cd-4e7ae6534c07",
         *           "changeType": "created",
         *           "clientState": "a-secret-capstan-chose",
         *           "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
         *           "resource": "chats('19:8f6c2a1e4b3d4c5e9f0a1b2c3d4e5f6a@thread.v2')/messages('1764581400000')",
         *           "resourceData": {
         *             "id": "1764581400000"
         *           },
         *           "encryptedContent": {
         *             "data": "ZW5jcnlwdGVkIG1lc3NhZ2U=",
         *             "dataKey": "ZW5jcnlwdGVkIGtleQ==",
         *             "dataSignature": "c2lnbmF0dXJl",
         *             "encryptionCertificateId": "capstan-live-2026-12"
         *           }
         *         }
         *       ]
         *     }
         */
        ChangeNotificationBatchInput: {
            validationTokens?: string[];
            value: {
                /** @enum {string} */
                changeType: "created" | "updated" | "deleted";
                clientState?: string | null;
                encryptedContent?: {
                    data: string;
                    dataKey: string;
                    dataSignature: string;
                    encryptionCertificateId: string;
                    encryptionCertificateThumbprint?: string;
                };
                resource: string;
                resourceData?: {
                    id: string;
                } & {
                    [key: string]: unknown;
                };
                subscriptionId: string;
                tenantId?: string;
            }[];
        };
        /**
         * @example {
         *       "consentUrl": "https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fapi.capstan.example%2Fv1%2Fconsent%2Fcallback&state=Zm9vYmFy",
         *       "consentUrlExpiresAt": "2026-12-01T10:30:00.000Z"
         *     }
         */
        ConsentLink: {
            /**
             * Format: uri
             * @description Microsoft's admin consent page for Capstan's app; send the customer's admin here
             */
            consentUrl: string;
            /**
             * Format: date-time
             * @description The URL's state stops working then; ask for a fresh one
             */
            consentUrlExpiresAt: string;
        };
        /**
         * @example {
         *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "outcome": "active",
         *       "status": "active",
         *       "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47"
         *     }
         */
        ConsentOutcome: {
            entraTenantId: string;
            /** @enum {string} */
            outcome: "active";
            /** @enum {string} */
            status: "pending_consent" | "active" | "consent_failed" | "consent_revoked" | "consent_incomplete" | "offboarded";
            /** Format: uuid */
            tenantId: string;
        };
        ContextMember: {
            /** @description The directory's name as of the capture, else Graph's member name */
            displayName: string | null;
            email: string | null;
            roles: string[];
            tenantId: string | null;
            userId: string | null;
            /** @description From the directory snapshot; null for users outside it */
            userPrincipalName: string | null;
            visibleHistoryStartDateTime: string | null;
        };
        Conversation: {
            containerId: string;
            /** @enum {string} */
            containerType: "chat" | "channel";
            /** @description The chat's or channel's context as last captured */
            context: components["schemas"]["ConversationContext"] | null;
            /** @description Top-level messages in time order, replies under them */
            data: components["schemas"]["ConversationEntry"][];
            nextCursor: string | null;
        };
        ConversationContext: {
            /**
             * Format: date-time
             * @description When Capstan first captured this content
             */
            capturedAt: string;
            /** @description Channels: the channel's display name */
            channelName: string | null;
            /** @description Chats: oneOnOne, group or meeting */
            chatType: string | null;
            containerId: string;
            /** @enum {string} */
            containerType: "chat" | "channel";
            /** @description Chats: Graph's lastUpdatedDateTime (a rename or a member change) */
            lastUpdatedDateTime: string | null;
            /** @description Chats: the members as of the capture */
            members: components["schemas"]["ContextMember"][] | null;
            /** @description Channels: standard, private or shared */
            membershipType: string | null;
            teamDescription: string | null;
            teamId: string | null;
            /** @description Channels: the team's display name */
            teamName: string | null;
            /** @description Chats: the topic (null for oneOnOne chats) */
            topic: string | null;
        };
        ConversationContextHistory: {
            /**
             * Format: date-time
             * @description When Graph last confirmed the current context
             */
            checkedAt: string;
            containerId: string;
            current: components["schemas"]["ConversationContext"];
            /** @description Every distinct context the chat or channel had, oldest first (the last is the current one) */
            history: components["schemas"]["ConversationContext"][];
            /** @description The chat, or the team and channel, as Graph returned them */
            raw: {
                [key: string]: unknown;
            };
            /** Format: uuid */
            tenantId: string;
        };
        ConversationEntry: {
            createdDateTime: string | null;
            deletedDateTime: string | null;
            etag: string;
            fromUserId: string | null;
            lastModifiedDateTime: string | null;
            /** @description The current version as Graph returned it */
            message: {
                [key: string]: unknown;
            };
            messageId: string;
            /** @description Replies to this message (channel threads), oldest first */
            replies: {
                createdDateTime: string | null;
                deletedDateTime: string | null;
                etag: string;
                fromUserId: string | null;
                lastModifiedDateTime: string | null;
                /** @description The current version as Graph returned it */
                message: {
                    [key: string]: unknown;
                };
                messageId: string;
                replyToId: string | null;
                /** @description Who the sender was at the time (directory snapshot); null if unknown */
                sender: components["schemas"]["Sender"] | null;
                /** @description Versions Capstan stored of this message */
                versions: number;
            }[];
            replyToId: string | null;
            /** @description Who the sender was at the time (directory snapshot); null if unknown */
            sender: components["schemas"]["Sender"] | null;
            /** @description Versions Capstan stored of this message */
            versions: number;
        };
        /**
         * @example {
         *       "name": "Contoso Compliance"
         *     }
         */
        CreateAccountInput: {
            /** @description The ISV's name */
            name: string;
        };
        /**
         * @example {
         *       "name": "production",
         *       "scopes": [
         *         "read",
         *         "write"
         *       ],
         *       "expiresAt": "2099-01-31T00:00:00Z"
         *     }
         */
        CreateApiKeyInput: {
            /**
             * Format: date-time
             * @description When the key stops working (refused with api_key_expired); omit for a key that never expires
             */
            expiresAt?: string;
            /** @description A label to tell keys apart */
            name?: string;
            scopes: ("read" | "write" | "admin")[];
        };
        /**
         * @example {
         *       "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
         *       "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
         *       "name": "production",
         *       "prefix": "cap_live_0c5e0df4",
         *       "scopes": [
         *         "read",
         *         "write"
         *       ],
         *       "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "lastUsedAt": null,
         *       "revokedAt": null,
         *       "expiresAt": null,
         *       "key": "cap_live_0c5e0df4b05347e095063cda6f0a5dc4_oUlDXLSuDrjKERCEr8UenIEhIJh3A_NtT-MEXLy1U_k"
         *     }
         */
        CreatedApiKey: {
            /** Format: uuid */
            accountId: string;
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            /** @description When the key stops working; null: never */
            expiresAt: string | null;
            /** Format: uuid */
            id: string;
            /** @description The whole key (cap_live_…). Shown once: Capstan keeps only its hash. */
            key: string;
            /** @description Updated at most once a minute */
            lastUsedAt: string | null;
            name: string | null;
            /** @description The start of the key, to recognise it; never the secret */
            prefix: string;
            revokedAt: string | null;
            scopes: ("read" | "write" | "admin")[];
        };
        /**
         * @example {
         *       "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "displayName": "Fabrikam Ltd",
         *       "status": "pending_consent",
         *       "entraTenantId": null,
         *       "model": "A",
         *       "cloud": "global",
         *       "modelAttestation": {
         *         "purpose": "compliance",
         *         "attestedBy": "jane.doe@contoso-compliance.example"
         *       },
         *       "graphModelParameter": "A",
         *       "returnUrl": "https://isv.example/capstan/consent-done",
         *       "consentedAt": null,
         *       "consentError": null,
         *       "missingRoles": [],
         *       "offboardedAt": null,
         *       "purgedAt": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z",
         *       "consentUrl": "https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fapi.capstan.example%2Fv1%2Fconsent%2Fcallback&state=Zm9vYmFy",
         *       "consentUrlExpiresAt": "2026-12-01T10:30:00.000Z"
         *     }
         */
        CreatedTenant: {
            /**
             * @description The Microsoft cloud the tenant lives in: global (login.microsoftonline.com, graph.microsoft.com), usGovL4 (GCC High: login.microsoftonline.us, graph.microsoft.us), usGovL5 (DoD: login.microsoftonline.us, dod-graph.microsoft.us) or china (21Vianet: login.partner.microsoftonline.cn, microsoftgraph.chinacloudapi.cn). Decides the consent URL, the token authority and scope, and the Graph host.
             * @enum {string}
             */
            cloud: "global" | "usGovL4" | "usGovL5" | "china";
            consentedAt: string | null;
            /** @description Why the last consent or token check failed */
            consentError: string | null;
            /**
             * Format: uri
             * @description Microsoft's admin consent page for Capstan's app; send the customer's admin here
             */
            consentUrl: string;
            /**
             * Format: date-time
             * @description The URL's state stops working then; ask for a fresh one
             */
            consentUrlExpiresAt: string;
            /** Format: date-time */
            createdAt: string;
            displayName: string | null;
            /** @description The Entra ID directory, known once consent is proven */
            entraTenantId: string | null;
            /** @description The `model` query parameter Capstan sends to Graph for this tenant (none in evaluation) */
            graphModelParameter: ("A" | "B") | null;
            /** Format: uuid */
            id: string;
            /** @description Application roles exports need that the tenant's consent lacks (status consent_incomplete); empty otherwise */
            missingRoles: string[];
            /**
             * @description A: security and compliance use, needs an attestation; B: any other use; evaluation: no model, capped per month
             * @enum {string}
             */
            model: "A" | "B" | "evaluation";
            modelAttestation: components["schemas"]["ModelAttestation"] | null;
            offboardedAt: string | null;
            purgedAt: string | null;
            returnUrl: string | null;
            /** @enum {string} */
            status: "pending_consent" | "active" | "consent_failed" | "consent_revoked" | "consent_incomplete" | "offboarded";
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @description The messages to bundle: those a query finds (search filters), or those a legal hold covers
         * @example {
         *       "query": {
         *         "q": "quarterly forecast",
         *         "userId": "adele.vance@fabrikam.example",
         *         "from": "2026-10-01T00:00:00Z"
         *       }
         *     }
         */
        CreateExportBundleInput: {
            query: {
                channelId?: string;
                chatId?: string;
                /**
                 * Format: date-time
                 * @description Created at or after
                 */
                from?: string;
                /**
                 * @description Include messages deleted in Teams
                 * @default true
                 */
                includeDeleted: boolean;
                /** @description In a chat or channel this user wrote in */
                participant?: string;
                /** @description Words in bodies, subjects or attachment names, in any stored version: `budget "next quarter" -draft`, `a or b`. Matched as written (lower-cased, no stemming). */
                q?: string;
                teamId?: string;
                /**
                 * Format: date-time
                 * @description Created before
                 */
                to?: string;
                /** @description Sent by this user */
                userId?: string;
            };
        } | {
            /** Format: uuid */
            holdId: string;
        };
        /**
         * @example {
         *       "scope": "user",
         *       "userId": "adele.vance@fabrikam.example",
         *       "options": {
         *         "hostedContents": true
         *       }
         *     }
         */
        CreateExportInput: {
            options?: components["schemas"]["ExportOptionsInput"];
            /** @constant */
            scope: "user";
            /** @description Graph id or UPN of the user whose chats to export */
            userId: string;
        } | {
            options?: components["schemas"]["ExportOptionsInput"];
            /** @constant */
            scope: "team";
            /** @description Graph id of the team whose channels to export */
            teamId: string;
        } | {
            options?: components["schemas"]["ExportOptionsInput"];
            /** @constant */
            scope: "tenant";
        };
        /**
         * @example {
         *       "scope": "user",
         *       "userId": "adele.vance@fabrikam.example",
         *       "name": "Matter 2026-114",
         *       "reason": "Litigation hold requested by outside counsel"
         *     }
         */
        CreateLegalHoldInput: ({
            /** @constant */
            scope: "tenant";
        } | {
            /** @constant */
            scope: "user";
            userId: string;
        } | {
            chatId: string;
            /** @constant */
            scope: "chat";
        } | {
            query: {
                channelId?: string;
                chatId?: string;
                /**
                 * Format: date-time
                 * @description Messages created at or after
                 */
                from?: string;
                teamId?: string;
                /**
                 * Format: date-time
                 * @description Messages created before
                 */
                to?: string;
                /** @description Messages sent by this user, and every message of a chat the user wrote in */
                userId?: string;
            };
            /** @constant */
            scope: "query";
        }) & {
            name: string;
            reason?: string;
        };
        /**
         * @example {
         *       "name": "Seven years after creation",
         *       "basis": "created",
         *       "keepDays": 2557,
         *       "enabled": true
         *     }
         */
        CreateRetentionPolicyInput: {
            /**
             * @description Count from the message's creation, or from its deletion in Teams
             * @enum {string}
             */
            basis: "created" | "deleted";
            /** @default true */
            enabled: boolean;
            keepDays: number;
            name: string;
        };
        /**
         * @example {
         *       "model": "A",
         *       "cloud": "global",
         *       "displayName": "Fabrikam Ltd",
         *       "returnUrl": "https://isv.example/capstan/consent-done",
         *       "attestation": {
         *         "purpose": "compliance",
         *         "attestedBy": "jane.doe@contoso-compliance.example"
         *       }
         *     }
         */
        CreateTenantInput: {
            /** @description Required with model A */
            attestation?: components["schemas"]["ModelAttestationInput"];
            /**
             * @description Set once, at onboarding (default global)
             * @enum {string}
             */
            cloud?: "global" | "usGovL4" | "usGovL5" | "china";
            displayName?: string;
            /**
             * @description A: security and compliance use, needs an attestation; B: any other use; evaluation: no model, capped per month
             * @enum {string}
             */
            model: "A" | "B" | "evaluation";
            /**
             * Format: uri
             * @description Where the admin's browser goes after consent, with ?tenantId=&outcome=&code=
             */
            returnUrl?: string;
        };
        /**
         * @example {
         *       "url": "https://isv.example/hooks/capstan",
         *       "events": [
         *         "export.completed",
         *         "export.failed",
         *         "tenant.consent_revoked"
         *       ],
         *       "description": "Production receiver"
         *     }
         */
        CreateWebhookEndpointInput: {
            description?: string;
            /** @description Event types to receive; "*" for all, including types added later */
            events: (("tenant.consented" | "tenant.consent_failed" | "tenant.consent_revoked" | "export.started" | "export.completed" | "export.failed" | "export.cancelled" | "usage.threshold_reached" | "webhook_endpoint.disabled" | "message.captured" | "message.policy_violation_applied") | "*")[];
            /**
             * Format: uri
             * @description Where events are POSTed: https (http only in development), a public address, no credentials
             */
            url: string;
        };
        /**
         * @example {
         *       "id": "b7e4a1c2-3d5f-4e6a-9b8c-1d2e3f4a5b6c",
         *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "scope": "user",
         *       "targetId": "adele.vance@fabrikam.example",
         *       "scheduleId": null,
         *       "status": "running",
         *       "options": {
         *         "hostedContents": true
         *       },
         *       "progress": {
         *         "tasksTotal": 1,
         *         "tasksDone": 0,
         *         "tasksByStatus": {
         *           "running": 1
         *         },
         *         "pagesFetched": 12,
         *         "messagesSeen": 600,
         *         "messagesStored": 587,
         *         "versionsNew": 587,
         *         "hostedContents": 3,
         *         "waitedMs": 0,
         *         "etaSeconds": 4
         *       },
         *       "error": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "startedAt": "2026-12-01T09:30:00.000Z",
         *       "finishedAt": null
         *     }
         */
        Export: {
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            options: components["schemas"]["ExportOptions"];
            progress: {
                /** @description Estimated time to completion; null when unknown */
                etaSeconds: number | null;
                hostedContents: number;
                /** @description Messages Graph returned, duplicates included */
                messagesSeen: number;
                /** @description Distinct message versions in this export's result set */
                messagesStored: number;
                pagesFetched: number;
                tasksByStatus: {
                    [key: string]: number;
                };
                /** @description Completed or skipped tasks */
                tasksDone: number;
                tasksTotal: number;
                /** @description Versions no earlier export had stored */
                versionsNew: number;
                /** @description Time tasks spent stepped aside waiting for a rate-limit token */
                waitedMs: number;
            };
            scheduleId: string | null;
            /** @enum {string} */
            scope: "user" | "team" | "tenant";
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed" | "cancelled";
            targetId: string | null;
            /** Format: uuid */
            tenantId: string;
        };
        ExportBundle: {
            /** @description Size of the tar so far */
            bytes: number;
            /** Format: date-time */
            createdAt: string;
            /** @description Set once completed */
            downloadUrl: string | null;
            error: string | null;
            /** @description When a completed bundle's bytes are removed */
            expiresAt: string | null;
            finishedAt: string | null;
            /** Format: uuid */
            id: string;
            manifestSha256: string | null;
            messagesDone: number;
            /** @description Messages chosen (known once the build started) */
            messagesTotal: number;
            removedAt: string | null;
            /** @description "expiry", or the actor who deleted the bundle */
            removedBy: string | null;
            source: {
                [key: string]: unknown;
            };
            /**
             * @description `expired`: completed once; its bytes were removed at expiresAt or on request (removedBy)
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "failed" | "expired";
            /** Format: uuid */
            tenantId: string;
        };
        /**
         * @example {
         *       "containerId": "19:2da4c29f6d7041eca70b638b43d45437@thread.v2",
         *       "messageId": "1733045400000",
         *       "etag": "1733045400000",
         *       "lastModifiedDateTime": "2026-12-01T09:30:00.000Z",
         *       "deletedDateTime": null,
         *       "message": {
         *         "id": "1733045400000",
         *         "messageType": "message",
         *         "body": {
         *           "contentType": "text",
         *           "content": "Hello"
         *         }
         *       }
         *     }
         */
        ExportMessage: {
            /** @description Chat id, or teamId/channelId */
            containerId: string;
            deletedDateTime: string | null;
            etag: string;
            lastModifiedDateTime: string | null;
            /** @description The chatMessage exactly as Graph returned it */
            message: {
                [key: string]: unknown;
            };
            messageId: string;
        };
        ExportOptions: {
            /** @description Deprecated: `true` is `chatFetch: once`, `false` is `chatFetch: perParticipant`. */
            chatDedup?: boolean;
            /**
             * @description Whole-tenant exports: how chat messages are fetched. `once` (default) asks each user's listing for the user's own messages plus everything no listed user sent (system events, apps and bots, guests, federated and anonymous users, phone, email and ACS users, users deleted from the directory), so each message comes once. `perParticipant` fetches every chat message once per participant.
             * @enum {string}
             */
            chatFetch?: "once" | "perParticipant";
            /** @description Capture chat context beside the messages (default true): each chat's topic, type and members, each team's and channel's name, and the directory's display names and UPNs, as of capture time, once per chat or team per run (skipped when captured within CONTEXT_REFRESH_SECONDS). */
            context?: boolean;
            /** @description Fetch inline images and other hosted contents (default true) */
            hostedContents?: boolean;
            /** @description Graph's $top, at most 50 (default 50) */
            pageSize?: number;
            /** @description Also list getAllRetainedMessages for every user and team (needs a Teams retention policy in the tenant): deleted messages the policy retains past Graph's 21 days. Private channels have no retained listing; getAllMessages is listed as well, so nothing is lost without a policy (default false) */
            retainedMessages?: boolean;
            /** @description Split each target's time window into this many shards fetched in parallel (large targets) */
            shards?: number;
            window?: {
                /**
                 * Format: date-time
                 * @description Only messages last modified after this time
                 */
                from?: string;
                /**
                 * Format: date-time
                 * @description Only messages last modified before this time
                 */
                to?: string;
            };
        };
        ExportOptionsInput: {
            /** @description Deprecated: `true` is `chatFetch: once`, `false` is `chatFetch: perParticipant`. */
            chatDedup?: boolean;
            /**
             * @description Whole-tenant exports: how chat messages are fetched. `once` (default) asks each user's listing for the user's own messages plus everything no listed user sent (system events, apps and bots, guests, federated and anonymous users, phone, email and ACS users, users deleted from the directory), so each message comes once. `perParticipant` fetches every chat message once per participant.
             * @enum {string}
             */
            chatFetch?: "once" | "perParticipant";
            /** @description Capture chat context beside the messages (default true): each chat's topic, type and members, each team's and channel's name, and the directory's display names and UPNs, as of capture time, once per chat or team per run (skipped when captured within CONTEXT_REFRESH_SECONDS). */
            context?: boolean;
            /** @description Fetch inline images and other hosted contents (default true) */
            hostedContents?: boolean;
            /** @description Graph's $top, at most 50 (default 50) */
            pageSize?: number;
            /** @description Also list getAllRetainedMessages for every user and team (needs a Teams retention policy in the tenant): deleted messages the policy retains past Graph's 21 days. Private channels have no retained listing; getAllMessages is listed as well, so nothing is lost without a policy (default false) */
            retainedMessages?: boolean;
            /** @description Split each target's time window into this many shards fetched in parallel (large targets) */
            shards?: number;
            window?: {
                /**
                 * Format: date-time
                 * @description Only messages last modified after this time
                 */
                from?: string;
                /**
                 * Format: date-time
                 * @description Only messages last modified before this time
                 */
                to?: string;
            };
        };
        /**
         * @example {
         *       "id": "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b",
         *       "kind": "user_chats",
         *       "targetId": "8ea0e38b-efb3-4757-924a-5f94061cf8c2",
         *       "shard": 0,
         *       "windowStart": null,
         *       "windowEnd": null,
         *       "status": "running",
         *       "phase": "messages",
         *       "pagesFetched": 12,
         *       "messagesSeen": 600,
         *       "messagesStored": 587,
         *       "hostedContents": 3,
         *       "failures": 0,
         *       "waitedMs": 0,
         *       "error": null,
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        ExportTask: {
            error: string | null;
            failures: number;
            hostedContents: number;
            /** Format: uuid */
            id: string;
            /**
             * @description deleted_team_channels: a deleted team's channels (/teamwork/deletedTeams); user_retained, team_retained: getAllRetainedMessages (option retainedMessages)
             * @enum {string}
             */
            kind: "tenant_enumerate" | "user_chats" | "team_channels" | "sender_sweep" | "deleted_team_channels" | "user_retained" | "team_retained";
            messagesSeen: number;
            messagesStored: number;
            pagesFetched: number;
            phase: string;
            shard: number;
            /** @enum {string} */
            status: "pending" | "running" | "completed" | "skipped" | "paused" | "failed" | "dead" | "cancelled";
            targetId: string;
            /** Format: date-time */
            updatedAt: string;
            waitedMs: number;
            windowEnd: string | null;
            windowStart: string | null;
        };
        LedgerHead: {
            /** @description Compact JWS (EdDSA) of {tenantId, position, chainHash, signedAt}; verify with /v1/signing-keys */
            attestation: string;
            /** @description Hex SHA-256 chain hash at that position */
            chainHash: string | null;
            /** @description Versions stored but not chained yet (the chaining job runs every few seconds) */
            pending: number;
            /** @description Entries chained so far (the last position); 0 before the first */
            position: string;
            /** Format: date-time */
            signedAt: string;
            /** Format: uuid */
            tenantId: string;
        };
        LegalHold: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            criteria: {
                channelId?: string;
                chatId?: string;
                /**
                 * Format: date-time
                 * @description Messages created at or after
                 */
                from?: string;
                teamId?: string;
                /**
                 * Format: date-time
                 * @description Messages created before
                 */
                to?: string;
                /** @description Messages sent by this user, and every message of a chat the user wrote in */
                userId?: string;
            };
            /** Format: uuid */
            id: string;
            name: string;
            reason: string | null;
            releasedAt: string | null;
            releasedBy: string | null;
            /** @enum {string} */
            scope: "tenant" | "user" | "chat" | "query";
            /** @enum {string} */
            status: "active" | "released";
            /** Format: uuid */
            tenantId: string;
        };
        LegalHoldDetail: {
            /** Format: date-time */
            createdAt: string;
            createdBy: string;
            criteria: {
                channelId?: string;
                chatId?: string;
                /**
                 * Format: date-time
                 * @description Messages created at or after
                 */
                from?: string;
                teamId?: string;
                /**
                 * Format: date-time
                 * @description Messages created before
                 */
                to?: string;
                /** @description Messages sent by this user, and every message of a chat the user wrote in */
                userId?: string;
            };
            /** Format: uuid */
            id: string;
            /** @description Archived messages the hold covers now */
            messages: number;
            name: string;
            reason: string | null;
            releasedAt: string | null;
            releasedBy: string | null;
            /** @enum {string} */
            scope: "tenant" | "user" | "chat" | "query";
            /** @enum {string} */
            status: "active" | "released";
            /** Format: uuid */
            tenantId: string;
        };
        /**
         * @example {
         *       "value": [
         *         {
         *           "subscriptionId": "7f105c7d-2dc5-4530-97cd-4e7ae6534c07",
         *           "lifecycleEvent": "reauthorizationRequired",
         *           "clientState": "a-secret-capstan-chose",
         *           "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
         *           "subscriptionExpirationDateTime": "2026-12-04T09:30:00Z"
         *         }
         *       ]
         *     }
         */
        LifecycleNotificationBatchInput: {
            value: {
                clientState?: string | null;
                /** @enum {string} */
                lifecycleEvent: "reauthorizationRequired" | "subscriptionRemoved" | "missed";
                subscriptionExpirationDateTime?: string;
                subscriptionId: string;
                tenantId?: string;
            }[];
        };
        /**
         * @example {
         *       "scope": "tenant"
         *     }
         */
        LiveCaptureSettingsInput: {
            /**
             * @description What is captured: every chat and channel, all chats, all channels, or one user's chats
             * @default tenant
             * @enum {string}
             */
            scope: "tenant" | "chats" | "teams" | "user";
            /** @description Scope user only: the user whose chats are captured */
            userId?: string;
        };
        MessageHistory: {
            containerId: string;
            messageId: string;
            nextCursor: string | null;
            /** Format: uuid */
            tenantId: string;
            /** @description Oldest first, by Graph's lastModifiedDateTime */
            versions: components["schemas"]["MessageVersion"][];
        };
        MessageVersion: {
            /** @description What differs from the version before it (`created` for the first one Capstan stored) */
            changes: ("created" | "body" | "subject" | "attachments" | "mentions" | "reactions" | "deleted" | "undeleted" | "policyViolation" | "other")[];
            /** @description Hex SHA-256 the ledger holds for this version */
            contentHash: string | null;
            deletedDateTime: string | null;
            etag: string;
            /**
             * Format: date-time
             * @description When Capstan first stored this version
             */
            firstSeenAt: string;
            lastModifiedDateTime: string | null;
            /** @description Place in the tenant's hash chain; null until chained */
            ledgerPosition: string | null;
            /** @description The chatMessage exactly as Graph returned it */
            message: {
                [key: string]: unknown;
            };
        };
        ModelAttestation: {
            /** @description Name or e-mail of the person attesting */
            attestedBy: string;
            /**
             * @description What the exported data is used for
             * @enum {string}
             */
            purpose: "security" | "compliance";
        };
        ModelAttestationInput: {
            /** @description Name or e-mail of the person attesting */
            attestedBy: string;
            /**
             * @description What the exported data is used for
             * @enum {string}
             */
            purpose: "security" | "compliance";
        };
        /**
         * @example {
         *       "id": "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70",
         *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "fromModel": "B",
         *       "toModel": "A",
         *       "attestation": {
         *         "purpose": "compliance",
         *         "attestedBy": "jane.doe@contoso-compliance.example"
         *       },
         *       "changedBy": "api_key:0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
         *       "createdAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        ModelChange: {
            attestation: components["schemas"]["ModelAttestation"] | null;
            changedBy: string;
            /** Format: date-time */
            createdAt: string;
            /** @description Null for the model chosen at creation */
            fromModel: ("A" | "B" | "evaluation") | null;
            /** Format: uuid */
            id: string;
            /** Format: uuid */
            tenantId: string;
            /**
             * @description A: security and compliance use, needs an attestation; B: any other use; evaluation: no model, capped per month
             * @enum {string}
             */
            toModel: "A" | "B" | "evaluation";
        };
        PolicyViolation: {
            appliedAt: string | null;
            /** @description The archived version Graph answered with */
            appliedEtag: string | null;
            attempts: number;
            containerId: string;
            /** Format: date-time */
            createdAt: string;
            error: string | null;
            /** Format: uuid */
            id: string;
            messageId: string;
            policyViolation: components["schemas"]["PolicyViolationValue"];
            reason: string;
            /** @description api-key:<id>, and the actor named, if any */
            requestedBy: string;
            /** @enum {string} */
            status: "pending" | "applied" | "failed";
            /** Format: uuid */
            tenantId: string;
        };
        PolicyViolationValue: {
            /**
             * @description What Teams does with the message
             * @enum {string}
             */
            dlpAction: "none" | "notifySender" | "blockAccess" | "blockAccessExternal";
            justificationText?: string | null;
            policyTip?: {
                /** Format: uri */
                complianceUrl?: string;
                generalText: string;
                /** @default [] */
                matchedConditionDescriptions: string[];
            };
            /** @enum {string} */
            userAction?: "none" | "override" | "reportFalsePositive";
            /**
             * @default none
             * @enum {string}
             */
            verdictDetails: "none" | "allowFalsePositiveOverride" | "allowOverrideWithoutJustification" | "allowOverrideWithJustification";
        };
        PolicyViolationValueInput: {
            /**
             * @description What Teams does with the message
             * @enum {string}
             */
            dlpAction: "none" | "notifySender" | "blockAccess" | "blockAccessExternal";
            justificationText?: string | null;
            policyTip?: {
                /** Format: uri */
                complianceUrl?: string;
                generalText: string;
                /** @default [] */
                matchedConditionDescriptions: string[];
            };
            /** @enum {string} */
            userAction?: "none" | "override" | "reportFalsePositive";
            /**
             * @default none
             * @enum {string}
             */
            verdictDetails: "none" | "allowFalsePositiveOverride" | "allowOverrideWithoutJustification" | "allowOverrideWithJustification";
        };
        Problem: {
            /** @description Stable machine-readable error code */
            code: string;
            detail?: string;
            /** @description Field-level validation errors */
            errors?: {
                message: string;
                path: string;
            }[];
            instance?: string;
            requestId?: string;
            status: number;
            title: string;
            /** @description A URI naming the kind of problem */
            type: string;
        };
        /**
         * @example {
         *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "purgedAt": "2026-12-01T09:30:00.000Z",
         *       "deleted": {
         *         "messageVersions": 58211,
         *         "exports": 3,
         *         "hostedContents": 12
         *       }
         *     }
         */
        PurgeResult: {
            /** @description Rows deleted per kind */
            deleted: {
                [key: string]: number;
            };
            /** Format: date-time */
            purgedAt: string;
            /** Format: uuid */
            tenantId: string;
        };
        /**
         * @example {
         *       "confirm": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f"
         *     }
         */
        PurgeTenantInput: {
            /** @description The tenant's id, typed again: purging deletes every archived message */
            confirm: string;
        };
        /**
         * @example {
         *       "queued": 1
         *     }
         */
        QueuedDeliveries: {
            /** @description Deliveries scheduled for an immediate attempt */
            queued: number;
        };
        /**
         * @example {
         *       "endpointId": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f"
         *     }
         */
        RedeliverInput: {
            /**
             * Format: uuid
             * @description Only to this endpoint; default: every enabled endpoint subscribed to it
             */
            endpointId?: string;
        };
        /**
         * @example {
         *       "since": "2026-11-30T00:00:00Z",
         *       "onlyFailed": true
         *     }
         */
        ReplayInput: {
            /**
             * @description Skip events this endpoint already received or is still receiving (succeeded or pending)
             * @default false
             */
            onlyFailed: boolean;
            /**
             * Format: date-time
             * @description Send again every subscribed event at or after this time
             */
            since: string;
            /** Format: date-time */
            until?: string;
        };
        RetentionPolicy: {
            /** @enum {string} */
            basis: "created" | "deleted";
            /** Format: date-time */
            createdAt: string;
            enabled: boolean;
            /** Format: uuid */
            id: string;
            keepDays: number;
            name: string;
            /** Format: date-time */
            nextRunAt: string;
            /** Format: uuid */
            tenantId: string;
            /** Format: date-time */
            updatedAt: string;
        };
        RetentionRun: {
            /** Format: date-time */
            cutoff: string;
            error: string | null;
            finishedAt: string | null;
            /** @description Messages under the policy that an active hold kept */
            held: number;
            /** Format: uuid */
            id: string;
            /** @description Messages deleted */
            messages: number;
            /** Format: uuid */
            policyId: string;
            /** Format: date-time */
            startedAt: string;
            /** @enum {string} */
            status: "running" | "completed" | "failed";
            /** Format: uuid */
            tenantId: string;
            /** @description Versions deleted */
            versions: number;
        };
        /**
         * @example {
         *       "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
         *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "intervalSeconds": 900,
         *       "overlapSeconds": 3600,
         *       "sweepDays": 21,
         *       "sweepIntervalSeconds": 86400,
         *       "lastSweepAt": "2026-12-01T00:00:00.000Z",
         *       "enabled": true,
         *       "options": {},
         *       "nextRunAt": "2026-12-01T09:45:00.000Z",
         *       "lastExportId": "b7e4a1c2-3d5f-4e6a-9b8c-1d2e3f4a5b6c"
         *     }
         */
        Schedule: {
            enabled: boolean;
            /** Format: uuid */
            id: string;
            intervalSeconds: number;
            lastExportId: string | null;
            /** @description When the last deletion sweep run started */
            lastSweepAt: string | null;
            /** Format: date-time */
            nextRunAt: string;
            options: components["schemas"]["ExportOptions"];
            overlapSeconds: number;
            sweepDays: number;
            sweepIntervalSeconds: number;
            /** Format: uuid */
            tenantId: string;
        };
        /**
         * @example {
         *       "intervalSeconds": 900,
         *       "overlapSeconds": 3600,
         *       "sweepDays": 21,
         *       "enabled": true
         *     }
         */
        ScheduleSettingsInput: {
            /** @default true */
            enabled: boolean;
            /** @description How often a run starts (e.g. 900) */
            intervalSeconds: number;
            options?: components["schemas"]["ExportOptionsInput"];
            /**
             * @description Each run starts this long before each target's watermark, to catch edits and late arrivals
             * @default 3600
             */
            overlapSeconds: number;
            /**
             * @description Deletion sweep: every sweepIntervalSeconds a run reads each target's last sweepDays again, to catch deletions Graph reports without a new lastModifiedDateTime (0 = never)
             * @default 21
             */
            sweepDays: number;
            /**
             * @description How often a run is a deletion sweep (default daily)
             * @default 86400
             */
            sweepIntervalSeconds: number;
        };
        SearchHit: {
            containerId: string;
            /** @enum {string} */
            containerType: "chat" | "channel";
            createdDateTime: string | null;
            deletedDateTime: string | null;
            /** @description The current version */
            etag: string;
            fromUserId: string | null;
            lastModifiedDateTime: string | null;
            /** @description Etags of the versions the words matched in (an edit may have removed them since); null without q */
            matchedVersions: string[] | null;
            /** @description The current version as Graph returned it */
            message: {
                [key: string]: unknown;
            };
            messageId: string;
            /** @description Where the words occur in the current version (plain text, **marked**) */
            snippet: string | null;
        };
        Sender: {
            /**
             * Format: date-time
             * @description When Capstan captured this identity: the last capture at or before the message's creation, or the first one after it when the user was first captured later
             */
            capturedAt: string;
            displayName: string | null;
            userId: string;
            userPrincipalName: string | null;
        };
        SigningKeys: {
            keys: {
                /** @constant */
                alg: "EdDSA";
                /** @constant */
                crv: "Ed25519";
                kid: string;
                /** @constant */
                kty: "OKP";
                /** @constant */
                use: "sig";
                x: string;
            }[];
        };
        /**
         * @example {
         *       "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "displayName": "Fabrikam Ltd",
         *       "status": "active",
         *       "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
         *       "model": "A",
         *       "cloud": "global",
         *       "modelAttestation": {
         *         "purpose": "compliance",
         *         "attestedBy": "jane.doe@contoso-compliance.example"
         *       },
         *       "graphModelParameter": "A",
         *       "returnUrl": "https://isv.example/capstan/consent-done",
         *       "consentedAt": "2026-12-01T09:30:00.000Z",
         *       "consentError": null,
         *       "missingRoles": [],
         *       "offboardedAt": null,
         *       "purgedAt": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        Tenant: {
            /**
             * @description The Microsoft cloud the tenant lives in: global (login.microsoftonline.com, graph.microsoft.com), usGovL4 (GCC High: login.microsoftonline.us, graph.microsoft.us), usGovL5 (DoD: login.microsoftonline.us, dod-graph.microsoft.us) or china (21Vianet: login.partner.microsoftonline.cn, microsoftgraph.chinacloudapi.cn). Decides the consent URL, the token authority and scope, and the Graph host.
             * @enum {string}
             */
            cloud: "global" | "usGovL4" | "usGovL5" | "china";
            consentedAt: string | null;
            /** @description Why the last consent or token check failed */
            consentError: string | null;
            /** Format: date-time */
            createdAt: string;
            displayName: string | null;
            /** @description The Entra ID directory, known once consent is proven */
            entraTenantId: string | null;
            /** @description The `model` query parameter Capstan sends to Graph for this tenant (none in evaluation) */
            graphModelParameter: ("A" | "B") | null;
            /** Format: uuid */
            id: string;
            /** @description Application roles exports need that the tenant's consent lacks (status consent_incomplete); empty otherwise */
            missingRoles: string[];
            /**
             * @description A: security and compliance use, needs an attestation; B: any other use; evaluation: no model, capped per month
             * @enum {string}
             */
            model: "A" | "B" | "evaluation";
            modelAttestation: components["schemas"]["ModelAttestation"] | null;
            offboardedAt: string | null;
            purgedAt: string | null;
            returnUrl: string | null;
            /** @enum {string} */
            status: "pending_consent" | "active" | "consent_failed" | "consent_revoked" | "consent_incomplete" | "offboarded";
            /** Format: date-time */
            updatedAt: string;
        };
        /**
         * @example {
         *       "tenant": {
         *         "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *         "displayName": "Fabrikam Ltd",
         *         "status": "active",
         *         "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
         *         "model": "A",
         *         "cloud": "global",
         *         "modelAttestation": {
         *           "purpose": "compliance",
         *           "attestedBy": "jane.doe@contoso-compliance.example"
         *         },
         *         "graphModelParameter": "A",
         *         "returnUrl": "https://isv.example/capstan/consent-done",
         *         "consentedAt": "2026-12-01T09:30:00.000Z",
         *         "consentError": null,
         *         "missingRoles": [],
         *         "offboardedAt": null,
         *         "purgedAt": null,
         *         "createdAt": "2026-12-01T09:30:00.000Z",
         *         "updatedAt": "2026-12-01T09:30:00.000Z"
         *       },
         *       "tokenOk": true,
         *       "reason": null
         *     }
         */
        TenantVerification: {
            reason: string | null;
            tenant: components["schemas"]["Tenant"];
            tokenOk: boolean;
        };
        /**
         * @example {
         *       "keepDays": 3650
         *     }
         */
        UpdateRetentionPolicyInput: {
            enabled?: boolean;
            keepDays?: number;
            name?: string;
        };
        /**
         * @example {
         *       "model": "B",
         *       "displayName": "Fabrikam Ltd (EU)"
         *     }
         */
        UpdateTenantInput: {
            /** @description Required when changing to model A */
            attestation?: components["schemas"]["ModelAttestationInput"];
            displayName?: string | null;
            /**
             * @description A: security and compliance use, needs an attestation; B: any other use; evaluation: no model, capped per month
             * @enum {string}
             */
            model?: "A" | "B" | "evaluation";
            returnUrl?: string | null;
        };
        /**
         * @example {
         *       "events": [
         *         "*"
         *       ]
         *     }
         */
        UpdateWebhookEndpointInput: {
            description?: string | null;
            /** @description Event types to receive; "*" for all, including types added later */
            events?: (("tenant.consented" | "tenant.consent_failed" | "tenant.consent_revoked" | "export.started" | "export.completed" | "export.failed" | "export.cancelled" | "usage.threshold_reached" | "webhook_endpoint.disabled" | "message.captured" | "message.policy_violation_applied") | "*")[];
            /**
             * Format: uri
             * @description Where events are POSTed: https (http only in development), a public address, no credentials
             */
            url?: string;
        };
        /**
         * @example {
         *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
         *       "month": "2026-12",
         *       "model": "A",
         *       "requests": 1204,
         *       "messages": 58211,
         *       "bytes": 91337812,
         *       "throttled": 0,
         *       "legacyBilling": false,
         *       "evaluationCap": null,
         *       "estimatedCostUsd": 0
         *     }
         */
        Usage: {
            bytes: number;
            /** @description Legacy billing estimate: Model A after its seeded capacity, Model B per message */
            estimatedCostUsd: number;
            evaluationCap: number | null;
            legacyBilling: boolean;
            /** @description Messages Graph returned: the billable unit under legacy billing */
            messages: number;
            /** @enum {string} */
            model: "A" | "B" | "evaluation";
            month: string;
            requests: number;
            /** Format: uuid */
            tenantId: string;
            /** @description 429 answers received */
            throttled: number;
        };
        Verification: {
            /** @description Compact JWS (EdDSA) of this result without the attestation */
            attestation: string;
            /** @description Hex chain hash at toPosition */
            chainHash: string | null;
            /** @description Entries whose version a retention policy deleted, as recorded */
            deletedByRetention: number;
            entries: number;
            /** @description The first 100 failures */
            failures: {
                containerId: string;
                etag: string;
                messageId: string;
                position: string;
                /** @enum {string} */
                problem: "content_changed" | "version_missing" | "chain_broken" | "position_gap";
            }[];
            fromPosition: string;
            ok: boolean;
            /** Format: uuid */
            tenantId: string;
            toPosition: string;
            /** @description Versions in the archive without a ledger entry (counted when the whole chain is verified) */
            unrecorded: number | null;
            /** Format: date-time */
            verifiedAt: string;
        };
        WebhookAttempt: {
            /** @description 1 for the delivery's first attempt */
            attempt: number;
            /** Format: date-time */
            attemptedAt: string;
            /** Format: uuid */
            endpointId: string;
            error: string | null;
            /** @description Why no usable answer came: timeout, blocked_address, dns_error, connection_error, … */
            errorCode: string | null;
            /** Format: uuid */
            eventId: string;
            eventType: string;
            /** Format: uuid */
            id: string;
            latencyMs: number;
            /** @description The first bytes of the response body (at most 4 KiB) */
            responseBody: string | null;
            /** @description HTTP status; null when no answer came */
            statusCode: number | null;
            succeeded: boolean;
            /** @enum {string} */
            trigger: "scheduled" | "redelivery" | "replay";
            url: string;
        };
        WebhookDeliveryState: {
            attempts: number;
            /** Format: uuid */
            endpointId: string;
            lastAttemptAt: string | null;
            lastError: string | null;
            lastStatus: number | null;
            nextAttemptAt: string | null;
            /** @enum {string} */
            status: "pending" | "succeeded" | "failed" | "cancelled";
            succeededAt: string | null;
        };
        /**
         * @example {
         *       "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
         *       "url": "https://isv.example/hooks/capstan",
         *       "description": "Production receiver",
         *       "events": [
         *         "export.completed",
         *         "export.failed",
         *         "tenant.consent_revoked"
         *       ],
         *       "status": "enabled",
         *       "disabledAt": null,
         *       "disabledCode": null,
         *       "disabledReason": null,
         *       "previousSecretExpiresAt": null,
         *       "consecutiveFailures": 0,
         *       "failingSince": null,
         *       "lastSuccessAt": "2026-12-01T09:30:00.000Z",
         *       "lastFailureAt": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z"
         *     }
         */
        WebhookEndpoint: {
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            disabledAt: string | null;
            /** @description Why it is disabled: by you (manual), 410 Gone, or failing too long */
            disabledCode: ("manual" | "gone" | "failing_days" | "failing_deliveries") | null;
            disabledReason: string | null;
            events: string[];
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            lastFailureAt: string | null;
            lastSuccessAt: string | null;
            /** @description Until then the secret before the last rotation still signs beside the new one */
            previousSecretExpiresAt: string | null;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        /**
         * @example {
         *       "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
         *       "url": "https://isv.example/hooks/capstan",
         *       "description": "Production receiver",
         *       "events": [
         *         "export.completed",
         *         "export.failed",
         *         "tenant.consent_revoked"
         *       ],
         *       "status": "enabled",
         *       "disabledAt": null,
         *       "disabledCode": null,
         *       "disabledReason": null,
         *       "previousSecretExpiresAt": null,
         *       "consecutiveFailures": 0,
         *       "failingSince": null,
         *       "lastSuccessAt": "2026-12-01T09:30:00.000Z",
         *       "lastFailureAt": null,
         *       "createdAt": "2026-12-01T09:30:00.000Z",
         *       "updatedAt": "2026-12-01T09:30:00.000Z",
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
         *     }
         */
        WebhookEndpointCreated: {
            consecutiveFailures: number;
            /** Format: date-time */
            createdAt: string;
            description: string | null;
            disabledAt: string | null;
            /** @description Why it is disabled: by you (manual), 410 Gone, or failing too long */
            disabledCode: ("manual" | "gone" | "failing_days" | "failing_deliveries") | null;
            disabledReason: string | null;
            events: string[];
            failingSince: string | null;
            /** Format: uuid */
            id: string;
            lastFailureAt: string | null;
            lastSuccessAt: string | null;
            /** @description Until then the secret before the last rotation still signs beside the new one */
            previousSecretExpiresAt: string | null;
            /** @description The signing secret (whsec_…): shown only now, store it */
            secret: string;
            /** @enum {string} */
            status: "enabled" | "disabled";
            /** Format: date-time */
            updatedAt: string;
            url: string;
        };
        /** @description An export was cancelled. */
        WebhookEvent_ExportCancelled: {
            /** Format: uuid */
            accountId: string;
            data: {
                export: components["schemas"]["WebhookExport"];
                reason: string | null;
                summary: components["schemas"]["WebhookExportSummary"];
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "export.cancelled";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description Every task of an export completed or was skipped. */
        WebhookEvent_ExportCompleted: {
            /** Format: uuid */
            accountId: string;
            data: {
                export: components["schemas"]["WebhookExport"];
                summary: components["schemas"]["WebhookExportSummary"];
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "export.completed";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description An export ended with failed or dead-lettered tasks. */
        WebhookEvent_ExportFailed: {
            /** Format: uuid */
            accountId: string;
            data: {
                /** @description Why the export failed, for people */
                error: string;
                export: components["schemas"]["WebhookExport"];
                summary: components["schemas"]["WebhookExportSummary"];
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "export.failed";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description An export's first task started running. */
        WebhookEvent_ExportStarted: {
            /** Format: uuid */
            accountId: string;
            data: {
                export: components["schemas"]["WebhookExport"];
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "export.started";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description Live capture archived a new version of a message from a Graph change notification; carries the message. */
        WebhookEvent_MessageCaptured: {
            /** Format: uuid */
            accountId: string;
            data: {
                /**
                 * @description What Graph's change notification said
                 * @enum {string}
                 */
                changeType: "created" | "updated" | "deleted";
                /** @description The message exactly as Graph returned it (a chatMessage) */
                chatMessage: {
                    [key: string]: unknown;
                };
                message: components["schemas"]["WebhookMessage"];
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "message.captured";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description A policyViolation the account asked for was applied through Graph and archived as a new version. */
        WebhookEvent_MessagePolicyViolationApplied: {
            /** Format: uuid */
            accountId: string;
            data: {
                /** Format: date-time */
                appliedAt: string;
                message: components["schemas"]["WebhookMessage"];
                /** @description As applied through Graph's PATCH */
                policyViolation: {
                    [key: string]: unknown;
                };
                /**
                 * Format: uuid
                 * @description The policy-violation request
                 */
                policyViolationId: string;
                reason: string;
                /** @description Who asked: api-key:<id> and the actor the caller named, if any */
                requestedBy: string;
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "message.policy_violation_applied";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description A tenant's admin granted consent and Capstan verified it with a token; exports can start. */
        WebhookEvent_TenantConsented: {
            /** Format: uuid */
            accountId: string;
            data: {
                /**
                 * Format: date-time
                 * @description When Capstan verified the admin's consent
                 */
                consentedAt: string;
                tenant: components["schemas"]["WebhookTenant"];
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "tenant.consented";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description An admin-consent attempt failed (declined, wrong tenant, expired state…). */
        WebhookEvent_TenantConsentFailed: {
            /** Format: uuid */
            accountId: string;
            data: {
                error: {
                    /** @description Entra ID's error code, e.g. access_denied */
                    code: string;
                    description: string | null;
                };
                tenant: components["schemas"]["WebhookTenant"];
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "tenant.consent_failed";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description Consent for a tenant is gone (Entra ID refuses tokens); its exports are paused until re-consent. */
        WebhookEvent_TenantConsentRevoked: {
            /** Format: uuid */
            accountId: string;
            data: {
                /** Format: date-time */
                detectedAt: string;
                /** @description What Capstan saw, e.g. Entra ID refused a token for the tenant */
                reason: string;
                tenant: components["schemas"]["WebhookTenant"];
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "tenant.consent_revoked";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description A tenant's (or the account's) usage this month reached 80% or 100% of the evaluation cap or of a budget. */
        WebhookEvent_UsageThresholdReached: {
            /** Format: uuid */
            accountId: string;
            data: {
                limit: number;
                /**
                 * @description evaluation_cap: Graph's evaluation-mode monthly cap; budget: a budget the account set
                 * @enum {string}
                 */
                limitKind: "evaluation_cap" | "budget";
                /**
                 * @description What is counted: messages Graph returned
                 * @enum {string}
                 */
                metric: "messages";
                /** @description The month the usage counts in, YYYY-MM (UTC) */
                period: string;
                /** @description The tenant whose usage crossed the threshold; null for an account-wide budget */
                tenantId: string | null;
                thresholdPercent: 80 | 100;
                used: number;
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "usage.threshold_reached";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        /** @description Capstan disabled one of the account's webhook endpoints (410 Gone, or failing too long); sent to the others. */
        WebhookEvent_WebhookEndpointDisabled: {
            /** Format: uuid */
            accountId: string;
            data: {
                /**
                 * @description gone: it answered 410; failing_days / failing_deliveries: it kept failing
                 * @enum {string}
                 */
                code: "gone" | "failing_days" | "failing_deliveries";
                /** @description Deliveries that failed for good since the last success */
                consecutiveFailures: number;
                /** Format: date-time */
                disabledAt: string;
                endpoint: {
                    description: string | null;
                    /** Format: uuid */
                    id: string;
                    url: string;
                };
                failingSince: string | null;
                reason: string;
            };
            /**
             * Format: uuid
             * @description Event id; the same value is sent as webhook-id on every attempt: use it to de-duplicate
             */
            id: string;
            /**
             * Format: date-time
             * @description When the event happened
             */
            timestamp: string;
            /** @constant */
            type: "webhook_endpoint.disabled";
            /**
             * @description Payload version of this event type
             * @constant
             */
            version: 1;
        };
        WebhookEventRecord: {
            /** Format: date-time */
            createdAt: string;
            deliveries: components["schemas"]["WebhookDeliveryState"][];
            /** Format: uuid */
            id: string;
            /** @description The exact body every delivery sends */
            payload: {
                [key: string]: unknown;
            };
            type: string;
            version: number;
        };
        WebhookExport: {
            /** Format: date-time */
            createdAt: string;
            finishedAt: string | null;
            /**
             * Format: uuid
             * @description Export id
             */
            id: string;
            /** @description The continuous-export schedule that started it, if any */
            scheduleId: string | null;
            /** @enum {string} */
            scope: "user" | "team" | "tenant";
            startedAt: string | null;
            /** @enum {string} */
            status: "queued" | "running" | "completed" | "failed" | "cancelled";
            /** @description User or team id; null for whole-tenant exports */
            targetId: string | null;
            /** Format: uuid */
            tenantId: string;
        };
        WebhookExportSummary: {
            hostedContents: number;
            /** @description Distinct message versions in the export's result set */
            messagesStored: number;
            /** @description Completed or skipped tasks */
            tasksCompleted: number;
            /** @description Failed or dead-lettered tasks */
            tasksFailed: number;
            tasksTotal: number;
            /** @description Versions no earlier export had stored */
            versionsNew: number;
        };
        WebhookMessage: {
            /** @description Chat id, or teamId/channelId */
            containerId: string;
            /** @description The version this event is about */
            etag: string;
            messageId: string;
            /** Format: uuid */
            tenantId: string;
        };
        /**
         * @example {
         *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
         *       "previousSecretExpiresAt": "2026-12-02T09:30:00.000Z"
         *     }
         */
        WebhookSecretRotated: {
            /**
             * Format: date-time
             * @description Until then deliveries carry signatures under both secrets
             */
            previousSecretExpiresAt: string;
            /** @description The new signing secret: shown only now */
            secret: string;
        };
        WebhookTenant: {
            displayName: string | null;
            /** @description Entra ID directory id, once known */
            entraTenantId: string | null;
            /**
             * Format: uuid
             * @description Capstan tenant id
             */
            id: string;
            /**
             * @description Payment model
             * @enum {string}
             */
            model: "A" | "B" | "evaluation";
            /** @enum {string} */
            status: "pending_consent" | "active" | "consent_failed" | "consent_revoked" | "consent_incomplete" | "offboarded";
        };
        /**
         * @example {
         *       "account": {
         *         "id": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
         *         "name": "Contoso Compliance",
         *         "monthlyMessageBudget": 2000000,
         *         "createdAt": "2026-12-01T09:30:00.000Z"
         *       },
         *       "apiKey": {
         *         "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
         *         "name": "production",
         *         "prefix": "cap_live_0c5e0df4",
         *         "scopes": [
         *           "read",
         *           "write"
         *         ]
         *       }
         *     }
         */
        WhoAmI: {
            account: components["schemas"]["Account"];
            apiKey: {
                /** Format: uuid */
                id: string;
                name: string | null;
                /** @description The start of the key, to recognise it; never the secret */
                prefix: string;
                scopes: ("read" | "write" | "admin")[];
            };
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: {
        /**
         * @description What is left of that policy's quota (IETF draft-ietf-httpapi-ratelimit-headers): `"<name>";r=<remaining>;t=<seconds until reset>`
         * @example "api-key";r=599;t=60
         */
        RateLimit: string;
        /**
         * @description The quota policy that applies (IETF draft-ietf-httpapi-ratelimit-headers, a structured-field list): `"<name>";q=<requests>;w=<window seconds>`
         * @example "api-key";q=600;w=60
         */
        RateLimitPolicy: string;
        /** @description This request's id: in every log line of it and in problem bodies (`requestId`) */
        RequestId: string;
        /**
         * @description Seconds to wait before retrying
         * @example 42
         */
        RetryAfter: number;
    };
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    receiveGraphLifecycleEvents: {
        parameters: {
            query?: {
                /** @description Sent by Graph when a subscription is created */
                validationToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": [
                 *         {
                 *           "subscriptionId": "7f105c7d-2dc5-4530-97cd-4e7ae6534c07",
                 *           "lifecycleEvent": "reauthorizationRequired",
                 *           "clientState": "a-secret-capstan-chose",
                 *           "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                 *           "subscriptionExpirationDateTime": "2026-12-04T09:30:00Z"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["LifecycleNotificationBatchInput"] | "";
            };
        };
        responses: {
            /** @description The validationToken, echoed */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Accepted: the work runs in the background */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Notifications verified and queued */
                        accepted: number;
                        /** @description Notifications refused (unknown subscription, clientState, validation token, signature) */
                        refused: number;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/graph/lifecycle",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/graph/lifecycle",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/graph/lifecycle",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/graph/lifecycle",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    receiveGraphNotifications: {
        parameters: {
            query?: {
                /** @description Sent by Graph when a subscription is created */
                validationToken?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "value": [
                 *         {
                 *           "subscriptionId": "7f105c7d-2dc5-4530-97cd-4e7ae6534c07",
                 *           "changeType": "created",
                 *           "clientState": "a-secret-capstan-chose",
                 *           "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                 *           "resource": "chats('19:8f6c2a1e4b3d4c5e9f0a1b2c3d4e5f6a@thread.v2')/messages('1764581400000')",
                 *           "resourceData": {
                 *             "id": "1764581400000"
                 *           },
                 *           "encryptedContent": {
                 *             "data": "ZW5jcnlwdGVkIG1lc3NhZ2U=",
                 *             "dataKey": "ZW5jcnlwdGVkIGtleQ==",
                 *             "dataSignature": "c2lnbmF0dXJl",
                 *             "encryptionCertificateId": "capstan-live-2026-12"
                 *           }
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["ChangeNotificationBatchInput"] | "";
            };
        };
        responses: {
            /** @description The validationToken, echoed */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": string;
                };
            };
            /** @description Accepted: the work runs in the background */
            202: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Notifications verified and queued */
                        accepted: number;
                        /** @description Notifications refused (unknown subscription, clientState, validation token, signature) */
                        refused: number;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/graph/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/graph/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/graph/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/graph/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opsListAccounts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *           "name": "Contoso Compliance",
                     *           "monthlyMessageBudget": 2000000,
                     *           "createdAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Account"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/ops/v1/accounts",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/ops/v1/accounts",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/ops/v1/accounts",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/ops/v1/accounts",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opsCreateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Contoso Compliance"
                 *     }
                 */
                "application/json": components["schemas"]["CreateAccountInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *       "name": "Contoso Compliance",
                     *       "monthlyMessageBudget": 2000000,
                     *       "createdAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/ops/v1/accounts",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/ops/v1/accounts",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/ops/v1/accounts",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/ops/v1/accounts",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opsGetAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *       "name": "Contoso Compliance",
                     *       "monthlyMessageBudget": 2000000,
                     *       "createdAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opsListApiKeys: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *           "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *           "name": "production",
                     *           "prefix": "cap_live_0c5e0df4",
                     *           "scopes": [
                     *             "read",
                     *             "write"
                     *           ],
                     *           "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "lastUsedAt": null,
                     *           "revokedAt": null,
                     *           "expiresAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opsCreateApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "production",
                 *       "scopes": [
                 *         "read",
                 *         "write"
                 *       ],
                 *       "expiresAt": "2099-01-31T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *       "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *       "name": "production",
                     *       "prefix": "cap_live_0c5e0df4",
                     *       "scopes": [
                     *         "read",
                     *         "write"
                     *       ],
                     *       "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "lastUsedAt": null,
                     *       "revokedAt": null,
                     *       "expiresAt": null,
                     *       "key": "cap_live_0c5e0df4b05347e095063cda6f0a5dc4_oUlDXLSuDrjKERCEr8UenIEhIJh3A_NtT-MEXLy1U_k"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opsRevokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                accountId: string;
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *       "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *       "name": "production",
                     *       "prefix": "cap_live_0c5e0df4",
                     *       "scopes": [
                     *         "read",
                     *         "write"
                     *       ],
                     *       "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "lastUsedAt": null,
                     *       "revokedAt": null,
                     *       "expiresAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    opsListAccountTenants: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                accountId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *           "displayName": "Fabrikam Ltd",
                     *           "status": "active",
                     *           "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                     *           "model": "A",
                     *           "cloud": "global",
                     *           "modelAttestation": {
                     *             "purpose": "compliance",
                     *             "attestedBy": "jane.doe@contoso-compliance.example"
                     *           },
                     *           "graphModelParameter": "A",
                     *           "returnUrl": "https://isv.example/capstan/consent-done",
                     *           "consentedAt": "2026-12-01T09:30:00.000Z",
                     *           "consentError": null,
                     *           "missingRoles": [],
                     *           "offboardedAt": null,
                     *           "purgedAt": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "updatedAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Tenant"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/ops/v1/accounts/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "account": {
                     *         "id": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *         "name": "Contoso Compliance",
                     *         "monthlyMessageBudget": 2000000,
                     *         "createdAt": "2026-12-01T09:30:00.000Z"
                     *       },
                     *       "apiKey": {
                     *         "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *         "name": "production",
                     *         "prefix": "cap_live_0c5e0df4",
                     *         "scopes": [
                     *           "read",
                     *           "write"
                     *         ]
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["WhoAmI"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/account",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/account",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/account",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/account",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/account",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setAccountBudget: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "monthlyMessageBudget": 2000000
                 *     }
                 */
                "application/json": components["schemas"]["BudgetInputInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *       "name": "Contoso Compliance",
                     *       "monthlyMessageBudget": 2000000,
                     *       "createdAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/account/budget",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/account/budget",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/account/budget",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/account/budget",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/account/budget",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/account/budget",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listApiKeys: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *           "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *           "name": "production",
                     *           "prefix": "cap_live_0c5e0df4",
                     *           "scopes": [
                     *             "read",
                     *             "write"
                     *           ],
                     *           "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "lastUsedAt": null,
                     *           "revokedAt": null,
                     *           "expiresAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ApiKey"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "production",
                 *       "scopes": [
                 *         "read",
                 *         "write"
                 *       ],
                 *       "expiresAt": "2099-01-31T00:00:00Z"
                 *     }
                 */
                "application/json": components["schemas"]["CreateApiKeyInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *       "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *       "name": "production",
                     *       "prefix": "cap_live_0c5e0df4",
                     *       "scopes": [
                     *         "read",
                     *         "write"
                     *       ],
                     *       "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "lastUsedAt": null,
                     *       "revokedAt": null,
                     *       "expiresAt": null,
                     *       "key": "cap_live_0c5e0df4b05347e095063cda6f0a5dc4_oUlDXLSuDrjKERCEr8UenIEhIJh3A_NtT-MEXLy1U_k"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/api-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *       "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *       "name": "production",
                     *       "prefix": "cap_live_0c5e0df4",
                     *       "scopes": [
                     *         "read",
                     *         "write"
                     *       ],
                     *       "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "lastUsedAt": null,
                     *       "revokedAt": null,
                     *       "expiresAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    revokeApiKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                keyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *       "accountId": "9a1d6c2b-0e4f-4b7a-8c3d-5f6e7a8b9c0d",
                     *       "name": "production",
                     *       "prefix": "cap_live_0c5e0df4",
                     *       "scopes": [
                     *         "read",
                     *         "write"
                     *       ],
                     *       "createdBy": "api_key:1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809",
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "lastUsedAt": null,
                     *       "revokedAt": null,
                     *       "expiresAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/api-keys/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "f6a7b8c9-d0e1-4f2a-8b3c-4d5e6f7a8b9c",
                     *           "actor": "api_key:0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *           "action": "tenant.created",
                     *           "targetType": "tenant",
                     *           "targetId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *           "data": {
                     *             "model": "A"
                     *           },
                     *           "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *           "createdAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["AuditEvent"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/audit-events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    consentCallback: {
        parameters: {
            query?: {
                admin_consent?: string;
                error?: string;
                error_description?: string;
                scope?: string;
                state?: string;
                tenant?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "outcome": "active",
                     *       "status": "active",
                     *       "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47"
                     *     }
                     */
                    "application/json": components["schemas"]["ConsentOutcome"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/consent/callback",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/consent/callback",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/consent_state_used",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "consent_state_used",
                     *       "detail": "This consent link was already used",
                     *       "instance": "/v1/consent/callback",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description What was asked for existed and is gone: an expired consent link, an expired export bundle */
            410: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/consent_state_expired",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "code": "consent_state_expired",
                     *       "detail": "This consent link expired; ask for a new one",
                     *       "instance": "/v1/consent/callback",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/consent/callback",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/consent/callback",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEvents: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                /** @description Events at or after this time */
                since?: string;
                type?: "tenant.consented" | "tenant.consent_failed" | "tenant.consent_revoked" | "export.started" | "export.completed" | "export.failed" | "export.cancelled" | "usage.threshold_reached" | "webhook_endpoint.disabled" | "message.captured" | "message.policy_violation_applied";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookEventRecord"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/events",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookEventRecord"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEventDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookAttempt"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redeliverWebhookEvent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                eventId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "endpointId": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f"
                 *     }
                 */
                "application/json": components["schemas"]["RedeliverInput"] | null;
            };
        };
        responses: {
            /** @description Accepted: the work runs in the background */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "queued": 1
                     *     }
                     */
                    "application/json": components["schemas"]["QueuedDeliveries"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redeliver",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redeliver",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redeliver",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redeliver",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/webhook_endpoint_disabled",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "webhook_endpoint_disabled",
                     *       "detail": "The endpoint is disabled",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redeliver",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redeliver",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redeliver",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/events/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redeliver",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExportBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportBundle"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteExportBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportBundle"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/export_bundle_building",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "export_bundle_building",
                     *       "detail": "the bundle is still being built",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadExportBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                bundleId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The tar */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-tar": unknown;
                };
            };
            /** @description The requested byte range of the tar */
            206: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-tar": unknown;
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/export_bundle_not_ready",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "export_bundle_not_ready",
                     *       "detail": "the bundle is running",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description What was asked for existed and is gone: an expired consent link, an expired export bundle */
            410: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/export_bundle_expired",
                     *       "title": "Gone",
                     *       "status": 410,
                     *       "code": "export_bundle_expired",
                     *       "detail": "the bundle's bytes were removed at 2026-12-31T00:00:00.000Z (expiry)",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The byte range starts past the end (`Content-Range: bytes *\/<size>` says the size) */
            416: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/range_not_satisfiable",
                     *       "title": "Range Not Satisfiable",
                     *       "status": 416,
                     *       "code": "range_not_satisfiable",
                     *       "detail": "the bundle has 52736 bytes",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/export-bundles/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/download",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExports: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
                status?: "queued" | "running" | "completed" | "failed" | "cancelled";
                tenantId?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "b7e4a1c2-3d5f-4e6a-9b8c-1d2e3f4a5b6c",
                     *           "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *           "scope": "user",
                     *           "targetId": "adele.vance@fabrikam.example",
                     *           "scheduleId": null,
                     *           "status": "running",
                     *           "options": {
                     *             "hostedContents": true
                     *           },
                     *           "progress": {
                     *             "tasksTotal": 1,
                     *             "tasksDone": 0,
                     *             "tasksByStatus": {
                     *               "running": 1
                     *             },
                     *             "pagesFetched": 12,
                     *             "messagesSeen": 600,
                     *             "messagesStored": 587,
                     *             "versionsNew": 587,
                     *             "hostedContents": 3,
                     *             "waitedMs": 0,
                     *             "etaSeconds": 4
                     *           },
                     *           "error": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "startedAt": "2026-12-01T09:30:00.000Z",
                     *           "finishedAt": null
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Export"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b7e4a1c2-3d5f-4e6a-9b8c-1d2e3f4a5b6c",
                     *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "scope": "user",
                     *       "targetId": "adele.vance@fabrikam.example",
                     *       "scheduleId": null,
                     *       "status": "running",
                     *       "options": {
                     *         "hostedContents": true
                     *       },
                     *       "progress": {
                     *         "tasksTotal": 1,
                     *         "tasksDone": 0,
                     *         "tasksByStatus": {
                     *           "running": 1
                     *         },
                     *         "pagesFetched": 12,
                     *         "messagesSeen": 600,
                     *         "messagesStored": 587,
                     *         "versionsNew": 587,
                     *         "hostedContents": 3,
                     *         "waitedMs": 0,
                     *         "etaSeconds": 4
                     *       },
                     *       "error": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "startedAt": "2026-12-01T09:30:00.000Z",
                     *       "finishedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b7e4a1c2-3d5f-4e6a-9b8c-1d2e3f4a5b6c",
                     *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "scope": "user",
                     *       "targetId": "adele.vance@fabrikam.example",
                     *       "scheduleId": null,
                     *       "status": "running",
                     *       "options": {
                     *         "hostedContents": true
                     *       },
                     *       "progress": {
                     *         "tasksTotal": 1,
                     *         "tasksDone": 0,
                     *         "tasksByStatus": {
                     *           "running": 1
                     *         },
                     *         "pagesFetched": 12,
                     *         "messagesSeen": 600,
                     *         "messagesStored": 587,
                     *         "versionsNew": 587,
                     *         "hostedContents": 3,
                     *         "waitedMs": 0,
                     *         "etaSeconds": 4
                     *       },
                     *       "error": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "startedAt": "2026-12-01T09:30:00.000Z",
                     *       "finishedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/cancel",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/cancel",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/cancel",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/cancel",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/export_finished",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "export_finished",
                     *       "detail": "The export already ended",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/cancel",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/cancel",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/cancel",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/cancel",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExportMessages: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "containerId": "19:2da4c29f6d7041eca70b638b43d45437@thread.v2",
                     *           "messageId": "1733045400000",
                     *           "etag": "1733045400000",
                     *           "lastModifiedDateTime": "2026-12-01T09:30:00.000Z",
                     *           "deletedDateTime": null,
                     *           "message": {
                     *             "id": "1733045400000",
                     *             "messageType": "message",
                     *             "body": {
                     *               "contentType": "text",
                     *               "content": "Hello"
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ExportMessage"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamExportMessages: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NDJSON: one ExportMessage per line */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": unknown;
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    redriveExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        redriven: number;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redrive",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redrive",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redrive",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redrive",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redrive",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redrive",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/redrive",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExportTasks: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                status?: "pending" | "running" | "completed" | "skipped" | "paused" | "failed" | "dead" | "cancelled";
            };
            header?: never;
            path: {
                exportId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "e5f6a7b8-c9d0-4e1f-8a2b-3c4d5e6f7a8b",
                     *           "kind": "user_chats",
                     *           "targetId": "8ea0e38b-efb3-4757-924a-5f94061cf8c2",
                     *           "shard": 0,
                     *           "windowStart": null,
                     *           "windowEnd": null,
                     *           "status": "running",
                     *           "phase": "messages",
                     *           "pagesFetched": 12,
                     *           "messagesSeen": 600,
                     *           "messagesStored": 587,
                     *           "hostedContents": 3,
                     *           "failures": 0,
                     *           "waitedMs": 0,
                     *           "error": null,
                     *           "updatedAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ExportTask"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tasks",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tasks",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tasks",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tasks",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tasks",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tasks",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/exports/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/tasks",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLegalHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHoldDetail"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseLegalHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holdId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHold"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/release",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/release",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/release",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/release",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/release",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/release",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/legal-holds/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/release",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listNotifications: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["AccountNotification"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/notifications",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRetentionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPolicy"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateRetentionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policyId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "keepDays": 3650
                 *     }
                 */
                "application/json": components["schemas"]["UpdateRetentionPolicyInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPolicy"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    runRetentionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionRun"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/run",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/run",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/run",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/run",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/run",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/run",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/run",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRetentionRuns: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                policyId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RetentionRun"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/runs",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/runs",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/runs",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/runs",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/runs",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/runs",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/retention-policies/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/runs",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listSigningKeys: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SigningKeys"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/signing-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/signing-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/signing-keys",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTenants: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                status?: "pending_consent" | "active" | "consent_failed" | "consent_revoked" | "consent_incomplete" | "offboarded";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *           "displayName": "Fabrikam Ltd",
                     *           "status": "active",
                     *           "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                     *           "model": "A",
                     *           "cloud": "global",
                     *           "modelAttestation": {
                     *             "purpose": "compliance",
                     *             "attestedBy": "jane.doe@contoso-compliance.example"
                     *           },
                     *           "graphModelParameter": "A",
                     *           "returnUrl": "https://isv.example/capstan/consent-done",
                     *           "consentedAt": "2026-12-01T09:30:00.000Z",
                     *           "consentError": null,
                     *           "missingRoles": [],
                     *           "offboardedAt": null,
                     *           "purgedAt": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "updatedAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["Tenant"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createTenant: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "A",
                 *       "cloud": "global",
                 *       "displayName": "Fabrikam Ltd",
                 *       "returnUrl": "https://isv.example/capstan/consent-done",
                 *       "attestation": {
                 *         "purpose": "compliance",
                 *         "attestedBy": "jane.doe@contoso-compliance.example"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateTenantInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "displayName": "Fabrikam Ltd",
                     *       "status": "pending_consent",
                     *       "entraTenantId": null,
                     *       "model": "A",
                     *       "cloud": "global",
                     *       "modelAttestation": {
                     *         "purpose": "compliance",
                     *         "attestedBy": "jane.doe@contoso-compliance.example"
                     *       },
                     *       "graphModelParameter": "A",
                     *       "returnUrl": "https://isv.example/capstan/consent-done",
                     *       "consentedAt": null,
                     *       "consentError": null,
                     *       "missingRoles": [],
                     *       "offboardedAt": null,
                     *       "purgedAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z",
                     *       "consentUrl": "https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fapi.capstan.example%2Fv1%2Fconsent%2Fcallback&state=Zm9vYmFy",
                     *       "consentUrlExpiresAt": "2026-12-01T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["CreatedTenant"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "displayName": "Fabrikam Ltd",
                     *       "status": "active",
                     *       "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                     *       "model": "A",
                     *       "cloud": "global",
                     *       "modelAttestation": {
                     *         "purpose": "compliance",
                     *         "attestedBy": "jane.doe@contoso-compliance.example"
                     *       },
                     *       "graphModelParameter": "A",
                     *       "returnUrl": "https://isv.example/capstan/consent-done",
                     *       "consentedAt": "2026-12-01T09:30:00.000Z",
                     *       "consentError": null,
                     *       "missingRoles": [],
                     *       "offboardedAt": null,
                     *       "purgedAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    offboardTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "displayName": "Fabrikam Ltd",
                     *       "status": "active",
                     *       "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                     *       "model": "A",
                     *       "cloud": "global",
                     *       "modelAttestation": {
                     *         "purpose": "compliance",
                     *         "attestedBy": "jane.doe@contoso-compliance.example"
                     *       },
                     *       "graphModelParameter": "A",
                     *       "returnUrl": "https://isv.example/capstan/consent-done",
                     *       "consentedAt": "2026-12-01T09:30:00.000Z",
                     *       "consentError": null,
                     *       "missingRoles": [],
                     *       "offboardedAt": null,
                     *       "purgedAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "model": "B",
                 *       "displayName": "Fabrikam Ltd (EU)"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateTenantInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "displayName": "Fabrikam Ltd",
                     *       "status": "active",
                     *       "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                     *       "model": "A",
                     *       "cloud": "global",
                     *       "modelAttestation": {
                     *         "purpose": "compliance",
                     *         "attestedBy": "jane.doe@contoso-compliance.example"
                     *       },
                     *       "graphModelParameter": "A",
                     *       "returnUrl": "https://isv.example/capstan/consent-done",
                     *       "consentedAt": "2026-12-01T09:30:00.000Z",
                     *       "consentError": null,
                     *       "missingRoles": [],
                     *       "offboardedAt": null,
                     *       "purgedAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["Tenant"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_offboarded",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_offboarded",
                     *       "detail": "The tenant is offboarded",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createConsentLink: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "consentUrl": "https://login.microsoftonline.com/organizations/v2.0/adminconsent?client_id=6731de76-14a6-49ae-97bc-6eba6914391e&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&redirect_uri=https%3A%2F%2Fapi.capstan.example%2Fv1%2Fconsent%2Fcallback&state=Zm9vYmFy",
                     *       "consentUrlExpiresAt": "2026-12-01T10:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["ConsentLink"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/consent",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/consent",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/consent",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/consent",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_offboarded",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_offboarded",
                     *       "detail": "The tenant is offboarded",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/consent",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/consent",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/consent",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/consent",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConversation: {
        parameters: {
            query?: {
                cursor?: string;
                /** @description Threads started at or after */
                from?: string;
                includeDeleted?: "true" | "false";
                limit?: number;
                /** @description Threads started before */
                to?: string;
            };
            header?: never;
            path: {
                containerId: string;
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Conversation"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getConversationContext: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                containerId: string;
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConversationContextHistory"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/context",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/context",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/context",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/context",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/context",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/context",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/conversations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/context",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExportBundles: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
                status?: "queued" | "running" | "completed" | "failed" | "expired";
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["ExportBundle"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExportBundle: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "query": {
                 *         "q": "quarterly forecast",
                 *         "userId": "adele.vance@fabrikam.example",
                 *         "from": "2026-10-01T00:00:00Z"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateExportBundleInput"];
            };
        };
        responses: {
            /** @description Accepted: the work runs in the background */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExportBundle"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_not_active",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_not_active",
                     *       "detail": "The tenant is not active",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/export-bundles",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createExport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scope": "user",
                 *       "userId": "adele.vance@fabrikam.example",
                 *       "options": {
                 *         "hostedContents": true
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CreateExportInput"];
            };
        };
        responses: {
            /** @description Accepted: the work runs in the background */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "b7e4a1c2-3d5f-4e6a-9b8c-1d2e3f4a5b6c",
                     *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "scope": "user",
                     *       "targetId": "adele.vance@fabrikam.example",
                     *       "scheduleId": null,
                     *       "status": "running",
                     *       "options": {
                     *         "hostedContents": true
                     *       },
                     *       "progress": {
                     *         "tasksTotal": 1,
                     *         "tasksDone": 0,
                     *         "tasksByStatus": {
                     *           "running": 1
                     *         },
                     *         "pagesFetched": 12,
                     *         "messagesSeen": 600,
                     *         "messagesStored": 587,
                     *         "versionsNew": 587,
                     *         "hostedContents": 3,
                     *         "waitedMs": 0,
                     *         "etaSeconds": 4
                     *       },
                     *       "error": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "startedAt": "2026-12-01T09:30:00.000Z",
                     *       "finishedAt": null
                     *     }
                     */
                    "application/json": components["schemas"]["Export"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_not_active",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_not_active",
                     *       "detail": "The tenant is not active",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/exports",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getHostedContent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                sha256: string;
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The bytes, with their original content type */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/hosted-contents/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/hosted-contents/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/hosted-contents/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/hosted-contents/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/hosted-contents/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/hosted-contents/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/hosted-contents/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLedgerHead: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerHead"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyLedger: {
        parameters: {
            query?: {
                /** @description First position to verify (default 1) */
                fromPosition?: string;
                /** @description Last position to verify (default: the chain head) */
                toPosition?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/ledger/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listLegalHolds: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["LegalHold"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createLegalHold: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scope": "user",
                 *       "userId": "adele.vance@fabrikam.example",
                 *       "name": "Matter 2026-114",
                 *       "reason": "Litigation hold requested by outside counsel"
                 *     }
                 */
                "application/json": components["schemas"]["CreateLegalHoldInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LegalHold"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_not_active",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_not_active",
                     *       "detail": "The tenant is not active",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/legal-holds",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getLiveCapture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A gap was reported; a catch-up export is due */
                        catchUpRequestedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        enabled: boolean;
                        /**
                         * Format: date-time
                         * @description Capture is known complete up to here; the next catch-up export starts before it
                         */
                        healedThrough: string;
                        lastCatchUpAt: string | null;
                        lastCatchUpExportId: string | null;
                        /**
                         * @description What is captured: every chat and channel, all chats, all channels, or one user's chats
                         * @enum {string}
                         */
                        scope: "tenant" | "chats" | "teams" | "user";
                        subscriptions: {
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            graphSubscriptionId: string | null;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            lastLifecycleAt: string | null;
                            /** @description reauthorizationRequired, subscriptionRemoved or missed */
                            lastLifecycleEvent: string | null;
                            lastNotificationAt: string | null;
                            /** @description Notifications stored from this subscription */
                            notifications: number;
                            /** @description Graph resource, e.g. /chats/getAllMessages */
                            resource: string;
                            /**
                             * @description pending: to be created; failed: Graph refused, retried; removing: capture switched off
                             * @enum {string}
                             */
                            status: "pending" | "active" | "failed" | "removing";
                        }[];
                        /** Format: uuid */
                        tenantId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    putLiveCapture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "scope": "tenant"
                 *     }
                 */
                "application/json": components["schemas"]["LiveCaptureSettingsInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A gap was reported; a catch-up export is due */
                        catchUpRequestedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        enabled: boolean;
                        /**
                         * Format: date-time
                         * @description Capture is known complete up to here; the next catch-up export starts before it
                         */
                        healedThrough: string;
                        lastCatchUpAt: string | null;
                        lastCatchUpExportId: string | null;
                        /**
                         * @description What is captured: every chat and channel, all chats, all channels, or one user's chats
                         * @enum {string}
                         */
                        scope: "tenant" | "chats" | "teams" | "user";
                        subscriptions: {
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            graphSubscriptionId: string | null;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            lastLifecycleAt: string | null;
                            /** @description reauthorizationRequired, subscriptionRemoved or missed */
                            lastLifecycleEvent: string | null;
                            lastNotificationAt: string | null;
                            /** @description Notifications stored from this subscription */
                            notifications: number;
                            /** @description Graph resource, e.g. /chats/getAllMessages */
                            resource: string;
                            /**
                             * @description pending: to be created; failed: Graph refused, retried; removing: capture switched off
                             * @enum {string}
                             */
                            status: "pending" | "active" | "failed" | "removing";
                        }[];
                        /** Format: uuid */
                        tenantId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_not_active",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_not_active",
                     *       "detail": "The tenant is not active",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteLiveCapture: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description A gap was reported; a catch-up export is due */
                        catchUpRequestedAt: string | null;
                        /** Format: date-time */
                        createdAt: string;
                        enabled: boolean;
                        /**
                         * Format: date-time
                         * @description Capture is known complete up to here; the next catch-up export starts before it
                         */
                        healedThrough: string;
                        lastCatchUpAt: string | null;
                        lastCatchUpExportId: string | null;
                        /**
                         * @description What is captured: every chat and channel, all chats, all channels, or one user's chats
                         * @enum {string}
                         */
                        scope: "tenant" | "chats" | "teams" | "user";
                        subscriptions: {
                            /** Format: date-time */
                            createdAt: string;
                            expiresAt: string | null;
                            graphSubscriptionId: string | null;
                            /** Format: uuid */
                            id: string;
                            lastError: string | null;
                            lastLifecycleAt: string | null;
                            /** @description reauthorizationRequired, subscriptionRemoved or missed */
                            lastLifecycleEvent: string | null;
                            lastNotificationAt: string | null;
                            /** @description Notifications stored from this subscription */
                            notifications: number;
                            /** @description Graph resource, e.g. /chats/getAllMessages */
                            resource: string;
                            /**
                             * @description pending: to be created; failed: Graph refused, retried; removing: capture switched off
                             * @enum {string}
                             */
                            status: "pending" | "active" | "failed" | "removing";
                        }[];
                        /** Format: uuid */
                        tenantId: string;
                        /** Format: date-time */
                        updatedAt: string;
                        userId: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/live-capture",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listTenantMessages: {
        parameters: {
            query?: {
                channelId?: string;
                chatId?: string;
                cursor?: string;
                /** @description Last modified at or after */
                from?: string;
                includeDeleted?: "true" | "false";
                limit?: number;
                teamId?: string;
                /** @description Last modified before */
                to?: string;
                /** @description Messages sent by this user */
                userId?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "containerId": "19:2da4c29f6d7041eca70b638b43d45437@thread.v2",
                     *           "containerType": "chat",
                     *           "messageId": "1733045400000",
                     *           "etag": "1733045400000",
                     *           "fromUserId": "8ea0e38b-efb3-4757-924a-5f94061cf8c2",
                     *           "createdDateTime": "2026-12-01T09:30:00.000Z",
                     *           "lastModifiedDateTime": "2026-12-01T09:30:00.000Z",
                     *           "deletedDateTime": null,
                     *           "hostedContents": [],
                     *           "message": {
                     *             "id": "1733045400000",
                     *             "messageType": "message",
                     *             "chatId": "19:2da4c29f6d7041eca70b638b43d45437@thread.v2",
                     *             "body": {
                     *               "contentType": "text",
                     *               "content": "Quarterly numbers attached."
                     *             }
                     *           }
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ArchivedMessage"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    streamTenantMessages: {
        parameters: {
            query?: {
                channelId?: string;
                chatId?: string;
                /** @description Last modified at or after */
                from?: string;
                includeDeleted?: "true" | "false";
                teamId?: string;
                /** @description Last modified before */
                to?: string;
                /** @description Messages sent by this user */
                userId?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description NDJSON: one ArchivedMessage per line */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/x-ndjson": unknown;
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages.ndjson",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listMessageVersions: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                containerId: string;
                messageId: string;
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessageHistory"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/versions",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/versions",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/versions",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/versions",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/versions",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/versions",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/messages/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/versions",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listModelChanges: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "d4e5f6a7-b8c9-4d0e-8f1a-2b3c4d5e6f70",
                     *           "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *           "fromModel": "B",
                     *           "toModel": "A",
                     *           "attestation": {
                     *             "purpose": "compliance",
                     *             "attestedBy": "jane.doe@contoso-compliance.example"
                     *           },
                     *           "changedBy": "api_key:0c5e0df4-b053-47e0-9506-3cda6f0a5dc4",
                     *           "createdAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["ModelChange"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/model-changes",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/model-changes",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/model-changes",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/model-changes",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/model-changes",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/model-changes",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/model-changes",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPolicyViolation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "containerId": "19:8f6c2a1e4b3d4c5e9f0a1b2c3d4e5f6a@thread.v2",
                 *       "messageId": "1764581400000",
                 *       "policyViolation": {
                 *         "dlpAction": "blockAccess",
                 *         "verdictDetails": "none",
                 *         "policyTip": {
                 *           "generalText": "This message was blocked: it appears to contain a credit card number.",
                 *           "matchedConditionDescriptions": [
                 *             "Credit Card Number"
                 *           ]
                 *         }
                 *       },
                 *       "reason": "PCI rule 4.2 matched",
                 *       "actor": "dlp-engine"
                 *     }
                 */
                "application/json": components["schemas"]["ApplyPolicyViolationInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyViolation"];
                };
            };
            /** @description Accepted: the work runs in the background */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyViolation"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPolicyViolation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                policyViolationId: string;
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PolicyViolation"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/policy-violations/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    purgeTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "confirm": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f"
                 *     }
                 */
                "application/json": components["schemas"]["PurgeTenantInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "purgedAt": "2026-12-01T09:30:00.000Z",
                     *       "deleted": {
                     *         "messageVersions": 58211,
                     *         "exports": 3,
                     *         "hostedContents": 12
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["PurgeResult"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_not_offboarded",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_not_offboarded",
                     *       "detail": "Offboard the tenant before purging it",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Understood but refused: idempotency_key_reused, purge_not_confirmed, and others */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/purge_not_confirmed",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "code": "purge_not_confirmed",
                     *       "detail": "confirm must be the tenant's id",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/purge",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRetentionPolicies: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["RetentionPolicy"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createRetentionPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Seven years after creation",
                 *       "basis": "created",
                 *       "keepDays": 2557,
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["CreateRetentionPolicyInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RetentionPolicy"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_not_active",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_not_active",
                     *       "detail": "The tenant is not active",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/retention-policies",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                     *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "intervalSeconds": 900,
                     *       "overlapSeconds": 3600,
                     *       "sweepDays": 21,
                     *       "sweepIntervalSeconds": 86400,
                     *       "lastSweepAt": "2026-12-01T00:00:00.000Z",
                     *       "enabled": true,
                     *       "options": {},
                     *       "nextRunAt": "2026-12-01T09:45:00.000Z",
                     *       "lastExportId": "b7e4a1c2-3d5f-4e6a-9b8c-1d2e3f4a5b6c"
                     *     }
                     */
                    "application/json": components["schemas"]["Schedule"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "intervalSeconds": 900,
                 *       "overlapSeconds": 3600,
                 *       "sweepDays": 21,
                 *       "enabled": true
                 *     }
                 */
                "application/json": components["schemas"]["ScheduleSettingsInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "c1d2e3f4-a5b6-4c7d-8e9f-0a1b2c3d4e5f",
                     *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "intervalSeconds": 900,
                     *       "overlapSeconds": 3600,
                     *       "sweepDays": 21,
                     *       "sweepIntervalSeconds": 86400,
                     *       "lastSweepAt": "2026-12-01T00:00:00.000Z",
                     *       "enabled": true,
                     *       "options": {},
                     *       "nextRunAt": "2026-12-01T09:45:00.000Z",
                     *       "lastExportId": "b7e4a1c2-3d5f-4e6a-9b8c-1d2e3f4a5b6c"
                     *     }
                     */
                    "application/json": components["schemas"]["Schedule"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_offboarded",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_offboarded",
                     *       "detail": "The tenant is offboarded",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteSchedule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/schedule",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    searchMessages: {
        parameters: {
            query?: {
                channelId?: string;
                chatId?: string;
                cursor?: string;
                /** @description Only deleted messages (true) or only messages not deleted (false) */
                deleted?: "true" | "false";
                /** @description Created at or after */
                from?: string;
                /** @description Only messages with (true) or without (false) inline images or snippets */
                hasHostedContent?: "true" | "false";
                limit?: number;
                /** @description In a chat or channel this user wrote in */
                participant?: string;
                /** @description Words in bodies, subjects or attachment names, in any stored version: `budget "next quarter" -draft`, `a or b`. Matched as written (lower-cased, no stemming). */
                q?: string;
                teamId?: string;
                /** @description Created before */
                to?: string;
                /** @description Sent by this user */
                userId?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["SearchHit"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/search",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/search",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/search",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/search",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/search",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/search",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/search",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getTenantUsage: {
        parameters: {
            query?: {
                month?: string;
            };
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenantId": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "month": "2026-12",
                     *       "model": "A",
                     *       "requests": 1204,
                     *       "messages": 58211,
                     *       "bytes": 91337812,
                     *       "throttled": 0,
                     *       "legacyBilling": false,
                     *       "evaluationCap": null,
                     *       "estimatedCostUsd": 0
                     *     }
                     */
                    "application/json": components["schemas"]["Usage"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/usage",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/usage",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/usage",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/usage",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/usage",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/usage",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/usage",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyTenant: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                tenantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "tenant": {
                     *         "id": "3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *         "displayName": "Fabrikam Ltd",
                     *         "status": "active",
                     *         "entraTenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47",
                     *         "model": "A",
                     *         "cloud": "global",
                     *         "modelAttestation": {
                     *           "purpose": "compliance",
                     *           "attestedBy": "jane.doe@contoso-compliance.example"
                     *         },
                     *         "graphModelParameter": "A",
                     *         "returnUrl": "https://isv.example/capstan/consent-done",
                     *         "consentedAt": "2026-12-01T09:30:00.000Z",
                     *         "consentError": null,
                     *         "missingRoles": [],
                     *         "offboardedAt": null,
                     *         "purgedAt": null,
                     *         "createdAt": "2026-12-01T09:30:00.000Z",
                     *         "updatedAt": "2026-12-01T09:30:00.000Z"
                     *       },
                     *       "tokenOk": true,
                     *       "reason": null
                     *     }
                     */
                    "application/json": components["schemas"]["TenantVerification"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/tenant_not_consented",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "tenant_not_consented",
                     *       "detail": "No admin has consented for this tenant yet",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/tenants/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/verify",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhookEndpoints: {
        parameters: {
            query?: {
                /** @description Opaque cursor from the previous page's nextCursor */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "data": [
                     *         {
                     *           "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
                     *           "url": "https://isv.example/hooks/capstan",
                     *           "description": "Production receiver",
                     *           "events": [
                     *             "export.completed",
                     *             "export.failed",
                     *             "tenant.consent_revoked"
                     *           ],
                     *           "status": "enabled",
                     *           "disabledAt": null,
                     *           "disabledCode": null,
                     *           "disabledReason": null,
                     *           "previousSecretExpiresAt": null,
                     *           "consecutiveFailures": 0,
                     *           "failingSince": null,
                     *           "lastSuccessAt": "2026-12-01T09:30:00.000Z",
                     *           "lastFailureAt": null,
                     *           "createdAt": "2026-12-01T09:30:00.000Z",
                     *           "updatedAt": "2026-12-01T09:30:00.000Z"
                     *         }
                     *       ],
                     *       "nextCursor": null
                     *     }
                     */
                    "application/json": {
                        data: components["schemas"]["WebhookEndpoint"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://isv.example/hooks/capstan",
                 *       "events": [
                 *         "export.completed",
                 *         "export.failed",
                 *         "tenant.consent_revoked"
                 *       ],
                 *       "description": "Production receiver"
                 *     }
                 */
                "application/json": components["schemas"]["CreateWebhookEndpointInput"];
            };
        };
        responses: {
            /** @description Created */
            201: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
                     *       "url": "https://isv.example/hooks/capstan",
                     *       "description": "Production receiver",
                     *       "events": [
                     *         "export.completed",
                     *         "export.failed",
                     *         "tenant.consent_revoked"
                     *       ],
                     *       "status": "enabled",
                     *       "disabledAt": null,
                     *       "disabledCode": null,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": null,
                     *       "consecutiveFailures": 0,
                     *       "failingSince": null,
                     *       "lastSuccessAt": "2026-12-01T09:30:00.000Z",
                     *       "lastFailureAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z",
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpointCreated"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/webhook_endpoint_limit",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "webhook_endpoint_limit",
                     *       "detail": "The account has as many webhook endpoints as it may",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Understood but refused: idempotency_key_reused, purge_not_confirmed, and others */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/webhook_url_refused",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "code": "webhook_url_refused",
                     *       "detail": "url: the address is private",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
                     *       "url": "https://isv.example/hooks/capstan",
                     *       "description": "Production receiver",
                     *       "events": [
                     *         "export.completed",
                     *         "export.failed",
                     *         "tenant.consent_revoked"
                     *       ],
                     *       "status": "enabled",
                     *       "disabledAt": null,
                     *       "disabledCode": null,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": null,
                     *       "consecutiveFailures": 0,
                     *       "failingSince": null,
                     *       "lastSuccessAt": "2026-12-01T09:30:00.000Z",
                     *       "lastFailureAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    deleteWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description No Content */
            204: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    updateWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "events": [
                 *         "*"
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["UpdateWebhookEndpointInput"];
            };
        };
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
                     *       "url": "https://isv.example/hooks/capstan",
                     *       "description": "Production receiver",
                     *       "events": [
                     *         "export.completed",
                     *         "export.failed",
                     *         "tenant.consent_revoked"
                     *       ],
                     *       "status": "enabled",
                     *       "disabledAt": null,
                     *       "disabledCode": null,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": null,
                     *       "consecutiveFailures": 0,
                     *       "failingSince": null,
                     *       "lastSuccessAt": "2026-12-01T09:30:00.000Z",
                     *       "lastFailureAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Understood but refused: idempotency_key_reused, purge_not_confirmed, and others */
            422: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/webhook_url_refused",
                     *       "title": "Unprocessable Entity",
                     *       "status": 422,
                     *       "code": "webhook_url_refused",
                     *       "detail": "url: the address is private",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listEndpointDeliveries: {
        parameters: {
            query?: {
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        data: components["schemas"]["WebhookAttempt"][];
                        /** @description Pass as ?cursor= to get the next page; null on the last */
                        nextCursor: string | null;
                    };
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/deliveries",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
                     *       "url": "https://isv.example/hooks/capstan",
                     *       "description": "Production receiver",
                     *       "events": [
                     *         "export.completed",
                     *         "export.failed",
                     *         "tenant.consent_revoked"
                     *       ],
                     *       "status": "enabled",
                     *       "disabledAt": null,
                     *       "disabledCode": null,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": null,
                     *       "consecutiveFailures": 0,
                     *       "failingSince": null,
                     *       "lastSuccessAt": "2026-12-01T09:30:00.000Z",
                     *       "lastFailureAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/disable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/disable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/disable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/disable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/disable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/disable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/disable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enableWebhookEndpoint: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "id": "5d6e7f80-9a1b-4c2d-8e3f-4a5b6c7d8e9f",
                     *       "url": "https://isv.example/hooks/capstan",
                     *       "description": "Production receiver",
                     *       "events": [
                     *         "export.completed",
                     *         "export.failed",
                     *         "tenant.consent_revoked"
                     *       ],
                     *       "status": "enabled",
                     *       "disabledAt": null,
                     *       "disabledCode": null,
                     *       "disabledReason": null,
                     *       "previousSecretExpiresAt": null,
                     *       "consecutiveFailures": 0,
                     *       "failingSince": null,
                     *       "lastSuccessAt": "2026-12-01T09:30:00.000Z",
                     *       "lastFailureAt": null,
                     *       "createdAt": "2026-12-01T09:30:00.000Z",
                     *       "updatedAt": "2026-12-01T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookEndpoint"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/enable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/enable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/enable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/enable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/enable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/enable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/enable",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replayWebhookEvents: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "since": "2026-11-30T00:00:00Z",
                 *       "onlyFailed": true
                 *     }
                 */
                "application/json": components["schemas"]["ReplayInput"];
            };
        };
        responses: {
            /** @description Accepted: the work runs in the background */
            202: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "queued": 1
                     *     }
                     */
                    "application/json": components["schemas"]["QueuedDeliveries"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/replay",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/replay",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/replay",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/replay",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The object's state does not allow this now (the code says which state) */
            409: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/webhook_endpoint_disabled",
                     *       "title": "Conflict",
                     *       "status": 409,
                     *       "code": "webhook_endpoint_disabled",
                     *       "detail": "The endpoint is disabled",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/replay",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/replay",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/replay",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/replay",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    rotateWebhookSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                endpointId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description OK */
            200: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "secret": "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                     *       "previousSecretExpiresAt": "2026-12-02T09:30:00.000Z"
                     *     }
                     */
                    "application/json": components["schemas"]["WebhookSecretRotated"];
                };
            };
            /** @description The request is invalid: validation_failed (see `errors`), invalid_cursor, and others */
            400: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/validation_failed",
                     *       "title": "Bad Request",
                     *       "status": 400,
                     *       "code": "validation_failed",
                     *       "detail": "The request body is invalid",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/rotate-secret",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335",
                     *       "errors": [
                     *         {
                     *           "path": "model",
                     *           "message": "Invalid option"
                     *         }
                     *       ]
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No credential, or one that is malformed, unknown, revoked or expired */
            401: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/unauthorized",
                     *       "title": "Unauthorized",
                     *       "status": 401,
                     *       "code": "unauthorized",
                     *       "detail": "Missing Authorization: Bearer <api key>",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/rotate-secret",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The credential lacks this route's scope (insufficient_scope), or consent was refused */
            403: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/insufficient_scope",
                     *       "title": "Forbidden",
                     *       "status": 403,
                     *       "code": "insufficient_scope",
                     *       "detail": "This API key lacks the write scope",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/rotate-secret",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such object in your account (another account's objects are answered the same) */
            404: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/not_found",
                     *       "title": "Not Found",
                     *       "status": 404,
                     *       "code": "not_found",
                     *       "detail": "No such tenant",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/rotate-secret",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The request budget of this policy is spent: retry after `Retry-After` seconds */
            429: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/rate_limited",
                     *       "title": "Too Many Requests",
                     *       "status": 429,
                     *       "code": "rate_limited",
                     *       "detail": "Rate limit of 600 requests exceeded; retry in 42 seconds",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/rotate-secret",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A bug on our side; `requestId` finds it in our logs */
            500: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/internal_error",
                     *       "title": "Internal Server Error",
                     *       "status": 500,
                     *       "code": "internal_error",
                     *       "detail": "Something went wrong on our side; the request id identifies it in our logs.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/rotate-secret",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A dependency is unavailable (database_unavailable, identity_unavailable): retry later */
            503: {
                headers: {
                    RateLimit: components["headers"]["RateLimit"];
                    "RateLimit-Policy": components["headers"]["RateLimitPolicy"];
                    "Retry-After": components["headers"]["RetryAfter"];
                    "x-request-id": components["headers"]["RequestId"];
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "type": "https://capstan.dev/problems/database_unavailable",
                     *       "title": "Service Unavailable",
                     *       "status": 503,
                     *       "code": "database_unavailable",
                     *       "detail": "The database cannot be reached right now; retry in a few seconds.",
                     *       "instance": "/v1/webhook-endpoints/3f2b8c1e-5d4a-4f6b-9c7d-2e1a0b9c8d7f/rotate-secret",
                     *       "requestId": "6e37788a-6b8d-460e-b77b-47decb567335"
                     *     }
                     */
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportCancelledWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_ExportCancelled"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportCompletedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_ExportCompleted"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_ExportFailed"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    exportStartedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_ExportStarted"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messageCapturedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_MessageCaptured"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    messagePolicyViolationAppliedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_MessagePolicyViolationApplied"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tenantConsentFailedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_TenantConsentFailed"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tenantConsentRevokedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_TenantConsentRevoked"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    tenantConsentedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_TenantConsented"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    usageThresholdReachedWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_UsageThresholdReached"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
    webhookEndpointDisabledWebhook: {
        parameters: {
            query?: never;
            header: {
                /** @description The event id, identical on every attempt (idempotency key) */
                "webhook-id": string;
                /** @description Space-separated v1,<base64 HMAC-SHA256> signatures of `{webhook-id}.{webhook-timestamp}.{body}`; two while a rotated secret is still valid */
                "webhook-signature": string;
                /** @description Unix seconds when this attempt was signed */
                "webhook-timestamp": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WebhookEvent_WebhookEndpointDisabled"];
            };
        };
        responses: {
            /** @description Delivered. Answer within 15 seconds; anything else is retried. */
            "2XX": {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The endpoint is gone: Capstan disables it and stops sending. */
            410: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Retried no sooner than Retry-After (seconds or an HTTP date). */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
        };
    };
}
