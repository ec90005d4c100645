package org.opencounter.platform.web;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import javax.sql.DataSource;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database is unreachable every request would fail, sessions included (they live in PostgreSQL), so the
 * usual error page cannot render. This filter sits in front of the session filter and answers with a static page
 * in both languages and 503; once the database is back, requests work again without a restart.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class DatabaseOutage extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(DatabaseOutage.class);

    private final DataSource dataSource;

    DatabaseOutage(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (RuntimeException | ServletException | IOException failure) {
            if (response.isCommitted() || !(causedByUnreachableDatabase(failure) || !databaseAnswers())) {
                throw failure;
            }
            String requestId = String.valueOf(request.getAttribute(RequestIds.ATTRIBUTE));
            log.error("Database unreachable, answered {} {} with 503: {}", request.getMethod(), request.getRequestURI(),
                    failure.toString());
            response.reset();
            response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
            response.setHeader("Retry-After", "30");
            response.setContentType("text/html;charset=UTF-8");
            response.getWriter().write(page(request.getContextPath(), HtmlUtils.htmlEscape(requestId)));
        }
    }

    /** Asked only after a failure: whether the database takes a connection right now. */
    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (SQLException e) {
            return false;
        }
    }

    static boolean causedByUnreachableDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DataAccessResourceFailureException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            // 08: connection exceptions; 57P: the server was shut down or is starting up
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P"))) {
                return true;
            }
            if (cause instanceof org.springframework.transaction.CannotCreateTransactionException) {
                return true;
            }
        }
        return false;
    }

    private static String page(String contextPath, String requestId) {
        return """
                <!DOCTYPE html>
                <html lang="zh-CN"><head><meta charset="utf-8"><title>系统维护中 · Temporarily unavailable</title>
                <link rel="stylesheet" href="%1$s/webjars/bootstrap/css/bootstrap.min.css">
                <link rel="stylesheet" href="%1$s/css/app.css"></head>
                <body><main class="error-page text-center" id="database-outage">
                <div class="error-code">503</div>
                <h1 class="h4">系统暂时无法连接数据库</h1>
                <p class="text-secondary">请稍后刷新页面；您的数据不会丢失。如持续出现，请联系技术支持。</p>
                <h2 class="h5 mt-4">The system cannot reach its database right now</h2>
                <p class="text-secondary">Please refresh in a moment; nothing has been lost. If it persists, contact support.</p>
                <p class="small text-secondary">请求号 / Request id: <code>%2$s</code></p>
                </main></body></html>""".formatted(contextPath, requestId);
    }
}
