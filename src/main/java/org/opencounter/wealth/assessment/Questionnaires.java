package org.opencounter.wealth.assessment;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.opencounter.wealth.RiskCategory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads questionnaire versions with their questions, options and score bands. */
@Repository
public class Questionnaires {

    private static final String COLUMNS = "id, version, title, status, validity_months";

    private final JdbcClient jdbc;

    Questionnaires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version clients answer now. */
    public Optional<Questionnaire> active() {
        return jdbc.sql("select " + COLUMNS + " from wealth_questionnaire where status = 'ACTIVE'")
                .query((row, n) -> row.getLong("id")).optional().flatMap(this::byId);
    }

    public Optional<Questionnaire> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from wealth_questionnaire where id = ?").param(id)
                .query((row, n) -> new Header(row.getLong("id"), row.getInt("version"), row.getString("title"),
                        QuestionnaireStatus.valueOf(row.getString("status")), row.getInt("validity_months")))
                .optional().map(this::complete);
    }

    /** Every version, newest first, without their questions. */
    public List<Header> versions() {
        return jdbc.sql("select " + COLUMNS + " from wealth_questionnaire order by version desc")
                .query((row, n) -> new Header(row.getLong("id"), row.getInt("version"), row.getString("title"),
                        QuestionnaireStatus.valueOf(row.getString("status")), row.getInt("validity_months")))
                .list();
    }

    /** A version as listed. */
    public record Header(long id, int version, String title, QuestionnaireStatus status, int validityMonths) {
    }

    private Questionnaire complete(Header header) {
        Map<Long, List<AnswerOption>> options = new LinkedHashMap<>();
        jdbc.sql("""
                        select o.question_id, o.id, o.position, o.text_zh, o.text_en, o.score, o.lowest_category
                        from wealth_question_option o join wealth_question q on q.id = o.question_id
                        where q.questionnaire_id = ? order by q.position, o.position""")
                .param(header.id())
                .query(row -> {
                    options.computeIfAbsent(row.getLong(1), key -> new ArrayList<>()).add(new AnswerOption(
                            row.getLong(2), row.getInt(3), row.getString(4), row.getString(5), row.getInt(6),
                            row.getBoolean(7)));
                });
        List<Question> questions = jdbc.sql("""
                        select id, position, text_zh, text_en from wealth_question where questionnaire_id = ?
                        order by position""")
                .param(header.id())
                .query((row, n) -> new Question(row.getLong(1), row.getInt(2), row.getString(3), row.getString(4),
                        List.copyOf(options.getOrDefault(row.getLong(1), List.of()))))
                .list();
        Map<RiskCategory, Integer> minimums = new EnumMap<>(RiskCategory.class);
        jdbc.sql("select category, min_score from wealth_score_band where questionnaire_id = ?").param(header.id())
                .query(row -> {
                    minimums.put(RiskCategory.valueOf(row.getString(1)), row.getInt(2));
                });
        return new Questionnaire(header.id(), header.version(), header.title(), header.status(),
                header.validityMonths(), questions, new ScoreBands(minimums));
    }
}
