package org.opencounter.wealth.demo;

import org.opencounter.platform.DemoDataSet;
import org.opencounter.platform.DemoStaff;
import org.opencounter.wealth.education.ContentForm;
import org.opencounter.wealth.education.ContentKind;
import org.opencounter.wealth.education.EducationReview;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An investor-education article written by the compliance officer who keeps the library and waiting in disclosure
 * review, where a second officer is to clear it before it joins the library. Loaded after compliance's own demo
 * submissions, which it would otherwise stand in for.
 */
@Component
class EducationReviewDemoData implements DemoDataSet {

    private static final String KEY = "demo-education-review-1";

    private final EducationReview review;
    private final DemoStaff staff;
    private final JdbcClient jdbc;

    EducationReviewDemoData(EducationReview review, DemoStaff staff, JdbcClient jdbc) {
        this.review = review;
        this.staff = staff;
        this.jdbc = jdbc;
    }

    @Override
    public int order() {
        return 77;
    }

    @Override
    public void loadIfAbsent() {
        if (jdbc.sql("select exists (select 1 from wealth_education_submission where request_key = ?)").param(KEY)
                .query(Boolean.class).single()) {
            return;
        }
        ContentForm form = new ContentForm();
        form.setCode("EDU-ETF-101");
        form.setKind(ContentKind.ARTICLE);
        form.setTitleZh("ETF 入门：交易所交易基金是什么");
        form.setTitleEn("ETFs: what an exchange-traded fund is");
        form.setBodyZh("ETF 像股票一样在交易所买卖，跟踪一个指数，费率较低、持仓透明。ETF 的净值随所跟踪指数涨跌，"
                + "可能亏损本金；跨境、商品等 ETF 还有汇率和期货相关风险。投资有风险，入市需谨慎。");
        form.setBodyEn("An ETF trades on the exchange like a share and tracks an index, at low fees with its holdings "
                + "published. Its value rises and falls with the index and may lose capital; cross-border and commodity "
                + "ETFs carry currency and futures risks as well.");
        staff.as("compliance", () -> review.submit(form, KEY));
    }
}
