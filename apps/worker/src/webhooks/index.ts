export {
  createWebhookDeliverer,
  MAX_RETRY_AFTER_MS,
  parseRetryAfter,
  RESPONSE_BODY_LIMIT,
  startWebhookDelivery,
  type WebhookDeliveryLoop,
  type WebhookDeliveryOptions,
} from "./delivery";
