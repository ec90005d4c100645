-- Cases (案件): an officer opens a case from an alert, and the client's later alerts join the open case. The case
-- collects notes and attachments, and ends dismissed with the reason or reported: a report filing needs a second
-- compliance officer (four eyes), and the approved report is generated as an XML file kept with a submission log.
alter table compliance_alert drop constraint ck_compliance_alert_status;
alter table compliance_alert add constraint ck_compliance_alert_status
    check (status in ('OPEN', 'DISMISSED', 'IN_CASE'));

create sequence compliance_case_number;

create table compliance_case (
    id                   bigint generated always as identity primary key,
    reference            varchar(20)   not null,
    client_id            bigint        not null,
    branch_id            bigint        not null,
    status               varchar(14)   not null,
    report_kind          varchar(12),
    due_date             date,
    opened_by            varchar(50)   not null,
    opened_at            timestamptz   not null,
    filing_reason        varchar(1000),
    filing_requested_by  varchar(50),
    filing_requested_at  timestamptz,
    approval_id          bigint,
    closing_reason       varchar(1000),
    closed_by            varchar(50),
    closed_at            timestamptz,
    constraint uq_compliance_case_reference unique (reference),
    constraint ck_compliance_case_status check (status in ('INVESTIGATING', 'FILING', 'REPORTED', 'DISMISSED')),
    constraint ck_compliance_case_report_kind check (report_kind is null or report_kind in ('LARGE_VALUE',
        'SUSPICIOUS'))
);
-- one case under way per client: its later alerts join it
create unique index ux_compliance_case_open_client on compliance_case (client_id)
    where status in ('INVESTIGATING', 'FILING');
create index ix_compliance_case_status on compliance_case (status, id desc);

create table compliance_case_alert (
    alert_id  bigint      primary key,
    case_id   bigint      not null,
    added_by  varchar(50) not null,
    added_at  timestamptz not null,
    constraint fk_compliance_case_alert_alert foreign key (alert_id) references compliance_alert (id),
    constraint fk_compliance_case_alert_case foreign key (case_id) references compliance_case (id)
);
create index ix_compliance_case_alert_case on compliance_case_alert (case_id);

create table compliance_case_note (
    id          bigint generated always as identity primary key,
    case_id     bigint        not null,
    body        varchar(2000) not null,
    file_id     bigint,
    request_key varchar(64)   not null,
    written_by  varchar(50)   not null,
    written_at  timestamptz   not null,
    constraint fk_compliance_case_note_case foreign key (case_id) references compliance_case (id),
    constraint fk_compliance_case_note_file foreign key (file_id) references platform_file (id),
    constraint uq_compliance_case_note_request unique (request_key)
);
create index ix_compliance_case_note_case on compliance_case_note (case_id, id);

-- The report as filed: its XML, who asked and who approved, and when it was submitted with the receipt number.
create table compliance_report (
    id               bigint generated always as identity primary key,
    case_id          bigint        not null,
    kind             varchar(12)   not null,
    reference        varchar(30)   not null,
    content          bytea         not null,
    sha256           char(64)      not null,
    requested_by     varchar(50)   not null,
    approved_by      varchar(50)   not null,
    generated_at     timestamptz   not null,
    submitted_by     varchar(50),
    submitted_at     timestamptz,
    receipt          varchar(60),
    constraint fk_compliance_report_case foreign key (case_id) references compliance_case (id),
    constraint uq_compliance_report_case unique (case_id),
    constraint uq_compliance_report_reference unique (reference),
    constraint ck_compliance_report_kind check (kind in ('LARGE_VALUE', 'SUSPICIOUS'))
);
