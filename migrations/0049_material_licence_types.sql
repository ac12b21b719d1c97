-- 免证办: each material names the electronic licence types that may stand for it (materials[].licenceTypes,
-- ADR 0019), a catalog field reviewed in the four stages instead of a rule on the material's name.
--
-- Item data lives in catalog_versions.data and catalog_public.data (jsonb, itemSchema). Every stored
-- version gets the field, so cases filed under an older version read it too. The backfill keeps what
-- the name rule offered before: a material issued by a government body (来源 政府部门核发) or the old
-- licence of a change or renewal (原…), whose name contains the licence name an item of the catalog
-- issues (申请人营业执照或其他主体资格证明 ← 营业执照; 原食品经营许可证件 ← 食品经营许可证). A type
-- contained in a longer one the name also contains is that longer one's mention, not its own.
-- Editors correct single materials through the four-stage review afterwards.

CREATE TEMPORARY TABLE licence_types ON COMMIT DROP AS
  SELECT DISTINCT data->>'licenceName' AS t FROM catalog_versions WHERE char_length(coalesce(data->>'licenceName', '')) > 1;

CREATE FUNCTION pg_temp.with_licence_types(materials jsonb) RETURNS jsonb LANGUAGE sql AS $$
  SELECT coalesce(jsonb_agg(
           CASE WHEN m ? 'licenceTypes' THEN m
                ELSE m || jsonb_build_object('licenceTypes', (
                  SELECT coalesce(jsonb_agg(a.t ORDER BY char_length(a.t) DESC, a.t), '[]'::jsonb)
                    FROM licence_types a
                   WHERE (m->>'source' = '政府部门核发' OR m->>'name' LIKE '原%')
                     AND strpos(m->>'name', a.t) > 0
                     AND NOT EXISTS (SELECT 1 FROM licence_types b
                                      WHERE b.t <> a.t AND strpos(b.t, a.t) > 0 AND strpos(m->>'name', b.t) > 0)))
           END ORDER BY ord), '[]'::jsonb)
    FROM jsonb_array_elements(materials) WITH ORDINALITY AS e(m, ord)
$$;

UPDATE catalog_versions SET data = jsonb_set(data, '{materials}', pg_temp.with_licence_types(data->'materials'))
 WHERE jsonb_typeof(data->'materials') = 'array';
UPDATE catalog_public SET data = jsonb_set(data, '{materials}', pg_temp.with_licence_types(data->'materials'))
 WHERE jsonb_typeof(data->'materials') = 'array';
