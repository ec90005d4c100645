package org.opencounter.market;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SecurityCodeTest {

    @ParameterizedTest(name = "{0} {1} is {2} {3}")
    @CsvSource({
            "SSE, 600519, MAIN, STOCK", "SSE, 601318, MAIN, STOCK", "SSE, 603259, MAIN, STOCK", "SSE, 605499, MAIN, STOCK",
            "SSE, 688981, STAR, STOCK", "SSE, 689009, STAR, STOCK",
            "SSE, 510300, MAIN, ETF", "SSE, 518880, MAIN, ETF", "SSE, 560010, MAIN, ETF", "SSE, 563300, MAIN, ETF",
            "SSE, 588000, MAIN, ETF",
            "SZSE, 000001, MAIN, STOCK", "SZSE, 001979, MAIN, STOCK", "SZSE, 002594, MAIN, STOCK", "SZSE, 003816, MAIN, STOCK",
            "SZSE, 300750, CHINEXT, STOCK", "SZSE, 301269, CHINEXT, STOCK",
            "SZSE, 159915, MAIN, ETF", "SZSE, 161725, MAIN, LOF",
            "BSE, 920185, BSE, STOCK", "BSE, 430047, BSE, STOCK", "BSE, 835185, BSE, STOCK", "BSE, 871981, BSE, STOCK"})
    void prefixDecidesBoardAndType(Exchange exchange, String code, Board board, SecurityType type) {
        SecurityCode security = new SecurityCode(exchange, code);
        assertThat(security.board()).isEqualTo(board);
        assertThat(security.type()).isEqualTo(type);
    }

    @ParameterizedTest(name = "{0} {1} is refused")
    @CsvSource({"SZSE, 600519", "SSE, 000001", "SSE, 300750", "BSE, 688981", "SSE, 519000", "SSE, 559999",
            "SSE, 564000", "SZSE, 158000", "SSE, 602000", "SZSE, 004000", "SZSE, 302000"})
    void codeOutsideItsExchangesPrefixesIsRefused(Exchange exchange, String code) {
        assertThatThrownBy(() -> new SecurityCode(exchange, code))
                .isInstanceOf(SecurityCode.InvalidSecurityCode.class).hasMessage("market.security.code.prefix");
    }

    @ParameterizedTest(name = "''{0}'' is not a code")
    @CsvSource({"60051", "6005190", "60051A", "' 60051'"})
    void codeMustHaveSixDigits(String code) {
        assertThatThrownBy(() -> new SecurityCode(Exchange.SSE, code))
                .isInstanceOf(SecurityCode.InvalidSecurityCode.class).hasMessage("market.security.code.format");
    }
}
