package org.opencounter.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** Formats are told from the content: the name only tells Word from Excel inside a ZIP. */
class FileFormatTest {

    private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ".getBytes(StandardCharsets.ISO_8859_1);
    private static final byte[] ZIP = {'P', 'K', 3, 4, 20, 0, 6, 0};

    @Test
    void aPdfIsAPdfWhateverItIsCalled() {
        assertThat(FileFormat.of("contract.pdf", PDF)).contains(FileFormat.PDF);
        assertThat(FileFormat.of("contract.PDF", PDF)).contains(FileFormat.PDF);
        assertThat(FileFormat.of("contract", PDF)).contains(FileFormat.PDF);
        assertThat(FileFormat.PDF.contentType()).isEqualTo("application/pdf");
    }

    @Test
    void wordAndExcelAreZipsToldApartByTheirNames() {
        assertThat(FileFormat.of("合同.docx", ZIP)).contains(FileFormat.DOCX);
        assertThat(FileFormat.of("净值.XLSX", ZIP)).contains(FileFormat.XLSX);
        assertThat(FileFormat.of("archive.zip", ZIP)).as("any other zip").isEmpty();
    }

    @Test
    void pdfsAndPicturesOpenInTheBrowserWordAndExcelAreSaved() {
        assertThat(FileFormat.PDF.opensInBrowser()).isTrue();
        assertThat(FileFormat.PNG.opensInBrowser()).isTrue();
        assertThat(FileFormat.JPEG.opensInBrowser()).isTrue();
        assertThat(FileFormat.DOCX.opensInBrowser()).isFalse();
        assertThat(FileFormat.XLSX.opensInBrowser()).isFalse();
    }

    @Test
    void picturesByTheirSignatures() {
        assertThat(FileFormat.of("scan.png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0}))
                .contains(FileFormat.PNG);
        assertThat(FileFormat.of("scan.jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0}))
                .contains(FileFormat.JPEG);
    }

    @Test
    void aProgramOrTextNamedPdfOrTooShortIsNone() {
        assertThat(FileFormat.of("contract.pdf", new byte[] {'M', 'Z', (byte) 0x90, 0})).isEmpty();
        assertThat(FileFormat.of("contract.pdf", "<html>".getBytes(StandardCharsets.US_ASCII))).isEmpty();
        assertThat(FileFormat.of("contract.pdf", "%PDF".getBytes(StandardCharsets.US_ASCII)))
                .as("one byte short of the signature").isEmpty();
        assertThat(FileFormat.of("contract.pdf", new byte[0])).isEmpty();
    }

    @Test
    void aNameKeepsNoFolderNorControlCharactersAndFitsTheColumn() {
        assertThat(StoredFiles.plainName("C:\\Users\\li\\合同.pdf")).isEqualTo("合同.pdf");
        assertThat(StoredFiles.plainName("../../etc/passwd")).isEqualTo("passwd");
        assertThat(StoredFiles.plainName("a\u0000b\n.pdf")).isEqualTo("ab.pdf");
        assertThat(StoredFiles.plainName("  ")).isEqualTo("document");
        assertThat(StoredFiles.plainName(null)).isEqualTo("document");
        String longName = "长".repeat(300) + ".pdf";
        assertThat(StoredFiles.plainName(longName)).hasSize(200).endsWith(".pdf");
        assertThat(StoredFiles.plainName("长".repeat(200))).hasSize(200);
        assertThat(StoredFiles.plainName("长".repeat(199) + "x")).hasSize(200);
    }
}
