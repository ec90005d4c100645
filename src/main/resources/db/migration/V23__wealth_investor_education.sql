-- Investor education (投资者教育): a library of articles, risk disclosures and anti-fraud notices in both languages;
-- a disclosure is versioned by its code, and a client acknowledges a given version; education events with the clients
-- who attended.
create table wealth_education_content (
    id           bigint generated always as identity primary key,
    code         varchar(40)   not null,
    version      integer       not null,
    kind         varchar(16)   not null,
    title_zh     varchar(200)  not null,
    title_en     varchar(200)  not null,
    body_zh      varchar(8000) not null,
    body_en      varchar(8000) not null,
    published_by varchar(50)   not null,
    published_at timestamptz   not null,
    constraint ux_wealth_education_content_version unique (code, version),
    constraint ck_wealth_education_content_kind check (kind in ('ARTICLE', 'RISK_DISCLOSURE', 'ANTI_FRAUD'))
);
create index ix_wealth_education_content_kind on wealth_education_content (kind, code, version desc);

create table wealth_disclosure_acknowledgement (
    client_id       bigint      not null,
    content_id      bigint      not null,
    acknowledged_by varchar(50) not null,
    acknowledged_at timestamptz not null,
    constraint pk_wealth_disclosure_acknowledgement primary key (client_id, content_id),
    constraint fk_wealth_disclosure_ack_client foreign key (client_id) references clients_client (id),
    constraint fk_wealth_disclosure_ack_content foreign key (content_id) references wealth_education_content (id)
);

create table wealth_education_event (
    id         bigint generated always as identity primary key,
    topic      varchar(200) not null,
    held_on    date         not null,
    branch_id  bigint       not null,
    created_by varchar(50)  not null,
    created_at timestamptz  not null
);
create index ix_wealth_education_event_branch on wealth_education_event (branch_id, held_on desc);

create table wealth_education_attendance (
    event_id  bigint not null,
    client_id bigint not null,
    constraint pk_wealth_education_attendance primary key (event_id, client_id),
    constraint fk_wealth_education_attendance_event foreign key (event_id) references wealth_education_event (id),
    constraint fk_wealth_education_attendance_client foreign key (client_id) references clients_client (id)
);
