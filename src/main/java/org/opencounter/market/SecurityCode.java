package org.opencounter.market;

import java.util.List;
import java.util.Optional;

/**
 * A six-digit security code on its exchange. The prefix tells the board and type (SSE/SZSE/BSE code rules);
 * a code whose prefix does not belong to its exchange is refused.
 */
public record SecurityCode(Exchange exchange, String code) {

    private record Prefix(Exchange exchange, String prefix, Board board, SecurityType type) {
    }

    private static final List<Prefix> PREFIXES = List.of(
            new Prefix(Exchange.SSE, "600", Board.MAIN, SecurityType.STOCK),
            new Prefix(Exchange.SSE, "601", Board.MAIN, SecurityType.STOCK),
            new Prefix(Exchange.SSE, "603", Board.MAIN, SecurityType.STOCK),
            new Prefix(Exchange.SSE, "605", Board.MAIN, SecurityType.STOCK),
            new Prefix(Exchange.SSE, "688", Board.STAR, SecurityType.STOCK),
            new Prefix(Exchange.SSE, "689", Board.STAR, SecurityType.STOCK),
            new Prefix(Exchange.SSE, "510", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "511", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "512", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "513", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "514", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "515", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "516", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "517", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "518", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "560", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "561", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "562", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "563", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SSE, "588", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SZSE, "000", Board.MAIN, SecurityType.STOCK),
            new Prefix(Exchange.SZSE, "001", Board.MAIN, SecurityType.STOCK),
            new Prefix(Exchange.SZSE, "002", Board.MAIN, SecurityType.STOCK),
            new Prefix(Exchange.SZSE, "003", Board.MAIN, SecurityType.STOCK),
            new Prefix(Exchange.SZSE, "300", Board.CHINEXT, SecurityType.STOCK),
            new Prefix(Exchange.SZSE, "301", Board.CHINEXT, SecurityType.STOCK),
            new Prefix(Exchange.SZSE, "159", Board.MAIN, SecurityType.ETF),
            new Prefix(Exchange.SZSE, "16", Board.MAIN, SecurityType.LOF),
            new Prefix(Exchange.BSE, "920", Board.BSE, SecurityType.STOCK),
            new Prefix(Exchange.BSE, "43", Board.BSE, SecurityType.STOCK),
            new Prefix(Exchange.BSE, "83", Board.BSE, SecurityType.STOCK),
            new Prefix(Exchange.BSE, "87", Board.BSE, SecurityType.STOCK));

    public SecurityCode {
        if (exchange == null || code == null || !code.matches("\\d{6}")) {
            throw new InvalidSecurityCode("market.security.code.format");
        }
        if (prefix(exchange, code).isEmpty()) {
            throw new InvalidSecurityCode("market.security.code.prefix");
        }
    }

    /** The board the code's prefix belongs to. */
    public Board board() {
        return prefix(exchange, code).orElseThrow().board();
    }

    /** The instrument type the code's prefix belongs to. */
    public SecurityType type() {
        return prefix(exchange, code).orElseThrow().type();
    }

    private static Optional<Prefix> prefix(Exchange exchange, String code) {
        return PREFIXES.stream().filter(p -> p.exchange() == exchange && code.startsWith(p.prefix())).findFirst();
    }

    /** The code has the wrong form or does not fit its exchange; the key explains which. */
    public static class InvalidSecurityCode extends IllegalArgumentException {

        private final String messageKey;

        public InvalidSecurityCode(String messageKey) {
            super(messageKey);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}
