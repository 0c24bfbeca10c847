import { createHash } from "node:crypto";
import MailComposer from "nodemailer/lib/mail-composer/index.js";

/** One message as a bundle renders it: the current version, its key fields, its hosted contents' bytes. */
export interface BundleMessage {
  containerId: string;
  containerType: "chat" | "channel";
  messageId: string;
  etag: string;
  fromUserId: string | null;
  replyToId: string | null;
  createdAt: Date | null;
  lastModifiedAt: Date | null;
  deletedAt: Date | null;
  message: Record<string, unknown>;
  hosted: { hostedContentId: string; sha256: string; contentType: string; bytes: Buffer }[];
}

/** A file-system-safe name for a Graph id: readable, and unique through a short hash of the original. */
export function safeName(id: string): string {
  const readable = id.replace(/[^A-Za-z0-9._-]+/g, "_").slice(0, 80);
  return `${readable}-${createHash("sha256").update(id).digest("hex").slice(0, 8)}`;
}

const escapeHtml = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] as string,
  );

/** The body's text: tags dropped (block ends become line breaks), character references decoded. */
export function bodyText(html: string): string {
  return html
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6])\s*\/?>/gi, "\n")
    .replace(/<[^>]*>/g, "")
    .replace(/&nbsp;/g, " ")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, "&")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

interface Identity {
  id?: string | null;
  displayName?: string | null;
}

function sender(m: BundleMessage): { name: string; address: string } {
  const from = (m.message.from ?? {}) as { user?: Identity | null; application?: Identity | null };
  const who = from.user ?? from.application ?? null;
  const kind = from.user ? "users" : from.application ? "apps" : "system";
  const id = who?.id ?? m.fromUserId ?? "unknown";
  return {
    name: who?.displayName ?? id,
    address: `${id.replace(/[^A-Za-z0-9._-]+/g, "_")}@${kind}.teams.invalid`,
  };
}

const contentId = (m: BundleMessage, hostedContentId: string) =>
  `${safeName(hostedContentId)}.${safeName(m.messageId)}@capstan.invalid`;
const messageIdHeader = (containerId: string, messageId: string) =>
  `<${safeName(messageId)}.${safeName(containerId)}@capstan.invalid>`;

/**
 * The message as an RFC 5322 email (nodemailer's MIME builder): HTML and text bodies, inline images and other
 * hosted contents as related MIME parts referenced by Content-ID, replies threaded with In-Reply-To, and the
 * Teams identifiers in X-headers.
 */
export async function messageEml(m: BundleMessage, tenantId: string): Promise<Buffer> {
  const body = (m.message.body ?? {}) as { content?: string | null; contentType?: string | null };
  const content = body.content ?? "";
  const known = new Map(m.hosted.map((h) => [h.hostedContentId, h]));
  const html =
    body.contentType === "text"
      ? `<pre>${escapeHtml(content)}</pre>`
      : content.replace(/src="[^"]*\/hostedContents\/([^"/]+)\/\$value"/g, (whole, id: string) => {
          const decoded = decodeURIComponent(id);
          return known.has(decoded) ? `src="cid:${contentId(m, decoded)}"` : whole;
        });
  const subject =
    (typeof m.message.subject === "string" && m.message.subject) ||
    `Teams ${m.containerType} message ${m.messageId}`;
  const attachments = (
    (m.message.attachments ?? []) as { name?: string | null; contentUrl?: string | null }[]
  )
    .filter((a) => a?.name)
    .map((a) => `${a.name}${a.contentUrl ? ` <${a.contentUrl}>` : ""}`);
  const mail = new MailComposer({
    from: sender(m),
    subject,
    date: m.createdAt ?? m.lastModifiedAt ?? new Date(0),
    messageId: messageIdHeader(m.containerId, m.messageId),
    ...(m.replyToId
      ? {
          inReplyTo: messageIdHeader(m.containerId, m.replyToId),
          references: [messageIdHeader(m.containerId, m.replyToId)],
        }
      : {}),
    headers: {
      "X-Capstan-Tenant": tenantId,
      "X-Teams-Container": m.containerId,
      "X-Teams-Message-Id": m.messageId,
      "X-Teams-Etag": m.etag,
      ...(m.deletedAt ? { "X-Teams-Deleted": m.deletedAt.toISOString() } : {}),
      ...(attachments.length ? { "X-Teams-Attachments": attachments.join("; ") } : {}),
    },
    text: bodyText(content),
    html,
    attachments: m.hosted.map((h) => ({
      cid: contentId(m, h.hostedContentId),
      filename: `${safeName(h.hostedContentId)}.${(h.contentType.split("/")[1] ?? "bin").replace(/[^a-z0-9]/gi, "")}`,
      contentType: h.contentType,
      content: h.bytes,
      contentDisposition: "inline" as const,
    })),
  });
  return mail.compile().build();
}

/** A conversation (or a stretch of one) as a self-contained HTML page: text only, escaped, replies indented. */
export function transcriptHtml(containerId: string, messages: BundleMessage[], part: string): string {
  const rows = messages.map((m) => {
    const who = sender(m).name;
    const at = m.createdAt?.toISOString() ?? "unknown time";
    const text = m.deletedAt ? "" : bodyText(((m.message.body ?? {}) as { content?: string }).content ?? "");
    const names = ((m.message.attachments ?? []) as { name?: string | null }[])
      .map((a) => a?.name)
      .filter(Boolean);
    return `<div class="msg${m.replyToId ? " reply" : ""}" id="m-${escapeHtml(m.messageId)}">
<div class="meta"><b>${escapeHtml(who)}</b> · <time>${escapeHtml(at)}</time>${m.deletedAt ? ` · <i>deleted ${escapeHtml(m.deletedAt.toISOString())}</i>` : ""}${m.lastModifiedAt && m.createdAt && m.lastModifiedAt > m.createdAt && !m.deletedAt ? " · changed" : ""}</div>
<div class="text">${escapeHtml(text).replace(/\n/g, "<br>")}</div>${names.length ? `\n<div class="att">Attachments: ${names.map((n) => escapeHtml(String(n))).join(", ")}</div>` : ""}${m.hosted.length ? `\n<div class="att">Inline contents: ${m.hosted.length} (in the message's EML)</div>` : ""}
</div>`;
  });
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(containerId)} (${escapeHtml(part)})</title>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<style>body{font-family:sans-serif;max-width:48em;margin:2em auto}.msg{border-bottom:1px solid #ddd;padding:.5em 0}.reply{margin-left:2em}.meta{color:#555;font-size:.9em}.att{color:#555;font-size:.85em}</style>
</head><body><h1>${escapeHtml(containerId)}</h1><p>${messages.length} messages (${escapeHtml(part)}), oldest first.</p>
${rows.join("\n")}
</body></html>
`;
}
