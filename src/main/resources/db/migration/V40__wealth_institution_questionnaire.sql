-- Institutions answer a questionnaire of their own (机构投资者风险承受能力评估问卷): its questions are about the
-- institution (kind, net and financial assets, experience, who decides, horizon, objective, loss it can bear, where
-- the money comes from), not a person's age or household. Each questionnaire is for one audience, which keeps its
-- own versions, its active version and its draft.
alter table wealth_questionnaire add column audience varchar(12) not null default 'INDIVIDUAL';
alter table wealth_questionnaire add constraint ck_wealth_questionnaire_audience
    check (audience in ('INDIVIDUAL', 'INSTITUTION'));
alter table wealth_questionnaire drop constraint ux_wealth_questionnaire_version;
alter table wealth_questionnaire add constraint ux_wealth_questionnaire_version unique (audience, version);
drop index ux_wealth_questionnaire_active;
create unique index ux_wealth_questionnaire_active on wealth_questionnaire (audience) where status = 'ACTIVE';
drop index ux_wealth_questionnaire_draft;
create unique index ux_wealth_questionnaire_draft on wealth_questionnaire (audience) where status = 'DRAFT';

-- Version 1 for institutions: ten questions, 100 points at most, the same category bands as the individual version 1
-- (C1 0–20, C2 21–36, C3 37–53, C4 54–81, C5 82–100); bearing no loss of capital makes the institution a
-- lowest-category investor (C1) whatever the score. Results are valid for 24 months.
insert into wealth_questionnaire (audience, version, title, status, validity_months, created_by, created_at,
                                  activated_by, activated_at)
values ('INSTITUTION', 1, '机构投资者风险承受能力评估问卷（第1版）', 'ACTIVE', 24, 'system', now(), 'system', now());

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 1, '贵机构的类型', 'What kind of institution you are' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '非金融类企业或社会团体', 'A non-financial company or association', 4, false),
                   (2, '事业单位或国有企业', 'A public institution or state-owned company', 6, false),
                   (3, '私募基金管理人、投资公司等投资机构', 'A private fund manager or investment company', 8, false),
                   (4, '持牌金融机构或其发行的产品', 'A licensed financial institution or its product', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 1;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 2, '贵机构最近一年末的净资产', 'Your net assets at the last year end' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '500万元以下', 'Under 5 million CNY', 2, false),
                   (2, '500万–2,000万元', '5–20 million CNY', 5, false),
                   (3, '2,000万–1亿元', '20–100 million CNY', 8, false),
                   (4, '1亿元以上', 'Over 100 million CNY', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 2;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 3, '贵机构最近一年末的金融资产', 'Your financial assets at the last year end' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '100万元以下', 'Under 1 million CNY', 2, false),
                   (2, '100万–1,000万元', '1–10 million CNY', 5, false),
                   (3, '1,000万–5,000万元', '10–50 million CNY', 8, false),
                   (4, '5,000万元以上', 'Over 50 million CNY', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 3;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 4, '贵机构投资股票、基金等风险资产的年限', 'Years you have invested in stocks, funds or similar' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '没有经验', 'None', 0, false),
                   (2, '2年以下', 'Under 2 years', 4, false),
                   (3, '2–5年', '2–5 years', 7, false),
                   (4, '5年以上', 'Over 5 years', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 4;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 5, '贵机构投资过的最复杂的品种', 'The most complex products you have invested in' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '仅银行存款或国债', 'Bank deposits or government bonds only', 0, false),
                   (2, '债券、货币基金、银行理财', 'Bonds, money-market funds, bank wealth products', 4, false),
                   (3, '股票、混合型或股票型基金', 'Stocks, hybrid or equity funds', 8, false),
                   (4, '期货、期权、融资融券、场外衍生品等', 'Futures, options, margin trading, OTC derivatives', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 5;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 6, '负责投资决策的人员和制度', 'Who decides on investments, and under which rules' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '无专人负责，也无投资管理制度', 'No one in charge, no investment rules', 0, false),
                   (2, '由财务人员兼管', 'The finance staff as a side task', 4, false),
                   (3, '有专职投资人员和书面的投资决策流程', 'Dedicated staff and a written decision process', 8, false),
                   (4, '有专业投资团队、独立风控和内部审计', 'A professional team with independent risk control and audit', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 6;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 7, '本次投资资金的预计投资期限', 'How long the money may stay invested' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '1年以内', 'Under 1 year', 2, false),
                   (2, '1–3年', '1–3 years', 5, false),
                   (3, '3–5年', '3–5 years', 8, false),
                   (4, '5年以上', 'Over 5 years', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 7;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 8, '贵机构的投资目标', 'Your investment objective' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '保证本金安全，获取稳定收益', 'Keep the capital safe with a steady income', 2, false),
                   (2, '本金较小波动下获得高于存款的收益', 'Beat deposits with small swings in capital', 5, false),
                   (3, '追求资产较快增长，可承受较大波动', 'Faster growth, accepting larger swings', 8, false),
                   (4, '追求高收益，可承受本金大幅波动', 'High returns, accepting large swings in capital', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 8;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 9, '贵机构能承受的最大投资亏损', 'The largest loss you could bear' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '不能承受任何本金亏损', 'No loss of capital at all', 0, true),
                   (2, '10%以内', 'Up to 10%', 4, false),
                   (3, '10%–30%', '10–30%', 7, false),
                   (4, '30%以上', 'Over 30%', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 9;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 10, '本次投资资金的来源与流动性需求', 'Where the money comes from and when you may need it' from wealth_questionnaire where audience = 'INSTITUTION' and version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q
join wealth_questionnaire w on w.id = q.questionnaire_id and w.audience = 'INSTITUTION' and w.version = 1
cross join (values (1, '借入资金，或随时可能用于经营支出', 'Borrowed, or needed for operations at any time', 0, false),
                   (2, '经营周转资金，一年内可能动用', 'Working capital that may be needed within a year', 4, false),
                   (3, '闲置自有资金，一年内无动用计划', 'Idle own funds, not needed within a year', 8, false),
                   (4, '长期自有资金，无流动性要求', 'Long-term own funds with no liquidity needs', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 10;

insert into wealth_score_band (questionnaire_id, category, min_score)
select w.id, b.category, b.min_score
from wealth_questionnaire w
cross join (values ('C1', 0), ('C2', 21), ('C3', 37), ('C4', 54), ('C5', 82)) b(category, min_score)
where w.audience = 'INSTITUTION' and w.version = 1;
