-- What an item produces, and where a not-stationed item is applied for (ADR 0013).
--
-- Item data lives in catalog_versions.data and catalog_public.data (jsonb, itemSchema). Every
-- stored version gets the new fields, so cases that follow an older version read them too:
--   resultType   licence (证照) | decision (批准文书) | record (登记/备案) | service (服务办结)
--   licenceName  the licence a 证照 item issues, '' otherwise
--   officeName, officeAddress, officeHours, officePhone: where a 不划转不进驻 item is applied for
-- The backfill guesses from the item's kind, name and licence validity the way the demo catalog
-- was classified; editors correct single items through the four-stage review afterwards.
-- catalog_public.result_type lets the public list filter on the result.

UPDATE catalog_versions SET data = data || jsonb_build_object('resultType',
  CASE
    WHEN data->>'kind' = 'service' THEN 'service'
    WHEN data->>'kind' = 'fee' THEN 'decision'
    WHEN data->>'name' LIKE '%注销%' THEN 'record'
    WHEN jsonb_typeof(data->'licenceYears') = 'number' THEN 'licence'
    WHEN data->>'name' ~ '(证|证书|执照|证明|书|卡|标志)(核发|签发)$' THEN 'licence'
    WHEN data->>'name' ~ '(登记|备案|注册)$' OR data->>'name' LIKE '%备案%' THEN 'record'
    WHEN data->>'name' ~ '许可$' THEN 'licence'
    ELSE 'decision'
  END)
WHERE NOT data ? 'resultType';

UPDATE catalog_versions SET data = data || jsonb_build_object('licenceName',
  CASE
    WHEN data->>'resultType' <> 'licence' THEN ''
    ELSE (
      SELECT CASE
               WHEN base ~ '(核发|签发)$' THEN regexp_replace(base, '(核发|签发)$', '')
               WHEN base ~ '(证|证书|执照)$' THEN base
               WHEN base ~ '许可$' THEN base || '证'
               ELSE regexp_replace(base, '(审批|核准|核定|认定|登记|注册)$', '') || '证'
             END
        FROM (SELECT regexp_replace(data->>'name', '(变更|延续|延期|换发|补发)$', '') AS base) b)
  END)
WHERE NOT data ? 'licenceName';

UPDATE catalog_versions v SET data = v.data || jsonb_build_object(
  'officeName', CASE WHEN v.data->>'disposition' = 'not_stationed' THEN coalesce(d.name, v.data->>'departmentCode') ELSE '' END,
  'officeAddress', CASE WHEN v.data->>'disposition' = 'not_stationed' THEN coalesce(nullif(v.data->>'location', ''), '请向实施部门咨询') ELSE '' END,
  'officeHours', CASE WHEN v.data->>'disposition' = 'not_stationed' THEN '法定工作日 9:00—12:00，13:30—17:00' ELSE '' END,
  'officePhone', CASE WHEN v.data->>'disposition' = 'not_stationed' THEN coalesce(nullif(v.data->>'consultPhone', ''), '请向实施部门咨询') ELSE '' END)
FROM catalog_versions v2 LEFT JOIN departments d ON d.code = v2.data->>'departmentCode'
WHERE v2.id = v.id AND NOT v.data ? 'officeName';

-- the public projection carries the data of its confirmed version
UPDATE catalog_public p SET data = v.data FROM catalog_versions v WHERE v.id = p.version_id;

ALTER TABLE catalog_public ADD COLUMN result_type text;
UPDATE catalog_public SET result_type = data->>'resultType';
ALTER TABLE catalog_public ALTER COLUMN result_type SET NOT NULL;
ALTER TABLE catalog_public ADD CONSTRAINT catalog_public_result_type CHECK (result_type IN ('licence', 'decision', 'record', 'service'));
