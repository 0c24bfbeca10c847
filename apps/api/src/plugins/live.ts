import { CertificateStore, NotificationReceiver, ValidationTokenVerifier } from "@capstan/live";
import { secretBoxFromConfig } from "@capstan/webhooks";
import type { FastifyInstance } from "fastify";
import fp from "fastify-plugin";

declare module "fastify" {
  interface FastifyInstance {
    /** Verifies Graph change notifications and queues them in live_inbox. */
    liveReceiver: NotificationReceiver;
  }
}

export default fp(
  async function live(app: FastifyInstance) {
    const certificates = new CertificateStore(app.db, secretBoxFromConfig(app.config));
    app.decorate(
      "liveReceiver",
      new NotificationReceiver({
        db: app.db,
        certificates,
        maxPending: app.config.LIVE_INBOX_MAX,
        maxVerifying: app.config.LIVE_VERIFY_MAX,
        validationTokens: new ValidationTokenVerifier({
          identityBaseUrl: app.config.IDENTITY_BASE_URL,
          clientId: app.config.AZURE_CLIENT_ID,
        }),
      }),
    );
  },
  { name: "live", dependencies: ["config", "db"] },
);
