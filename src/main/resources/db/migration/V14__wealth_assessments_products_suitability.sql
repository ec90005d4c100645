-- Risk tolerance questionnaires (风险承受能力测评问卷), versioned: compliance drafts a new version, activates it, and
-- the one it replaces is retired. Each version keeps its own questions, option scores and score bands, so an
-- assessment can always be read against the version the client answered.
create table wealth_questionnaire (
    id              bigint generated always as identity primary key,
    version         integer      not null,
    title           varchar(200) not null,
    status          varchar(16)  not null,
    validity_months integer      not null,
    created_by      varchar(50)  not null,
    created_at      timestamptz  not null,
    activated_by    varchar(50),
    activated_at    timestamptz,
    constraint ux_wealth_questionnaire_version unique (version),
    constraint ck_wealth_questionnaire_status check (status in ('DRAFT', 'ACTIVE', 'RETIRED')),
    constraint ck_wealth_questionnaire_validity check (validity_months between 1 and 60)
);
create unique index ux_wealth_questionnaire_active on wealth_questionnaire ((true)) where status = 'ACTIVE';

create table wealth_question (
    id               bigint generated always as identity primary key,
    questionnaire_id bigint       not null,
    position         integer      not null,
    text_zh          varchar(300) not null,
    text_en          varchar(300) not null,
    constraint fk_wealth_question_questionnaire foreign key (questionnaire_id) references wealth_questionnaire (id),
    constraint ux_wealth_question_position unique (questionnaire_id, position)
);

-- An option marked lowest_category makes whoever picks it a lowest-category investor (C1) whatever the score:
-- no full civil capacity, or no tolerance for any loss (实施指引 art. 19).
create table wealth_question_option (
    id              bigint generated always as identity primary key,
    question_id     bigint       not null,
    position        integer      not null,
    text_zh         varchar(200) not null,
    text_en         varchar(200) not null,
    score           integer      not null,
    lowest_category boolean      not null default false,
    constraint fk_wealth_question_option_question foreign key (question_id) references wealth_question (id),
    constraint ux_wealth_question_option_position unique (question_id, position),
    constraint ck_wealth_question_option_score check (score between 0 and 100)
);

-- The lowest total score of each category in a version; C1 always starts at 0.
create table wealth_score_band (
    questionnaire_id bigint     not null,
    category         varchar(2) not null,
    min_score        integer    not null,
    constraint pk_wealth_score_band primary key (questionnaire_id, category),
    constraint fk_wealth_score_band_questionnaire foreign key (questionnaire_id) references wealth_questionnaire (id),
    constraint ck_wealth_score_band_category check (category in ('C1', 'C2', 'C3', 'C4', 'C5')),
    constraint ck_wealth_score_band_min check (min_score >= 0 and (category <> 'C1' or min_score = 0))
);

-- A client's answers to one version, the score and category they gave, the investment horizon and varieties the
-- client stated, and until when the result may be relied on.
create table wealth_risk_assessment (
    id               bigint generated always as identity primary key,
    client_id        bigint       not null,
    questionnaire_id bigint       not null,
    score            integer      not null,
    category         varchar(2)   not null,
    knocked_out      boolean      not null,
    horizon          varchar(16)  not null,
    varieties        varchar(100) not null,
    answers          jsonb        not null,
    assessed_by      varchar(50)  not null,
    assessed_at      timestamptz  not null,
    valid_until      date         not null,
    idempotency_key  varchar(64)  not null,
    constraint fk_wealth_risk_assessment_client foreign key (client_id) references clients_client (id),
    constraint fk_wealth_risk_assessment_questionnaire foreign key (questionnaire_id)
        references wealth_questionnaire (id),
    constraint ux_wealth_risk_assessment_key unique (idempotency_key),
    constraint ck_wealth_risk_assessment_category check (category in ('C1', 'C2', 'C3', 'C4', 'C5')),
    constraint ck_wealth_risk_assessment_horizon check (horizon in ('SHORT', 'MEDIUM', 'LONG')),
    constraint ck_wealth_risk_assessment_knockout check (not knocked_out or category = 'C1')
);
create index ix_wealth_risk_assessment_client on wealth_risk_assessment (client_id, assessed_at desc, id desc);

-- The product catalogue (产品目录): funds, wealth products, asset-management plans, bonds and structured notes, with
-- the risk level (R1–R5) the firm rated them at. A listed fund's code is its exchange code.
create table wealth_product (
    id                  bigint generated always as identity primary key,
    code                varchar(20)   not null,
    name_zh             varchar(100)  not null,
    name_en             varchar(100)  not null,
    type                varchar(24)   not null,
    variety             varchar(16)   not null,
    issuer              varchar(100)  not null,
    risk_level          varchar(2)    not null,
    minimum_investment  numeric(20,2) not null,
    horizon_months      integer       not null,
    subscription_fee    numeric(9,6)  not null,
    management_fee      numeric(9,6)  not null,
    professional_only   boolean       not null,
    status              varchar(16)   not null,
    documents           varchar(500),
    version             bigint        not null default 0,
    updated_by          varchar(50)   not null,
    updated_at          timestamptz   not null,
    constraint ux_wealth_product_code unique (code),
    constraint ck_wealth_product_type check (type in ('MUTUAL_FUND', 'LISTED_FUND', 'WEALTH_PRODUCT',
        'ASSET_MANAGEMENT_PLAN', 'BOND', 'STRUCTURED_NOTE')),
    constraint ck_wealth_product_variety check (variety in ('FIXED_INCOME', 'EQUITY', 'ALTERNATIVE', 'COMPLEX')),
    constraint ck_wealth_product_risk check (risk_level in ('R1', 'R2', 'R3', 'R4', 'R5')),
    constraint ck_wealth_product_minimum check (minimum_investment > 0),
    constraint ck_wealth_product_horizon check (horizon_months >= 0),
    constraint ck_wealth_product_fees check (subscription_fee between 0 and 0.1 and management_fee between 0 and 0.1),
    constraint ck_wealth_product_status check (status in ('ON_SALE', 'CLOSED'))
);
create index ix_wealth_product_listing on wealth_product (status, type, risk_level, code);

-- Every answer of the suitability engine (适当性匹配): who asked, for which client and product, the verdict, its
-- reasons (message keys with their figures) and the rule version.
create table wealth_suitability_verdict (
    id            bigint generated always as identity primary key,
    client_id     bigint      not null,
    product_id    bigint      not null,
    assessment_id bigint,
    verdict       varchar(16) not null,
    reasons       jsonb       not null,
    rule_version  varchar(20) not null,
    asked_by      varchar(50) not null,
    asked_at      timestamptz not null,
    constraint fk_wealth_suitability_verdict_client foreign key (client_id) references clients_client (id),
    constraint fk_wealth_suitability_verdict_product foreign key (product_id) references wealth_product (id),
    constraint fk_wealth_suitability_verdict_assessment foreign key (assessment_id)
        references wealth_risk_assessment (id),
    constraint ck_wealth_suitability_verdict check (verdict in ('MATCH', 'WARNING', 'FORBIDDEN'))
);
create index ix_wealth_suitability_verdict_client on wealth_suitability_verdict (client_id, asked_at desc, id desc);

-- The client's confirmation that they read the enhanced risk warning of a mismatch and still want the product
-- (风险警示确认), with the exact warning text shown and the double-recording (双录) file reference.
create table wealth_risk_confirmation (
    id            bigint generated always as identity primary key,
    verdict_id    bigint       not null,
    client_id     bigint       not null,
    product_id    bigint       not null,
    assessment_id bigint       not null,
    warning_text  text         not null,
    recording_ref varchar(100),
    confirmed_by  varchar(50)  not null,
    confirmed_at  timestamptz  not null,
    constraint fk_wealth_risk_confirmation_verdict foreign key (verdict_id) references wealth_suitability_verdict (id),
    constraint fk_wealth_risk_confirmation_assessment foreign key (assessment_id)
        references wealth_risk_assessment (id),
    constraint ux_wealth_risk_confirmation_verdict unique (verdict_id)
);
create index ix_wealth_risk_confirmation_client on wealth_risk_confirmation (client_id, product_id, assessment_id);
