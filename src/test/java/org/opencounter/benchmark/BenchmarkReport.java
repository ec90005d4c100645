package org.opencounter.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A benchmark's report in Markdown, written under target/benchmark/ and echoed to the console. */
final class BenchmarkReport {

    private final List<String> lines = new ArrayList<>();

    BenchmarkReport(String title) {
        lines.add("# " + title);
        lines.add("");
    }

    BenchmarkReport line(String format, Object... arguments) {
        lines.add(arguments.length == 0 ? format : String.format(Locale.ROOT, format, arguments));
        return this;
    }

    BenchmarkReport blank() {
        lines.add("");
        return this;
    }

    static String verdict(boolean met) {
        return met ? "met" : "MISSED";
    }

    void write(String fileName) throws IOException {
        Path out = Path.of("target", "benchmark", fileName);
        Files.createDirectories(out.getParent());
        Files.writeString(out, String.join("\n", lines) + "\n");
        System.out.println(String.join("\n", lines));
    }
}
