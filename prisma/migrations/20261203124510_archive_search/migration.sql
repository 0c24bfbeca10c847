-- Full-text search over every stored version: message bodies with the HTML stripped, subjects and
-- attachment names, as a generated tsvector (computed by PostgreSQL as each version is inserted, so a page
-- is searchable the moment it commits) with a GIN index. The column is not in the Prisma schema: only the
-- search queries read it. No statement here may contain a semicolon (the migration runner splits at each),
-- hence chr(59) in the entity pattern.

-- The searchable text of a chatMessage: tags and character references become spaces, attachment names
-- appear as given and with their punctuation spaced (so "q3-report.pdf" is found by "report").
CREATE FUNCTION archive_search_text(raw jsonb) RETURNS text
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT concat_ws(' ',
    raw->>'subject',
    regexp_replace(
      regexp_replace(coalesce(raw->'body'->>'content', ''), '<[^>]*>', ' ', 'g'),
      '&(#[0-9]+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*)' || chr(59), ' ', 'g'),
    (SELECT string_agg(concat_ws(' ', a->>'name', translate(a->>'name', '._-', '   ')), ' ')
       FROM jsonb_array_elements(CASE WHEN jsonb_typeof(raw->'attachments') = 'array'
         THEN raw->'attachments' ELSE '[]'::jsonb END) AS a))
$$;

-- The 'simple' configuration: words as written (lower-cased), no stemming and no stop words, so a
-- reviewer's term matches exactly that term.
CREATE FUNCTION archive_search_vector(raw jsonb) RETURNS tsvector
LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
  SELECT to_tsvector('simple'::regconfig, archive_search_text(raw))
$$;

ALTER TABLE "message_versions" ADD COLUMN "search" tsvector GENERATED ALWAYS AS (archive_search_vector(raw)) STORED;

CREATE INDEX "message_versions_search_idx" ON "message_versions" USING gin ("search");

-- Search answers newest first by creation: walking a tenant's messages in that order lets a query for a
-- common word stop after one page instead of sorting every match.
CREATE INDEX "messages_tenant_created_idx" ON "messages" ("tenant_id", (coalesce("created_at", timestamptz '1970-01-01 00:00:00+00')));
