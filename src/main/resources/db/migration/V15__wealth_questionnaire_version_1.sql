-- The firm's first risk tolerance questionnaire (house default, version 1): eleven questions, 100 points at most.
-- Categories by total score (house rule, per version): C1 保守型 0–20, C2 谨慎型 21–36, C3 稳健型 37–53,
-- C4 积极型 54–81, C5 激进型 82–100. Answering that no loss can be borne, or that full civil capacity is lacking,
-- makes the client a lowest-category investor (C1) whatever the score. Results are valid for 24 months.
insert into wealth_questionnaire (version, title, status, validity_months, created_by, created_at, activated_by,
                                  activated_at)
values (1, '个人投资者风险承受能力评估问卷（第1版）', 'ACTIVE', 24, 'system', now(), 'system', now());

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 1, '您的年龄', 'Your age' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '18–30岁', '18–30', 8, false),
                   (2, '31–50岁', '31–50', 10, false),
                   (3, '51–60岁', '51–60', 6, false),
                   (4, '61–70岁', '61–70', 3, false),
                   (5, '70岁以上', 'Over 70', 0, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 1;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 2, '您的家庭年收入', 'Your household''s annual income' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '10万元以下', 'Under 100,000 CNY', 2, false),
                   (2, '10万–50万元', '100,000–500,000 CNY', 5, false),
                   (3, '50万–100万元', '500,000–1,000,000 CNY', 8, false),
                   (4, '100万元以上', 'Over 1,000,000 CNY', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 2;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 3, '您的收入来源', 'Where your income comes from' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '无固定收入，或主要依靠养老金、救济', 'No regular income, or mainly a pension or relief', 0, false),
                   (2, '收入不稳定', 'Irregular income', 4, false),
                   (3, '工资、劳务报酬等稳定收入', 'Steady salary or fees', 8, false),
                   (4, '稳定且持续增长的收入', 'Steady and growing income', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 3;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 4, '您投资股票、基金等风险资产的年限', 'Years you have invested in stocks, funds or similar' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '没有经验', 'None', 0, false),
                   (2, '2年以下', 'Under 2 years', 4, false),
                   (3, '2–5年', '2–5 years', 7, false),
                   (4, '5年以上', 'Over 5 years', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 4;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 5, '您投资过的最复杂的品种', 'The most complex products you have invested in' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '仅银行存款', 'Bank deposits only', 0, false),
                   (2, '债券、货币基金、银行理财', 'Bonds, money-market funds, bank wealth products', 4, false),
                   (3, '股票、混合型或股票型基金', 'Stocks, hybrid or equity funds', 8, false),
                   (4, '期货、期权、融资融券等', 'Futures, options, margin trading', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 5;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 6, '您对金融投资的了解', 'Your knowledge of investing' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '基本没有', 'Very little', 0, false),
                   (2, '一般，了解基本概念', 'Some, the basic ideas', 4, false),
                   (3, '较丰富，了解主要产品的风险', 'Good, including the main products'' risks', 8, false),
                   (4, '专业', 'Professional', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 6;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 7, '您投资的主要目的', 'The main purpose of your investing' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '保住本金', 'Keeping the capital safe', 2, false),
                   (2, '稳健增值', 'Steady growth', 5, false),
                   (3, '较高收益', 'Higher returns', 8, false),
                   (4, '追求高收益，接受大幅波动', 'High returns, accepting large swings', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 7;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 8, '您能承受的最大投资亏损', 'The largest loss you can bear' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '不能承受任何亏损', 'No loss at all', 0, true),
                   (2, '10%以内', 'Up to 10%', 4, false),
                   (3, '10%–30%', '10%–30%', 7, false),
                   (4, '30%以上', 'Over 30%', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 8;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 9, '如果您的投资一个月内下跌20%，您会', 'If your investment fell 20% in a month, you would' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '全部卖出', 'Sell everything', 2, false),
                   (2, '卖出一部分', 'Sell some', 5, false),
                   (3, '继续持有', 'Hold', 8, false),
                   (4, '买入更多', 'Buy more', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 9;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 10, '您的负债情况', 'Your debts' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '负债超过家庭资产的一半', 'Over half of household assets', 0, false),
                   (2, '负债占家庭资产的20%–50%', '20%–50% of household assets', 4, false),
                   (3, '负债低于家庭资产的20%', 'Under 20% of household assets', 8, false),
                   (4, '没有负债', 'No debts', 10, false)) o(position, text_zh, text_en, score, lowest)
where q.position = 10;

insert into wealth_question (questionnaire_id, position, text_zh, text_en)
select id, 11, '您是否具有完全民事行为能力', 'Do you have full civil capacity' from wealth_questionnaire where version = 1;
insert into wealth_question_option (question_id, position, text_zh, text_en, score, lowest_category)
select q.id, o.position, o.text_zh, o.text_en, o.score, o.lowest
from wealth_question q join wealth_questionnaire w on w.id = q.questionnaire_id and w.version = 1
cross join (values (1, '是', 'Yes', 0, false),
                   (2, '否', 'No', 0, true)) o(position, text_zh, text_en, score, lowest)
where q.position = 11;

insert into wealth_score_band (questionnaire_id, category, min_score)
select w.id, b.category, b.min_score from wealth_questionnaire w
cross join (values ('C1', 0), ('C2', 21), ('C3', 37), ('C4', 54), ('C5', 82)) b(category, min_score)
where w.version = 1;
