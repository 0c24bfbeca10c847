import { cloudEndpoints, parseCloudHosts } from "@capstan/graph";
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
    // Where each cloud's Entra ID is reached, as the identity plugin configures it.
    const cloudHosts = {
      ...parseCloudHosts(app.config.CLOUD_HOST_BASE_URLS),
      "login.microsoftonline.com": app.config.IDENTITY_BASE_URL.replace(/\/$/, ""),
    };
    app.decorate(
      "liveReceiver",
      new NotificationReceiver({
        db: app.db,
        certificates,
        maxPending: app.config.LIVE_INBOX_MAX,
        maxVerifying: app.config.LIVE_VERIFY_MAX,
        validationTokens: new ValidationTokenVerifier({
          identityBaseUrl: (cloud) => cloudEndpoints(cloud, cloudHosts).identityBaseUrl,
          clientId: app.config.AZURE_CLIENT_ID,
        }),
      }),
    );
  },
  { name: "live", dependencies: ["config", "db"] },
);
