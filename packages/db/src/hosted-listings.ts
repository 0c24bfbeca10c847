import type { Queryable } from "./client";
import { containerOf, deletedAt, type GraphChatMessage } from "./message-store";

// Hosted contents a body's <img>s do not name: adaptive cards, code snippets and other attachments keep theirs
// out of the HTML. A message whose attachments say it may have some is listed (GET …/hostedContents), and
// every hosted content the listing names is recorded like an inline image's, to be fetched by the same task.

/** Attachments that point elsewhere (SharePoint files, quoted messages) and hold no hosted content. */
const PLAIN_ATTACHMENTS = new Set(["reference", "messageReference", "forwardedMessageReference"]);

const seg = encodeURIComponent;

/** Graph path of a message: /v1.0/chats/{id}/messages/{id}, or its channel post or reply. */
export function messagePath(message: GraphChatMessage): string {
  const id = seg(message.id);
  if (message.chatId) return `/v1.0/chats/${seg(message.chatId)}/messages/${id}`;
  const { teamId, channelId } = message.channelIdentity ?? {};
  if (!teamId || !channelId) throw new Error(`message ${message.id} names neither a chat nor a channel`);
  const base = `/v1.0/teams/${seg(teamId)}/channels/${seg(channelId)}/messages`;
  return message.replyToId ? `${base}/${seg(message.replyToId)}/replies/${id}` : `${base}/${id}`;
}

/** Whether a message says it carries hosted contents its body's <img>s may not name. */
export function needsHostedListing(message: GraphChatMessage): boolean {
  if (deletedAt(message)) return false;
  const attachments = (message as { attachments?: { contentType?: string | null }[] | null }).attachments;
  return (
    Array.isArray(attachments) &&
    attachments.some((a) => typeof a?.contentType === "string" && !PLAIN_ATTACHMENTS.has(a.contentType))
  );
}

/** Records the page's versions that need their hosted contents listed, once per version. */
export async function recordHostedListings(
  client: Queryable,
  page: { tenantId: string; taskId: string; messages: GraphChatMessage[] },
): Promise<number> {
  const rows = page.messages.filter(needsHostedListing);
  if (rows.length === 0) return 0;
  const result = await client.query(
    `INSERT INTO message_hosted_listings (tenant_id, container_id, message_id, etag, path, task_id)
     SELECT $1::uuid, c, m, e, p, $2::uuid FROM unnest($3::text[], $4::text[], $5::text[], $6::text[]) AS r(c, m, e, p)
     ON CONFLICT DO NOTHING`,
    [
      page.tenantId,
      page.taskId,
      rows.map((m) => containerOf(m).id),
      rows.map((m) => m.id),
      rows.map((m) => m.etag ?? `lm:${m.lastModifiedDateTime ?? ""}`),
      rows.map(messagePath),
    ],
  );
  return result.rowCount ?? 0;
}

export interface HostedListing {
  containerId: string;
  messageId: string;
  etag: string;
  path: string;
}

/** A task's versions whose hosted contents are still to be listed. */
export async function pendingHostedListings(
  client: Queryable,
  taskId: string,
  limit = 20,
): Promise<HostedListing[]> {
  const { rows } = await client.query<HostedListing>(
    `SELECT container_id AS "containerId", message_id AS "messageId", etag, path FROM message_hosted_listings
     WHERE task_id = $1::uuid AND listed_at IS NULL ORDER BY container_id, message_id, etag LIMIT $2`,
    [taskId, limit],
  );
  return rows;
}

/**
 * Records what a listing found (hosted content ids, or the error that ended it), in the caller's
 * transaction: each found one becomes a reference of this task, unless the message already has it.
 */
export async function completeHostedListing(
  client: Queryable,
  input: {
    tenantId: string;
    taskId: string;
    listing: HostedListing;
    hostedContentIds: string[];
    error?: string;
  },
): Promise<number> {
  const { tenantId, taskId, listing, hostedContentIds } = input;
  const added = await client.query(
    `INSERT INTO message_hosted_contents (tenant_id, container_id, message_id, hosted_content_id, path, task_id)
     SELECT $1::uuid, $2, $3, id, $4 || '/hostedContents/' || ($5::text[])[o] || '/$value', $6::uuid
     FROM unnest($7::text[]) WITH ORDINALITY AS r(id, o)
     ON CONFLICT DO NOTHING`,
    [
      tenantId,
      listing.containerId,
      listing.messageId,
      listing.path,
      hostedContentIds.map(seg),
      taskId,
      hostedContentIds,
    ],
  );
  await client.query(
    `UPDATE message_hosted_listings SET listed_at = now(), found = $5, error = $6
     WHERE tenant_id = $1::uuid AND container_id = $2 AND message_id = $3 AND etag = $4`,
    [
      tenantId,
      listing.containerId,
      listing.messageId,
      listing.etag,
      hostedContentIds.length,
      input.error?.slice(0, 500) ?? null,
    ],
  );
  return added.rowCount ?? 0;
}
