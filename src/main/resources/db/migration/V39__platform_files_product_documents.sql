-- Files kept in the database, so that a backup of it holds them too: product documents now, case attachments later.
-- The format is what the content says (PDF, Word, Excel, PNG, JPEG), not what the browser claimed.
create table platform_file (
    id            bigint generated always as identity primary key,
    file_name     varchar(200)  not null,
    format        varchar(10)   not null,
    size_bytes    integer       not null,
    sha256        char(64)      not null,
    content       bytea         not null,
    uploaded_by   varchar(50)   not null,
    uploaded_at   timestamptz   not null,
    constraint ck_platform_file_format check (format in ('PDF', 'DOCX', 'XLSX', 'PNG', 'JPEG')),
    constraint ck_platform_file_size check (size_bytes > 0 and size_bytes = octet_length(content))
);

-- A product's documents (产品文件): prospectus, contract, risk disclosure, fact sheet, reports. A document replaced
-- or wrong is withdrawn, not deleted, so what a client was shown stays on record.
create table wealth_product_document (
    id            bigint generated always as identity primary key,
    product_id    bigint        not null,
    kind          varchar(20)   not null,
    title         varchar(200)  not null,
    file_id       bigint        not null,
    status        varchar(10)   not null default 'CURRENT',
    request_key   varchar(64)   not null,
    uploaded_by   varchar(50)   not null,
    uploaded_at   timestamptz   not null,
    withdrawn_by  varchar(50),
    withdrawn_at  timestamptz,
    constraint fk_wealth_product_document_product foreign key (product_id) references wealth_product (id),
    constraint fk_wealth_product_document_file foreign key (file_id) references platform_file (id),
    constraint uq_wealth_product_document_request unique (request_key),
    constraint ck_wealth_product_document_kind check (kind in ('PROSPECTUS', 'CONTRACT', 'RISK_DISCLOSURE',
        'FACT_SHEET', 'REPORT', 'OTHER')),
    constraint ck_wealth_product_document_status check (status in ('CURRENT', 'WITHDRAWN')
        and (status = 'CURRENT') = (withdrawn_at is null))
);
create index ix_wealth_product_document_product on wealth_product_document (product_id, id);

-- The free-text list of document names gives way to the documents themselves.
alter table wealth_product drop column documents;
