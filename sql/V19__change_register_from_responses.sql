-- Changes recorded in published responses join the change register (issue 11): from now on a
-- response does so when it is published (changes/control/ResponseChanges); this brings the
-- responses published before into line. One entry per organisation, description and kind
-- (PLANNED or MADE, as the responses said it, so each story's progress and count stay as they
-- are), made on the day of its first response; it links every story answered with it. Where the
-- register already has an entry of the organisation with that description and status, that one
-- is joined instead. Storytellers of a made change are asked "did it make a difference?" from 28
-- days after (COPRODUCE_DIFFERENCE_DELAY_DAYS' default) through their follow link.

INSERT INTO service_change (organisation_id, description, status, planned_on, made_on, created_by, created_at, version)
SELECT r.organisation_id, r.change_text, r.change_kind, NULL,
       CASE WHEN r.change_kind = 'MADE' THEN CAST(MIN(r.published_at) AS DATE) END,
       MIN(r.author_id), MIN(r.published_at), 0
FROM response r
WHERE r.kind = 'PROVIDER' AND r.status = 'PUBLISHED' AND r.change_kind IN ('PLANNED', 'MADE')
  AND r.change_text IS NOT NULL AND r.organisation_id IS NOT NULL AND r.published_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM service_change c WHERE c.organisation_id = r.organisation_id
                  AND c.description = r.change_text AND c.status = r.change_kind)
GROUP BY r.organisation_id, r.change_text, r.change_kind;

INSERT INTO change_story (change_id, story_id, ask_from)
SELECT c.id, r.story_id, CASE WHEN c.status = 'MADE' THEN TIMESTAMPADD(DAY, 28, c.made_on) END
FROM response r
JOIN service_change c ON c.id = (SELECT MIN(c2.id) FROM service_change c2 WHERE c2.organisation_id = r.organisation_id
                                 AND c2.description = r.change_text AND c2.status = r.change_kind)
WHERE r.kind = 'PROVIDER' AND r.status = 'PUBLISHED' AND r.change_kind IN ('PLANNED', 'MADE')
  AND r.change_text IS NOT NULL AND r.organisation_id IS NOT NULL AND r.published_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM change_story cs WHERE cs.change_id = c.id AND cs.story_id = r.story_id)
GROUP BY c.id, r.story_id, c.status, c.made_on;
