package org.opencounter.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.opencounter.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** Headers, CSRF, the audit export and field-level refusals, through the whole filter chain. */
@IntegrationTest
class WebSecurityTest {

    @Autowired
    MockMvc mvc;

    @Test
    void pagesCarryStrictSecurityHeaders() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/login")).andReturn().getResponse();
        assertThat(response.getHeader("Content-Security-Policy")).contains("script-src 'self'")
                .doesNotContain("unsafe-inline").contains("frame-ancestors 'none'");
        assertThat(response.getHeader("X-Frame-Options")).isEqualTo("DENY");
        assertThat(response.getHeader("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(response.getHeader("Strict-Transport-Security")).as("no HSTS over plain HTTP").isNull();
        assertThat(response.getHeader("X-Request-Id")).isNotBlank();
    }

    @Test
    void hstsIsSentOverTls() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/login").secure(true)).andReturn().getResponse();
        assertThat(response.getHeader("Strict-Transport-Security")).contains("max-age=");
    }

    @Test
    void postWithoutCsrfTokenIsRefused() throws Exception {
        int status = mvc.perform(post("/admin/branches/new").with(user(TestStaff.withRole(Role.ADMIN))))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(403);
    }

    @Test
    void auditorExportsTheTrailAsUtf8Csv() throws Exception {
        MockHttpServletResponse response = mvc.perform(get("/audit/export.csv").param("action", "platform.")
                .with(user(TestStaff.as("auditor", Role.AUDITOR)))).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("attachment", ".csv");
        String body = response.getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).startsWith("\uFEFFid,occurred_at,username,branch,action");
        assertThat(body.lines().skip(1)).allSatisfy(line -> assertThat(line).contains("platform."));
    }

    @Test
    void overlongCalendarNoteIsRefused() throws Exception {
        int status = mvc.perform(post("/market/calendar/2027-12-27").with(csrf())
                .with(user(TestStaff.withRole(Role.ADMIN))).param("trading", "false").param("note", "x".repeat(51)))
                .andReturn().getResponse().getStatus();
        assertThat(status).isEqualTo(400);
    }

    @Test
    void codeOutsideItsExchangeIsShownNextToTheField() throws Exception {
        MockHttpServletResponse response = mvc.perform(post("/market/securities/new").with(csrf())
                .with(user(TestStaff.withRole(Role.ADMIN)))
                .param("exchange", "SZSE").param("code", "600519").param("name", "错配")
                .param("listingDate", "2020-01-02").param("collateralRatePercent", "0")).andReturn().getResponse();
        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentAsString(StandardCharsets.UTF_8))
                .contains("该代码前缀不属于所选交易所的任何板块").contains("is-invalid");
    }
}
