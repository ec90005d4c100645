package org.opencounter.orders;

import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Puts a security's latest quote back after a test class that moves it; the quotes are reference data the database
 * reset keeps. Register as {@code @RegisterExtension static final RestoresQuote QUOTE = new RestoresQuote("600036")}.
 */
public class RestoresQuote implements BeforeAllCallback, AfterAllCallback {

    private final String code;
    private Map<String, Object> saved;

    public RestoresQuote(String code) {
        this.code = code;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        saved = jdbc(context).sql("select price, prev_close, updated_at from market_latest_price where code = ?")
                .param(code).query().singleRow();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        jdbc(context).sql("update market_latest_price set price = ?, prev_close = ?, updated_at = ? where code = ?")
                .params(saved.get("price"), saved.get("prev_close"), saved.get("updated_at"), code).update();
    }

    private static JdbcClient jdbc(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(JdbcClient.class);
    }
}
