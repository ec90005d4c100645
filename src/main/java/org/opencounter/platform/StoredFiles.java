package org.opencounter.platform;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The file store: uploaded documents kept in the database with their SHA-256, so a backup holds them and a changed
 * byte shows. A module keeps its own record of what a file is for and calls this in that record's transaction.
 */
@Service
public class StoredFiles {

    /** The largest file kept, as the upload limit allows (10 MB). */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final int MAX_NAME = 200;

    private final JdbcClient jdbc;
    private final Clock clock;

    StoredFiles(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Keeps the file under its name without any folder part.
     *
     * @throws FileRefused when it is empty, over {@link #MAX_BYTES}, or not of a {@link FileFormat}
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredFile store(String fileName, byte[] content, String actor) {
        if (content == null || content.length == 0) {
            throw new FileRefused("platform.file.empty");
        }
        if (content.length > MAX_BYTES) {
            throw new FileRefused("platform.file.tooLarge", MAX_BYTES / (1024 * 1024));
        }
        String name = plainName(fileName);
        FileFormat format = FileFormat.of(name, content)
                .orElseThrow(() -> new FileRefused("platform.file.unsupported", name));
        String sha256 = sha256(content);
        Instant now = clock.instant();
        long id = jdbc.sql("""
                        insert into platform_file (file_name, format, size_bytes, sha256, content, uploaded_by,
                            uploaded_at)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(name, format.name(), content.length, sha256, content, actor, Timestamp.from(now))
                .query(Long.class).single();
        return new StoredFile(id, name, format, content.length, sha256, actor, now);
    }

    @Transactional(readOnly = true)
    public StoredFile find(long id) {
        return jdbc.sql("""
                        select id, file_name, format, size_bytes, sha256, uploaded_by, uploaded_at from platform_file
                        where id = ?""")
                .param(id).query(StoredFiles::file).single();
    }

    @Transactional(readOnly = true)
    public byte[] content(long id) {
        return jdbc.sql("select content from platform_file where id = ?").param(id).query(byte[].class).single();
    }

    /** The name as the browser sent it, without a folder (some send C:\...\name.pdf), shortened to what is kept. */
    static String plainName(String fileName) {
        String name = fileName == null ? "" : fileName.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = name.replaceAll("\\p{Cntrl}", "");
        if (name.isEmpty()) {
            name = "document";
        }
        if (name.length() > MAX_NAME) {
            int dot = name.lastIndexOf('.');
            String extension = dot > 0 && name.length() - dot <= 10 ? name.substring(dot) : "";
            name = name.substring(0, MAX_NAME - extension.length()) + extension;
        }
        return name;
    }

    /** The content's SHA-256, in lower-case hex, as the store keeps it. */
    public static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static StoredFile file(ResultSet row, int n) throws SQLException {
        return new StoredFile(row.getLong("id"), row.getString("file_name"),
                FileFormat.valueOf(row.getString("format")), row.getInt("size_bytes"), row.getString("sha256"),
                row.getString("uploaded_by"), row.getTimestamp("uploaded_at").toInstant());
    }
}
