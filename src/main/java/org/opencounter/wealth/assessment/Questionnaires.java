package org.opencounter.wealth.assessment;

import java.sql.ResultSet;
import java.sql.SQLException;
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

    private static final String COLUMNS = "id, audience, version, title, status, validity_months";

    private final JdbcClient jdbc;

    Questionnaires(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The version the audience answers now. */
    public Optional<Questionnaire> active(QuestionnaireAudience audience) {
        return jdbc.sql("select id from wealth_questionnaire where audience = ? and status = 'ACTIVE'")
                .param(audience.name()).query(Long.class).optional().flatMap(this::byId);
    }

    public Optional<Questionnaire> byId(long id) {
        return jdbc.sql("select " + COLUMNS + " from wealth_questionnaire where id = ?").param(id)
                .query(Questionnaires::header).optional().map(this::complete);
    }

    /** Every version, individuals' first, newest first, without their questions. */
    public List<Header> versions() {
        return jdbc.sql("select " + COLUMNS
                        + " from wealth_questionnaire order by audience = 'INSTITUTION', version desc")
                .query(Questionnaires::header).list();
    }

    /** A version as listed. */
    public record Header(long id, QuestionnaireAudience audience, int version, String title,
                         QuestionnaireStatus status, int validityMonths) {
    }

    private static Header header(ResultSet row, int n) throws SQLException {
        return new Header(row.getLong("id"), QuestionnaireAudience.valueOf(row.getString("audience")),
                row.getInt("version"), row.getString("title"), QuestionnaireStatus.valueOf(row.getString("status")),
                row.getInt("validity_months"));
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
        return new Questionnaire(header.id(), header.audience(), header.version(), header.title(), header.status(),
                header.validityMonths(), questions, new ScoreBands(minimums));
    }
}
