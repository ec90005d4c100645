package org.opencounter.platform;

import java.nio.charset.StandardCharsets;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A stored file sent to the browser: its format's content type, its name (Chinese names kept), and no sniffing, so
 * the browser takes it for what the store found it to be.
 */
public final class FileDownload {

    private FileDownload() {
    }

    /**
     * @param inline whether the browser shows it (a PDF or a picture opens in a tab) rather than saving it
     */
    public static ResponseEntity<byte[]> of(StoredFile file, byte[] content, boolean inline) {
        ContentDisposition.Builder disposition = inline && file.format().opensInBrowser()
                ? ContentDisposition.inline() : ContentDisposition.attachment();
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(file.format().contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        disposition.filename(file.fileName(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(content);
    }
}
