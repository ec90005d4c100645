package org.opencounter.wealth.product;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.platform.AuditRecord;
import org.opencounter.platform.AuditTrail;
import org.opencounter.platform.CurrentStaff;
import org.opencounter.platform.FileFormat;
import org.opencounter.platform.StoredFile;
import org.opencounter.platform.StoredFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A product's documents (产品文件): compliance uploads the prospectus, contract, risk disclosure and the rest as files
 * and withdraws one that is replaced or wrong; everyone who may see the catalogue may read them. Uploads and
 * withdrawals are audited; a form sent twice uploads once.
 */
@Service
@Transactional
public class ProductDocuments {

    private static final String ENTITY = "ProductDocument";
    private static final String SELECT = """
            select d.id, d.product_id, d.kind, d.title, d.status, d.uploaded_by, d.uploaded_at, d.withdrawn_by,
                   d.withdrawn_at, f.id as file_id, f.file_name, f.format, f.size_bytes, f.sha256,
                   f.uploaded_by as file_uploaded_by, f.uploaded_at as file_uploaded_at
            from wealth_product_document d join platform_file f on f.id = d.file_id""";

    /** A document to upload, as the form sends it. */
    public record Upload(ProductDocumentKind kind, String title, String fileName, byte[] content, String requestKey) {
    }

    private final ProductCatalogue catalogue;
    private final StoredFiles files;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final Clock clock;

    ProductDocuments(ProductCatalogue catalogue, StoredFiles files, JdbcClient jdbc, AuditTrail audit, Clock clock) {
        this.catalogue = catalogue;
        this.files = files;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    /** The product's current documents, in the order of their kinds and then as uploaded. */
    @Transactional(readOnly = true)
    public List<ProductDocument> current(long productId) {
        return jdbc.sql(SELECT + " where d.product_id = ? and d.status = 'CURRENT' order by d.id")
                .param(productId).query(ProductDocuments::of).list().stream()
                .sorted(Comparator.comparing(ProductDocument::kind)).toList();
    }

    /**
     * Keeps the file as the product's document; a request key seen before answers the document it made.
     *
     * @throws org.opencounter.platform.FileRefused when the file is empty, too large or of a format not accepted
     */
    public long upload(long productId, Upload upload) {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('wealth_product_document'), hashtext(?))")
                .param(upload.requestKey()).query().singleRow();
        Optional<Long> earlier = jdbc.sql("select id from wealth_product_document where request_key = ?")
                .param(upload.requestKey()).query(Long.class).optional();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        Product product = catalogue.find(productId);
        String actor = CurrentStaff.require().username();
        StoredFile file = files.store(upload.fileName(), upload.content(), actor);
        String title = upload.title() == null || upload.title().isBlank() ? file.fileName() : upload.title().strip();
        long id = jdbc.sql("""
                        insert into wealth_product_document (product_id, kind, title, file_id, request_key, uploaded_by,
                            uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(productId, upload.kind().name(), title, file.id(), upload.requestKey(), actor,
                        Timestamp.from(file.uploadedAt()))
                .query(Long.class).single();
        audit.record(AuditRecord.change("wealth.product.document.upload", ENTITY, id, null,
                facts(product, upload.kind(), title, file)));
        return id;
    }

    /** Withdraws a current document; one withdrawn before stays as it was. */
    public void withdraw(long productId, long documentId) {
        ProductDocument document = find(productId, documentId);
        if (!document.current()) {
            return;
        }
        String actor = CurrentStaff.require().username();
        jdbc.sql("""
                        update wealth_product_document set status = 'WITHDRAWN', withdrawn_by = ?, withdrawn_at = ?
                        where id = ? and status = 'CURRENT'""")
                .params(actor, Timestamp.from(clock.instant()), documentId).update();
        Product product = catalogue.find(productId);
        audit.record(AuditRecord.change("wealth.product.document.withdraw", ENTITY, documentId,
                facts(product, document.kind(), document.title(), document.file()), Map.of("status", "WITHDRAWN")));
    }

    /** The document of this product, current or withdrawn. */
    @Transactional(readOnly = true)
    public ProductDocument find(long productId, long documentId) {
        return jdbc.sql(SELECT + " where d.id = ? and d.product_id = ?").params(documentId, productId)
                .query(ProductDocuments::of).optional()
                .orElseThrow(() -> new ProductNotFound(productId + "/document " + documentId));
    }

    /** The file's bytes, to send. */
    @Transactional(readOnly = true)
    public byte[] content(ProductDocument document) {
        return files.content(document.file().id());
    }

    private static Map<String, Object> facts(Product product, ProductDocumentKind kind, String title,
                                             StoredFile file) {
        Map<String, Object> facts = new LinkedHashMap<>();
        facts.put("product", product.code());
        facts.put("kind", kind);
        facts.put("title", title);
        facts.put("file", file.fileName());
        facts.put("sizeBytes", file.sizeBytes());
        facts.put("sha256", file.sha256());
        return facts;
    }

    private static ProductDocument of(ResultSet row, int n) throws SQLException {
        StoredFile file = new StoredFile(row.getLong("file_id"), row.getString("file_name"),
                FileFormat.valueOf(row.getString("format")), row.getInt("size_bytes"), row.getString("sha256"),
                row.getString("file_uploaded_by"), row.getTimestamp("file_uploaded_at").toInstant());
        Timestamp withdrawn = row.getTimestamp("withdrawn_at");
        return new ProductDocument(row.getLong("id"), row.getLong("product_id"),
                ProductDocumentKind.valueOf(row.getString("kind")), row.getString("title"), file,
                "CURRENT".equals(row.getString("status")), row.getString("uploaded_by"),
                row.getTimestamp("uploaded_at").toInstant(), row.getString("withdrawn_by"),
                withdrawn == null ? null : withdrawn.toInstant());
    }
}
