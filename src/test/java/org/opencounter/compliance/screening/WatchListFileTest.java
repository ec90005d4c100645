package org.opencounter.compliance.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A watch-list file is read whole or refused whole, each problem with its line. */
class WatchListFileTest {

    private static WatchListFile.Read read(String csv) {
        return WatchListFile.read(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void readsTheColumnsTheFileHasInAnyOrder() {
        WatchListFile.Read read = read("name,reference,birth\nWANG Jianguo,S-1,1965\n王建国,S-2,1965-04-01\n");
        assertThat(read.problems()).isEmpty();
        assertThat(read.rows()).extracting(WatchListFile.Row::reference).containsExactly("S-1", "S-2");
        assertThat(read.rows().get(1).birth().day()).isEqualTo("1965-04-01");
        assertThat(read.rows().get(0).aliases()).isNull();
    }

    @Test
    void aByteOrderMarkFromExcelIsSkipped() {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "reference,name\nS-1,Ivan Petrov\n".getBytes(StandardCharsets.UTF_8);
        byte[] content = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, content, 0, bom.length);
        System.arraycopy(body, 0, content, bom.length, body.length);
        assertThat(WatchListFile.read(content).rows()).singleElement()
                .satisfies(row -> assertThat(row.name()).isEqualTo("Ivan Petrov"));
    }

    @Test
    void everyBadLineIsReportedAndNothingIsRead() {
        WatchListFile.Read read = read("""
                reference,name,birth
                S-1,Ivan Petrov,1968-04-12
                S-1,Ahmad Karimi,1975
                ,No Reference,
                S-3,,1980
                S-4,...,
                S-5,Maria Ruiz,1982-02-30
                """);
        assertThat(read.rows()).isEmpty();
        assertThat(read.problems()).extracting(ListProblem::line, ListProblem::messageKey).containsExactly(
                org.assertj.core.groups.Tuple.tuple(3L, "compliance.list.duplicate"),
                org.assertj.core.groups.Tuple.tuple(4L, "compliance.list.referenceRequired"),
                org.assertj.core.groups.Tuple.tuple(5L, "compliance.list.nameRequired"),
                org.assertj.core.groups.Tuple.tuple(6L, "compliance.list.nameUnreadable"),
                org.assertj.core.groups.Tuple.tuple(7L, "compliance.list.birth"));
    }

    @Test
    void aFileWithoutTheRequiredHeaderIsRefused() {
        assertThat(read("id,full_name\nS-1,Ivan\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("compliance.list.header"));
    }

    @Test
    void anEmptyFileIsRefused() {
        assertThat(read("reference,name\n").problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("compliance.list.empty"));
        assertThat(WatchListFile.read(new byte[0]).problems()).isNotEmpty();
    }

    @Test
    void aFileThatIsNotUtf8IsRefused() {
        byte[] gbk = "reference,name\nS-1,王建国\n".getBytes(java.nio.charset.Charset.forName("GBK"));
        assertThat(WatchListFile.read(gbk).problems()).singleElement()
                .satisfies(problem -> assertThat(problem.messageKey()).isEqualTo("compliance.list.unreadable"));
    }
}
