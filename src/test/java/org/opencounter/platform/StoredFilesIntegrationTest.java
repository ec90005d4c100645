package org.opencounter.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

/** The file store's limits on the real database: exactly 10 MB is kept, one byte more is not, nor an empty file. */
@IntegrationTest
class StoredFilesIntegrationTest {

    @Autowired StoredFiles files;
    @Autowired TransactionTemplate transactions;

    private static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] header = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, Math.min(header.length, size));
        return content;
    }

    private StoredFile store(byte[] content) {
        return transactions.execute(status -> files.store("big.pdf", content, "test"));
    }

    @Test
    void tenMegabytesAreKeptWithTheirDigestAndOneByteMoreIsRefused() {
        StoredFile kept = store(pdfOf(StoredFiles.MAX_BYTES));
        assertThat(kept.sizeBytes()).isEqualTo(10 * 1024 * 1024);
        assertThat(files.content(kept.id())).hasSize(StoredFiles.MAX_BYTES);
        assertThat(files.find(kept.id()).sha256()).isEqualTo(kept.sha256()).matches("[0-9a-f]{64}");

        assertThatThrownBy(() -> store(pdfOf(StoredFiles.MAX_BYTES + 1))).isInstanceOf(FileRefused.class)
                .hasMessage("platform.file.tooLarge");
        assertThatThrownBy(() -> store(new byte[0])).isInstanceOf(FileRefused.class)
                .hasMessage("platform.file.empty");
    }
}
