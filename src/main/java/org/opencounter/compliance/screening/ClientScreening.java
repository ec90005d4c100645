package org.opencounter.compliance.screening;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

import org.opencounter.clients.ClientOpened;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Screens clients against the watch lists: all of them against a list's new version, a new client against every
 * list in force when its opening is approved, and a name an officer types in, without keeping anything. Each match
 * is kept once per client and entry as a hit for review; the best-scoring of a client's names gives it.
 */
@Service
@Transactional
public class ClientScreening {

    private static final Logger log = LoggerFactory.getLogger(ClientScreening.class);

    /** What screening everyone against a list found. */
    public record Outcome(int screenedNames, int hits) {
    }

    /** A name to try against the lists in force, as an officer types it. */
    public record Probe(String name, String idNumber, LocalDate birthDate) {
    }

    private final ListRecords records;
    private final ClientSubjects subjects;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    ClientScreening(ListRecords records, ClientSubjects subjects, JdbcTemplate jdbc, Clock clock) {
        this.records = records;
        this.subjects = subjects;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Screens every client being opened or active against the version; answers the names looked at and new hits. */
    public Outcome screenAll(long versionId) {
        long started = System.nanoTime();
        WatchListVersion version = records.version(versionId);
        WatchListIndex index = new WatchListIndex(records.entries(version), version.threshold().doubleValue());
        int[] screened = {0};
        int[] hits = {0};
        subjects.forEach(batch -> {
            screened[0] += batch.size();
            List<ScreeningMatch> matches = new ArrayList<>();
            batch.forEach(subject -> matches.addAll(index.matches(subject)));
            hits[0] += save(matches, "LIST_CHANGE");
        });
        log.info("Screened {} names against {} v{} ({} entries): {} new hits in {} ms", screened[0], version.kind(),
                version.version(), version.entries(), hits[0], (System.nanoTime() - started) / 1_000_000);
        return new Outcome(screened[0], hits[0]);
    }

    /** Screens a newly opened client against every list in force. */
    @ApplicationModuleListener
    void on(ClientOpened opened) {
        int hits = screenClient(opened.clientId());
        if (hits > 0) {
            log.info("New client {} raised {} screening hits", opened.clientId(), hits);
        }
    }

    /** Screens one client against every list in force; answers the new hits. */
    public int screenClient(long clientId) {
        List<ScreeningSubject> names = subjects.of(List.of(clientId));
        List<ScreeningMatch> matches = new ArrayList<>();
        for (WatchListVersion version : records.active()) {
            WatchListIndex index = new WatchListIndex(records.entries(version), version.threshold().doubleValue());
            names.forEach(subject -> matches.addAll(index.matches(subject)));
        }
        return save(matches, "ONBOARDING");
    }

    /** What the lists in force say about a name, best first; nothing is kept. */
    @Transactional(readOnly = true)
    public List<ScreeningMatch> check(Probe probe) {
        ScreeningSubject subject = new ScreeningSubject(0, 0, probe.name(), ScreeningSubject.SubjectRole.CLIENT,
                probe.name(), probe.idNumber(), probe.birthDate());
        List<ScreeningMatch> matches = new ArrayList<>();
        for (WatchListVersion version : records.active()) {
            matches.addAll(new WatchListIndex(records.entries(version), version.threshold().doubleValue())
                    .matches(subject));
        }
        matches.sort(Comparator.comparingDouble(ScreeningMatch::score).reversed());
        return matches;
    }

    /** Keeps each client's best match per entry, unless that entry as it stands was raised for the client before. */
    private int save(List<ScreeningMatch> matches, String trigger) {
        if (matches.isEmpty()) {
            return 0;
        }
        List<ScreeningMatch> best = matches.stream()
                .sorted(Comparator.comparingDouble(ScreeningMatch::score).reversed())
                .collect(Collectors.toMap(match -> match.subject().clientId() + "@" + match.entry().fingerprint(),
                        match -> match, (first, later) -> first, java.util.LinkedHashMap::new))
                .values().stream().toList();
        Timestamp now = Timestamp.from(clock.instant());
        List<Object[]> rows = best.stream().map(match -> new Object[] {match.subject().clientId(),
                match.subject().branchId(), match.subject().role().name(), limit(match.subject().name()),
                match.entry().id(), match.entry().versionId(), match.entry().kind().name(), match.entry().fingerprint(),
                BigDecimal.valueOf(match.score()).setScale(3, RoundingMode.HALF_UP), limit(match.matchedName()),
                match.reasons().stream().map(Enum::name).collect(Collectors.joining(",")), trigger, now}).toList();
        int[][] written = jdbc.batchUpdate("""
                insert into compliance_screening_hit (client_id, branch_id, subject_role, subject_name, entry_id,
                    version_id, kind, entry_key, score, matched_name, reasons, trigger, raised_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (client_id, entry_key) do nothing""", rows, rows.size(), (statement, row) -> {
            for (int i = 0; i < row.length; i++) {
                statement.setObject(i + 1, row[i]);
            }
        });
        int saved = 0;
        for (int[] chunk : written) {
            for (int count : chunk) {
                saved += Math.max(count, 0);
            }
        }
        return saved;
    }

    private static String limit(String name) {
        return name.length() > 200 ? name.substring(0, 200) : name;
    }
}
