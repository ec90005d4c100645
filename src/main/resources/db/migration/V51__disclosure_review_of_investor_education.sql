-- Disclosure review of other modules' material: a submission names its source (wealth.education:12), whose module
-- hears when it is cleared or returned; investor education is a kind of material of its own.
alter table compliance_disclosure add column source varchar(80);
create index ix_compliance_disclosure_source on compliance_disclosure (source) where source is not null;
alter table compliance_disclosure drop constraint ck_compliance_disclosure_material;
alter table compliance_disclosure add constraint ck_compliance_disclosure_material
    check (material in ('RESEARCH_REPORT', 'MARKETING', 'ANNOUNCEMENT', 'INVESTOR_EDUCATION'));
alter table compliance_phrase drop constraint ck_compliance_phrase_material;
alter table compliance_phrase add constraint ck_compliance_phrase_material
    check (material is null or material in ('RESEARCH_REPORT', 'MARKETING', 'ANNOUNCEMENT', 'INVESTOR_EDUCATION'));

-- Investor education goes to the public only through disclosure review: what the author wrote waits here, in review
-- or returned with the reviewer's comments, until compliance clears it and it becomes the code's next version.
create table wealth_education_submission (
    id                bigint generated always as identity primary key,
    code              varchar(40)   not null,
    kind              varchar(16)   not null,
    title_zh          varchar(200)  not null,
    title_en          varchar(200)  not null,
    body_zh           varchar(8000) not null,
    body_en           varchar(8000) not null,
    status            varchar(12)   not null,
    review_id         bigint,
    review_reference  varchar(20),
    review_comment    varchar(2000),
    content_id        bigint,
    request_key       varchar(64)   not null,
    submitted_by      varchar(50)   not null,
    submitted_at      timestamptz   not null,
    decided_at        timestamptz,
    version           bigint        not null default 0,
    constraint uq_wealth_education_submission_request unique (request_key),
    constraint fk_wealth_education_submission_content foreign key (content_id)
        references wealth_education_content (id),
    constraint ck_wealth_education_submission_kind check (kind in ('ARTICLE', 'RISK_DISCLOSURE', 'ANTI_FRAUD')),
    constraint ck_wealth_education_submission_status check (status in ('IN_REVIEW', 'RETURNED', 'PUBLISHED')),
    constraint ck_wealth_education_submission_published check ((status = 'PUBLISHED') = (content_id is not null))
);
create index ix_wealth_education_submission_open on wealth_education_submission (status, submitted_at desc)
    where status <> 'PUBLISHED';
create unique index ux_wealth_education_submission_review on wealth_education_submission (review_id);

-- The review that cleared a published version; null for the library loaded before reviews.
alter table wealth_education_content add column review_reference varchar(20);
