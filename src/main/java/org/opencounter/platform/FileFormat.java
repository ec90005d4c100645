package org.opencounter.platform;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The formats an uploaded document may have, told from its first bytes (a renamed program is not a PDF): PDF, Word
 * and Excel (OOXML, a ZIP told apart by the file's extension), PNG and JPEG.
 */
public enum FileFormat {
    PDF("application/pdf", "%PDF-".getBytes(StandardCharsets.US_ASCII), null),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", Magic.ZIP, ".docx"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", Magic.ZIP, ".xlsx"),
    PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, null),
    JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}, null);

    private final String contentType;
    private final byte[] magic;
    private final String extension;

    FileFormat(String contentType, byte[] magic, String extension) {
        this.contentType = contentType;
        this.magic = magic;
        this.extension = extension;
    }

    public String contentType() {
        return contentType;
    }

    /** Whether a browser shows the format itself (PDF, pictures); Word and Excel files are saved and opened apart. */
    public boolean opensInBrowser() {
        return this != DOCX && this != XLSX;
    }

    /** The format the content has; empty when it is none of them (or the ZIP is not named as Word or Excel). */
    public static Optional<FileFormat> of(String fileName, byte[] content) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(format -> startsWith(content, format.magic))
                .filter(format -> format.extension == null || name.endsWith(format.extension))
                .findFirst();
    }

    private static boolean startsWith(byte[] content, byte[] prefix) {
        return content.length >= prefix.length && Arrays.equals(content, 0, prefix.length, prefix, 0, prefix.length);
    }

    /** The local file header that opens every ZIP archive, OOXML documents included. */
    private static final class Magic {
        static final byte[] ZIP = {'P', 'K', 0x03, 0x04};
    }
}
