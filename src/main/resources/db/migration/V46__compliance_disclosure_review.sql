-- Disclosure review (信息披露审核): anything leaving the firm for the public - research reports, marketing material,
-- announcements - is submitted, checked automatically against the phrase dictionary, reviewed by a compliance
-- officer and approved or returned with comments; only approved material is published.

-- The dictionary: FORBIDDEN phrases (promises of returns, superlatives) and REQUIRED ones (the risk disclosures a kind
-- of material must carry). Phrases are retired, never deleted, so an old check can still be read.
create table compliance_phrase (
    id          bigint generated always as identity primary key,
    kind        varchar(10)   not null,
    phrase      varchar(100)  not null,
    material    varchar(20),
    note        varchar(200),
    added_by    varchar(50)   not null,
    added_at    timestamptz   not null,
    retired_by  varchar(50),
    retired_at  timestamptz,
    constraint ck_compliance_phrase_kind check (kind in ('FORBIDDEN', 'REQUIRED')),
    constraint ck_compliance_phrase_material check (material is null or material in ('RESEARCH_REPORT', 'MARKETING',
        'ANNOUNCEMENT')),
    constraint ck_compliance_phrase_required_material check (kind = 'FORBIDDEN' or material is not null)
);
create unique index ux_compliance_phrase_live on compliance_phrase (kind, phrase, coalesce(material, ''))
    where retired_at is null;

insert into compliance_phrase (kind, phrase, material, note, added_by, added_at)
values ('FORBIDDEN', '保本', null, '不得承诺保本（资管新规、证券期货经营机构私募资管业务管理办法）', 'system', now()),
       ('FORBIDDEN', '保收益', null, '不得承诺收益', 'system', now()),
       ('FORBIDDEN', '保证收益', null, '不得承诺收益', 'system', now()),
       ('FORBIDDEN', '稳赚', null, '不得承诺收益', 'system', now()),
       ('FORBIDDEN', '稳赚不赔', null, '不得承诺收益', 'system', now()),
       ('FORBIDDEN', '包赚', null, '不得承诺收益', 'system', now()),
       ('FORBIDDEN', '零风险', null, '不得夸大或片面宣传', 'system', now()),
       ('FORBIDDEN', '无风险', null, '不得夸大或片面宣传', 'system', now()),
       ('FORBIDDEN', '刚性兑付', null, '打破刚性兑付', 'system', now()),
       ('FORBIDDEN', '只涨不跌', null, '不得夸大或片面宣传', 'system', now()),
       ('FORBIDDEN', '最安全', null, '广告法禁用最高级用语', 'system', now()),
       ('FORBIDDEN', '最佳收益', null, '广告法禁用最高级用语', 'system', now()),
       ('REQUIRED', '投资有风险', 'MARKETING', '营销材料须提示风险（市场有风险，投资需谨慎）', 'system', now()),
       ('REQUIRED', '风险提示', 'RESEARCH_REPORT', '研究报告须有风险提示（发布证券研究报告暂行规定）', 'system', now()),
       ('REQUIRED', '免责声明', 'RESEARCH_REPORT', '研究报告须有免责声明', 'system', now()),
       ('REQUIRED', '执业证书编号', 'RESEARCH_REPORT', '研究报告须注明分析师的执业证书编号', 'system', now());

create sequence compliance_disclosure_number;

create table compliance_disclosure (
    id                  bigint generated always as identity primary key,
    reference           varchar(20)    not null,
    material            varchar(20)    not null,
    title               varchar(200)   not null,
    body                varchar(20000) not null,
    status              varchar(12)    not null,
    revision            integer        not null default 1,
    findings            integer        not null default 0,
    request_key         varchar(64)    not null,
    submitted_by        varchar(50)    not null,
    submitted_at        timestamptz    not null,
    reviewer            varchar(50),
    decided_at          timestamptz,
    decision_comment    varchar(2000),
    published_by        varchar(50),
    published_at        timestamptz,
    version             bigint         not null default 0,
    constraint uq_compliance_disclosure_reference unique (reference),
    constraint uq_compliance_disclosure_request unique (request_key),
    constraint ck_compliance_disclosure_material check (material in ('RESEARCH_REPORT', 'MARKETING', 'ANNOUNCEMENT')),
    constraint ck_compliance_disclosure_status check (status in ('SUBMITTED', 'UNDER_REVIEW', 'APPROVED', 'RETURNED',
        'PUBLISHED')),
    -- nothing is published without a compliance officer's approval
    constraint ck_compliance_disclosure_published check (status <> 'PUBLISHED' or (reviewer is not null
        and decided_at is not null and published_at is not null))
);
create index ix_compliance_disclosure_status on compliance_disclosure (status, submitted_at desc, id desc);
create index ix_compliance_disclosure_author on compliance_disclosure (submitted_by, submitted_at desc);

-- What the automatic check found in the revision under review: a forbidden phrase (with the words around it) or a
-- required disclosure missing.
create table compliance_disclosure_finding (
    id             bigint generated always as identity primary key,
    disclosure_id  bigint        not null,
    revision       integer       not null,
    kind           varchar(10)   not null,
    phrase         varchar(100)  not null,
    excerpt        varchar(200),
    constraint fk_compliance_disclosure_finding foreign key (disclosure_id) references compliance_disclosure (id),
    constraint ck_compliance_disclosure_finding_kind check (kind in ('FORBIDDEN', 'MISSING'))
);
create index ix_compliance_disclosure_finding on compliance_disclosure_finding (disclosure_id, revision);

create table compliance_disclosure_event (
    id             bigint generated always as identity primary key,
    disclosure_id  bigint         not null,
    status         varchar(12)    not null,
    actor          varchar(50)    not null,
    at             timestamptz    not null,
    comment        varchar(2000),
    constraint fk_compliance_disclosure_event foreign key (disclosure_id) references compliance_disclosure (id)
);
create index ix_compliance_disclosure_event on compliance_disclosure_event (disclosure_id, id);
