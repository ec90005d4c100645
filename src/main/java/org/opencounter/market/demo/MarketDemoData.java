package org.opencounter.market.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.opencounter.market.Board;
import org.opencounter.market.DailyBar;
import org.opencounter.market.Exchange;
import org.opencounter.market.PriceBand;
import org.opencounter.market.Quote;
import org.opencounter.market.SecurityCode;
import org.opencounter.market.SecurityType;
import org.opencounter.market.TradingCalendar;
import org.opencounter.market.price.PriceHistory;
import org.opencounter.market.security.Security;
import org.opencounter.market.security.SecurityRepository;
import org.opencounter.market.security.SecurityTerms;
import org.opencounter.platform.DemoDataSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Real A-share stocks and ETFs across the boards, with two years of daily prices from a seeded random walk
 * (flagged as simulated, and shown as such). The same seed gives the same history on every machine.
 */
@Component
class MarketDemoData implements DemoDataSet {

    private static final Logger log = LoggerFactory.getLogger(MarketDemoData.class);

    private record Listing(Exchange exchange, String code, String name, String price, String listed, String collateral,
                           String limit) {

        Listing(Exchange exchange, String code, String name, String price, String listed, String collateral) {
            this(exchange, code, name, price, listed, collateral, null);
        }
    }

    private static final Exchange SH = Exchange.SSE;
    private static final Exchange SZ = Exchange.SZSE;
    private static final Exchange BJ = Exchange.BSE;

    private static final List<Listing> LISTINGS = List.of(
            new Listing(SH, "600519", "贵州茅台", "1580.00", "2001-08-27", "0.70"),
            new Listing(SH, "601318", "中国平安", "48.50", "2007-03-01", "0.70"),
            new Listing(SH, "600036", "招商银行", "36.20", "2002-04-09", "0.70"),
            new Listing(SH, "601398", "工商银行", "6.10", "2006-10-27", "0.70"),
            new Listing(SH, "601939", "建设银行", "7.60", "2007-09-25", "0.70"),
            new Listing(SH, "601988", "中国银行", "4.60", "2006-07-05", "0.70"),
            new Listing(SH, "600900", "长江电力", "28.40", "2003-11-18", "0.70"),
            new Listing(SH, "600030", "中信证券", "25.80", "2003-01-06", "0.70"),
            new Listing(SH, "600276", "恒瑞医药", "46.30", "2000-10-18", "0.70"),
            new Listing(SH, "601166", "兴业银行", "19.20", "2007-02-05", "0.70"),
            new Listing(SH, "600887", "伊利股份", "27.60", "1996-03-12", "0.70"),
            new Listing(SH, "601012", "隆基绿能", "17.90", "2012-04-11", "0.70"),
            new Listing(SH, "600309", "万华化学", "72.30", "2001-01-05", "0.70"),
            new Listing(SH, "601888", "中国中免", "68.50", "2009-10-15", "0.70"),
            new Listing(SH, "603259", "药明康德", "52.40", "2018-05-08", "0.70"),
            new Listing(SH, "603288", "海天味业", "40.10", "2014-02-11", "0.70"),
            new Listing(SH, "600048", "保利发展", "9.30", "2006-07-31", "0.65"),
            new Listing(SH, "601857", "中国石油", "8.20", "2007-11-05", "0.70"),
            new Listing(SH, "600028", "中国石化", "6.00", "2001-08-08", "0.70"),
            new Listing(SH, "605499", "东鹏饮料", "215.00", "2021-05-27", "0.65"),
            new Listing(SH, "601899", "紫金矿业", "16.40", "2008-04-25", "0.70"),
            new Listing(SH, "600585", "海螺水泥", "23.50", "2002-02-07", "0.70"),
            new Listing(SH, "601728", "中国电信", "6.20", "2021-08-20", "0.70"),
            new Listing(SH, "688981", "中芯国际", "88.00", "2020-07-16", "0.70"),
            new Listing(SH, "688111", "金山办公", "265.00", "2019-11-18", "0.70"),
            new Listing(SH, "688599", "天合光能", "18.60", "2020-06-10", "0.65"),
            new Listing(SH, "688012", "中微公司", "175.00", "2019-07-22", "0.70"),
            new Listing(SH, "688036", "传音控股", "85.00", "2019-09-30", "0.65"),
            new Listing(SH, "688041", "海光信息", "135.00", "2022-08-12", "0.70"),
            new Listing(SH, "689009", "九号公司", "52.00", "2020-10-29", "0.65"),
            new Listing(SH, "510300", "沪深300ETF", "4.012", "2012-05-28", "0.90"),
            new Listing(SH, "510050", "上证50ETF", "2.855", "2005-02-23", "0.90"),
            new Listing(SH, "510500", "中证500ETF", "6.120", "2013-03-15", "0.90"),
            new Listing(SH, "512880", "证券ETF", "1.105", "2016-08-08", "0.90"),
            new Listing(SH, "588000", "科创50ETF", "1.050", "2020-11-16", "0.90", "0.20"),
            new Listing(SH, "518880", "黄金ETF", "6.350", "2013-07-29", "0.90"),
            new Listing(SZ, "000001", "平安银行", "11.60", "1991-04-03", "0.70"),
            new Listing(SZ, "000002", "万科A", "6.80", "1991-01-29", "0.65"),
            new Listing(SZ, "000333", "美的集团", "74.20", "2013-09-18", "0.70"),
            new Listing(SZ, "000858", "五粮液", "132.00", "1998-04-27", "0.70"),
            new Listing(SZ, "000651", "格力电器", "41.30", "1996-11-18", "0.70"),
            new Listing(SZ, "000725", "京东方A", "4.30", "2001-01-12", "0.70"),
            new Listing(SZ, "001979", "招商蛇口", "10.20", "2015-12-30", "0.65"),
            new Listing(SZ, "002415", "海康威视", "29.50", "2010-05-28", "0.70"),
            new Listing(SZ, "002594", "比亚迪", "290.00", "2011-06-30", "0.70"),
            new Listing(SZ, "002475", "立讯精密", "39.80", "2010-09-15", "0.70"),
            new Listing(SZ, "002714", "牧原股份", "41.00", "2014-01-28", "0.70"),
            new Listing(SZ, "002230", "科大讯飞", "48.60", "2008-05-12", "0.70"),
            new Listing(SZ, "003816", "中国广核", "3.90", "2019-08-26", "0.65"),
            new Listing(SZ, "300750", "宁德时代", "245.00", "2018-06-11", "0.70"),
            new Listing(SZ, "300059", "东方财富", "22.40", "2010-03-19", "0.70"),
            new Listing(SZ, "300760", "迈瑞医疗", "265.00", "2018-10-16", "0.70"),
            new Listing(SZ, "300015", "爱尔眼科", "12.80", "2009-10-30", "0.70"),
            new Listing(SZ, "300124", "汇川技术", "58.60", "2010-09-28", "0.70"),
            new Listing(SZ, "301269", "华大九天", "105.00", "2022-07-29", "0.65"),
            new Listing(SZ, "159915", "创业板ETF", "2.145", "2011-12-09", "0.90", "0.20"),
            new Listing(SZ, "159919", "沪深300ETF嘉实", "4.105", "2012-05-28", "0.90"),
            new Listing(SZ, "159941", "纳指ETF", "1.218", "2015-07-13", "0.90"),
            new Listing(SZ, "161725", "白酒LOF", "0.985", "2015-05-27", "0.80"),
            new Listing(BJ, "920185", "贝特瑞", "27.50", "2021-11-15", "0.00"),
            new Listing(BJ, "920982", "锦波生物", "265.00", "2023-07-20", "0.00"),
            new Listing(BJ, "920047", "诺思兰德", "14.20", "2021-11-15", "0.00"));

    /**
     * The issuers' shares (总股本) of the demo stocks, near their real counts, so holdings can be measured against the
     * 5% disclosure line; the CDR and the funds have none.
     */
    private static final Map<String, Long> TOTAL_SHARES = Map.ofEntries(
            Map.entry("600519", 1_256_197_800L),
            Map.entry("601318", 18_210_234_607L),
            Map.entry("600036", 25_219_845_601L),
            Map.entry("601398", 356_406_257_089L),
            Map.entry("601939", 250_010_977_486L),
            Map.entry("601988", 294_387_791_241L),
            Map.entry("600900", 24_468_217_716L),
            Map.entry("600030", 14_820_546_829L),
            Map.entry("600276", 6_379_002_274L),
            Map.entry("601166", 20_774_190_751L),
            Map.entry("600887", 6_366_065_285L),
            Map.entry("601012", 7_578_005_172L),
            Map.entry("600309", 3_139_746_626L),
            Map.entry("601888", 2_068_859_044L),
            Map.entry("603259", 2_887_992_582L),
            Map.entry("603288", 5_560_459_554L),
            Map.entry("600048", 11_970_443_418L),
            Map.entry("601857", 183_020_977_818L),
            Map.entry("600028", 121_071_209_646L),
            Map.entry("605499", 520_013_000L),
            Map.entry("601899", 26_577_573_940L),
            Map.entry("600585", 5_299_302_579L),
            Map.entry("601728", 91_507_138_699L),
            Map.entry("688981", 7_975_122_426L),
            Map.entry("688111", 461_899_852L),
            Map.entry("688599", 2_179_331_027L),
            Map.entry("688012", 622_235_027L),
            Map.entry("688036", 1_140_340_839L),
            Map.entry("688041", 2_324_338_091L),
            Map.entry("000001", 19_405_918_198L),
            Map.entry("000002", 11_930_709_471L),
            Map.entry("000333", 7_660_000_000L),
            Map.entry("000858", 3_881_608_005L),
            Map.entry("000651", 5_631_405_741L),
            Map.entry("000725", 37_645_057_964L),
            Map.entry("001979", 9_060_836_177L),
            Map.entry("002415", 9_233_198_326L),
            Map.entry("002594", 2_909_265_413L),
            Map.entry("002475", 7_242_000_000L),
            Map.entry("002714", 5_464_000_000L),
            Map.entry("002230", 2_311_000_000L),
            Map.entry("003816", 50_498_611_100L),
            Map.entry("300750", 4_403_000_000L),
            Map.entry("300059", 15_786_000_000L),
            Map.entry("300760", 1_212_441_394L),
            Map.entry("300015", 9_325_000_000L),
            Map.entry("300124", 2_692_000_000L),
            Map.entry("301269", 542_941_768L),
            Map.entry("920185", 1_132_000_000L),
            Map.entry("920982", 115_022_000L),
            Map.entry("920047", 274_700_000L));

    private final SecurityRepository securities;
    private final PriceHistory prices;
    private final TradingCalendar calendar;
    private final JdbcClient jdbc;
    private final Clock clock;

    MarketDemoData(SecurityRepository securities, PriceHistory prices, TradingCalendar calendar, JdbcClient jdbc,
                   Clock clock) {
        this.securities = securities;
        this.prices = prices;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    @Transactional
    public void loadIfAbsent() {
        LocalDate end = calendar.previous(lastCoveredDayUpTo(calendar.today()));
        LocalDate start = end.minusYears(2);
        List<LocalDate> days = jdbc.sql("select day from market_calendar_day where trading and day between ? and ? order by day")
                .params(Date.valueOf(start), Date.valueOf(end)).query(Date.class).list().stream()
                .map(Date::toLocalDate).toList();
        List<Quote> quotes = new ArrayList<>();
        int barCount = 0;
        for (Listing listing : LISTINGS) {
            if (securities.existsById(listing.code())) {
                knowTotalShares(listing.code());
                continue;
            }
            Security security = securities.saveAndFlush(security(listing));
            List<DailyBar> bars = walk(security, new BigDecimal(listing.price()), days);
            barCount += prices.save(bars);
            DailyBar last = bars.get(bars.size() - 1);
            quotes.add(new Quote(security.getCode(), last.close(), last.close(), clock.instant(), true));
        }
        prices.saveQuotes(quotes);
        if (!quotes.isEmpty()) {
            log.info("Demo market data: {} securities, {} simulated daily bars from {} to {}", quotes.size(), barCount,
                    start, end);
        }
    }

    /** A demo book loaded before total shares were kept learns them; a count an admin entered stays. */
    private void knowTotalShares(String code) {
        Long total = TOTAL_SHARES.get(code);
        if (total != null) {
            jdbc.sql("update market_security set total_shares = ? where code = ? and total_shares is null")
                    .params(total, code).update();
        }
    }

    private LocalDate lastCoveredDayUpTo(LocalDate today) {
        LocalDate lastCovered = jdbc.sql("select max(day) from market_calendar_day").query(Date.class).single()
                .toLocalDate();
        return today.isAfter(lastCovered) ? lastCovered : today;
    }

    private Security security(Listing listing) {
        SecurityCode code = new SecurityCode(listing.exchange(), listing.code());
        BigDecimal limit = listing.limit() != null ? new BigDecimal(listing.limit()) : code.board().defaultPriceLimit();
        BigDecimal collateral = new BigDecimal(listing.collateral());
        boolean tPlusZero = code.code().equals("518880") || code.code().equals("159941");
        return new Security(code, new SecurityTerms(listing.name(), limit, false, false,
                LocalDate.parse(listing.listed()), collateral.signum() > 0 && code.board() != Board.BSE, collateral,
                tPlusZero, TOTAL_SHARES.get(listing.code())), clock.instant());
    }

    /** A seeded random walk kept inside each day's limit band, rounded to the tick. */
    static List<DailyBar> walk(Security security, BigDecimal startPrice, List<LocalDate> days) {
        Random random = new Random(security.getCode().hashCode());
        boolean fund = security.getType() != SecurityType.STOCK;
        double volatility = fund ? 0.009 : 0.019;
        BigDecimal tick = security.getTickSize();
        int scale = security.priceScale();
        BigDecimal close = startPrice;
        List<DailyBar> bars = new ArrayList<>(days.size());
        for (LocalDate day : days) {
            BigDecimal prevClose = close;
            PriceBand band = PriceBand.of(prevClose, security.getPriceLimit(), tick);
            BigDecimal open = band.clamp(step(prevClose, random.nextGaussian() * volatility / 3, scale));
            close = band.clamp(step(prevClose, random.nextGaussian() * volatility + 0.0002, scale));
            BigDecimal high = band.clamp(step(open.max(close), Math.abs(random.nextGaussian()) * volatility / 2, scale));
            BigDecimal low = band.clamp(step(open.min(close), -Math.abs(random.nextGaussian()) * volatility / 2, scale));
            long lots = 2_000L + (long) (random.nextDouble() * (fund ? 400_000 : 120_000));
            long volume = lots * 100;
            BigDecimal average = open.add(close).add(high).add(low).divide(BigDecimal.valueOf(4), 4, RoundingMode.HALF_UP);
            BigDecimal turnover = average.multiply(BigDecimal.valueOf(volume)).setScale(2, RoundingMode.HALF_UP);
            bars.add(new DailyBar(security.getCode(), day, open, high, low, close, prevClose, volume, turnover, true));
        }
        return bars;
    }

    private static BigDecimal step(BigDecimal price, double change, int scale) {
        return price.multiply(BigDecimal.valueOf(1 + change)).setScale(scale, RoundingMode.HALF_UP);
    }
}
