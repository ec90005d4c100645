package org.opencounter.orders.check;

import org.opencounter.clients.AccountStanding;
import org.opencounter.clients.TradingAccount;
import org.opencounter.market.Exchange;
import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.springframework.stereotype.Component;

/** The client is active, the fund account neither frozen nor closed, and a securities account exists for the exchange. */
@Component
class AccountStatusCheck implements PreTradeCheck {

    @Override
    public String code() {
        return "ACCOUNT";
    }

    @Override
    public int position() {
        return 100;
    }

    @Override
    public CheckVerdict check(OrderTicket ticket) {
        TradingAccount account = ticket.account();
        if (!account.clientActive()) {
            return CheckVerdict.reject("orders.check.account.clientInactive");
        }
        if (account.standing() == AccountStanding.FROZEN) {
            return CheckVerdict.reject("orders.check.account.frozen", account.fundAccountNumber());
        }
        if (account.standing() == AccountStanding.CLOSED) {
            return CheckVerdict.reject("orders.check.account.closed", account.fundAccountNumber());
        }
        Exchange exchange = ticket.instrument().exchange();
        // BSE stocks trade through the client's Shenzhen securities account.
        String accountExchange = exchange == Exchange.SSE ? "SSE" : "SZSE";
        if (!account.securitiesAccounts().containsKey(accountExchange)) {
            return CheckVerdict.reject("orders.check.account.noSecuritiesAccount", accountExchange);
        }
        return CheckVerdict.pass();
    }
}
