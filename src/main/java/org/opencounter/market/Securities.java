package org.opencounter.market;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Looks up securities for trading: by code, or by what staff type (code digits, name, pinyin initials). */
@Service
@Transactional(readOnly = true)
public class Securities {

    private static final String COLUMNS = """
            code, name, pinyin_initials, exchange, board, type, lot_size, tick_size, st, suspended, listing_date,
            t_plus_zero""";

    /**
     * The securities master by code, read at most once a minute per security and instance (every order and fill
     * looks its security up). The master changes with the start-of-day file or a release; whatever changes it at run
     * time must call {@link #changed}.
     */
    private final Cache<String, Optional<Instrument>> byCode = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(50_000).build();
    private final JdbcClient jdbc;

    Securities(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Instrument> find(String code) {
        return byCode.get(code, key -> jdbc.sql("select " + COLUMNS + " from market_security where code = ?")
                .param(key).query(Securities::instrument).optional());
    }

    /** Forgets what was read about the security. */
    public void changed(String code) {
        byCode.invalidate(code);
    }

    /** Up to {@code limit} securities whose code or pinyin initials start with the term, or whose name contains it. */
    public List<Instrument> search(String term, int limit) {
        String cleaned = term == null ? "" : term.strip();
        if (cleaned.isEmpty()) {
            return List.of();
        }
        String prefix = cleaned.toUpperCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
        return jdbc.sql("select " + COLUMNS + """
                         from market_security
                        where code like ? or pinyin_initials like ? or name like ?
                        order by case when code like ? then 0 when pinyin_initials like ? then 1 else 2 end, code
                        limit ?""")
                .params(prefix, prefix, "%" + cleaned.replace("%", "").replace("_", "") + "%", prefix, prefix, limit)
                .query(Securities::instrument).list();
    }

    private static Instrument instrument(ResultSet row, int n) throws SQLException {
        return new Instrument(row.getString("code"), row.getString("name"), row.getString("pinyin_initials"),
                Exchange.valueOf(row.getString("exchange")), Board.valueOf(row.getString("board")),
                SecurityType.valueOf(row.getString("type")), row.getInt("lot_size"), row.getBigDecimal("tick_size"),
                row.getBoolean("st"), row.getBoolean("suspended"), row.getDate("listing_date").toLocalDate(),
                row.getBoolean("t_plus_zero"));
    }
}
