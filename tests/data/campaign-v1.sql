-- A database as version 1 of CampaignDesk wrote it: schema v1 and a little data.
-- Rebuild the fixture with: sqlite3 campaign-v1.cdb < campaign-v1.sql
PRAGMA journal_mode=DELETE;
BEGIN;
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE campaigns (id INTEGER PRIMARY KEY, name TEXT NOT NULL, year INTEGER NOT NULL UNIQUE, start_date TEXT NOT NULL, end_date TEXT NOT NULL, template_id TEXT);
CREATE TABLE pillars (campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE, pillar TEXT NOT NULL, weight REAL NOT NULL, PRIMARY KEY (campaign_id, pillar));
CREATE TABLE units (id INTEGER PRIMARY KEY, name TEXT NOT NULL UNIQUE, short_name TEXT NOT NULL DEFAULT '', category TEXT NOT NULL DEFAULT '', head TEXT NOT NULL DEFAULT '', deputy TEXT NOT NULL DEFAULT '', secretary TEXT NOT NULL DEFAULT '', phone TEXT NOT NULL DEFAULT '', active INTEGER NOT NULL DEFAULT 1, sort_order INTEGER NOT NULL DEFAULT 0);
CREATE TABLE tasks (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE, pillar TEXT NOT NULL, code TEXT NOT NULL, title TEXT NOT NULL, description TEXT NOT NULL DEFAULT '', kind TEXT NOT NULL, owner_unit_id INTEGER REFERENCES units(id), cadence TEXT NOT NULL, target REAL NOT NULL DEFAULT 0, measure TEXT NOT NULL DEFAULT '', lower_is_better INTEGER NOT NULL DEFAULT 0, due_date TEXT, sort_order INTEGER NOT NULL DEFAULT 0, UNIQUE (campaign_id, code));
CREATE TABLE periods (id INTEGER PRIMARY KEY, campaign_id INTEGER NOT NULL REFERENCES campaigns(id) ON DELETE CASCADE, kind TEXT NOT NULL, code TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT NOT NULL, deadline TEXT NOT NULL, UNIQUE (campaign_id, code));
CREATE TABLE responsibilities (id INTEGER PRIMARY KEY, unit_id INTEGER NOT NULL REFERENCES units(id), task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE, level TEXT NOT NULL, person TEXT NOT NULL, post TEXT NOT NULL DEFAULT '', duty TEXT NOT NULL DEFAULT '', UNIQUE (unit_id, task_id, level));
CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, actor TEXT NOT NULL, action TEXT NOT NULL, entity TEXT NOT NULL, entity_id INTEGER, before_json TEXT, after_json TEXT);
INSERT INTO meta (key, value) VALUES ('schema_version', '1');
INSERT INTO campaigns (id, name, year, start_date, end_date, template_id) VALUES (1, '2019年市直机关“三抓一促”活动', 2019, '2019-01-01', '2019-12-31', 'sanzhua-yicu');
INSERT INTO pillars VALUES (1, 'study', 25), (1, 'conduct', 25), (1, 'party', 25), (1, 'reform', 25);
INSERT INTO units (id, name, short_name, category, head, deputy, secretary, phone, active, sort_order) VALUES
 (1, '市教育局', '市教育局', '政府部门', '马霞', '莫燕', '莫英洋', '内线6945', 1, 1),
 (2, '市财政局', '市财政局', '政府部门', '黄宇琳', '白华', '叶佳敏', '内线6913', 0, 2);
INSERT INTO tasks (id, campaign_id, pillar, code, title, kind, cadence, target, measure, due_date, sort_order) VALUES
 (1, 1, 'study', 'S2', '党组（党委）理论学习中心组学习', 'mandatory', 'monthly', 12, '次', '2019-12-31', 1),
 (2, 1, 'party', 'P2', '党组（党委）听取机关党建工作汇报', 'mandatory', 'annual', 2, '次', '2019-12-31', 2);
INSERT INTO periods (campaign_id, kind, code, start_date, end_date, deadline) VALUES (1, 'month', '2019-01', '2019-01-01', '2019-01-31', '2019-02-05');
INSERT INTO responsibilities (unit_id, task_id, level, person, post, duty) VALUES
 (1, 1, 'first', '马霞', '党组书记', '全面负责中心组学习'),
 (1, 2, 'direct', '莫燕', '机关党委书记', '组织汇报');
INSERT INTO audit_log (at, actor, action, entity, entity_id, after_json) VALUES ('2019-01-02T09:00:00.000', 'local-admin', 'campaign.create', 'campaign', 1, '{"year":2019}');
COMMIT;
