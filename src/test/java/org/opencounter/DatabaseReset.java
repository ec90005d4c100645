package org.opencounter;

import java.util.Comparator;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import org.opencounter.platform.DemoDataSet;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.StatementCallback;
import org.springframework.test.context.TestContext;
import org.springframework.test.context.support.AbstractTestExecutionListener;

/**
 * Gives every test class the demo data as a new start would: before each class, every table except the schema
 * history and the reference data the migrations and the market load (the questionnaire included) is emptied and the demo data sets are loaded again. The audit trail's
 * append-only triggers are bypassed for this one test-only statement (session_replication_role = replica).
 */
public class DatabaseReset extends AbstractTestExecutionListener {

    /** Loaded once from migrations or demo data and never changed by tests. */
    private static final Set<String> KEPT = Set.of("flyway_schema_history", "market_security", "market_calendar_day",
            "market_daily_bar", "market_latest_price", "market_fee_schedule", "wealth_questionnaire",
            "wealth_question", "wealth_question_option", "wealth_score_band", "wealth_asset_assumption",
            "wealth_asset_correlation", "wealth_model_allocation", "compliance_aml_rule_version",
            "compliance_phrase");

    @Override
    public int getOrder() {
        return 1_000;
    }

    @Override
    public void beforeTestClass(TestContext testContext) {
        ApplicationContext context = testContext.getApplicationContext();
        JdbcTemplate jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        List<String> tables = jdbc.queryForList(
                "select tablename from pg_tables where schemaname = current_schema()", String.class).stream()
                .filter(table -> !KEPT.contains(table)).toList();
        jdbc.execute((StatementCallback<Void>) statement -> {
            statement.execute("set session_replication_role = replica");
            try {
                statement.execute("truncate " + String.join(", ", tables) + " restart identity cascade");
            } finally {
                statement.execute("set session_replication_role = origin");
            }
            return null;
        });
        context.getBeansOfType(DemoDataSet.class).values().stream()
                .sorted(Comparator.comparingInt(DemoDataSet::order)).forEach(DemoDataSet::loadIfAbsent);
    }
}
