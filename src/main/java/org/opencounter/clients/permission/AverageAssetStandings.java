package org.opencounter.clients.permission;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.opencounter.clients.InvestorStanding;
import org.opencounter.clients.InvestorStandings;
import org.opencounter.clients.SecuritiesValuation;
import org.opencounter.clients.client.Client;
import org.opencounter.clients.client.ClientAccess;
import org.opencounter.clients.client.ClientKind;
import org.opencounter.clients.client.ClientStatus;
import org.opencounter.clients.client.FundAccount;
import org.opencounter.clients.client.FundAccountRepository;
import org.opencounter.clients.client.FundAccountStatus;
import org.opencounter.market.TradingCalendar;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The standing from the same daily assets and first trade that the permission checks read. */
@Service
@Transactional(readOnly = true)
class AverageAssetStandings implements InvestorStandings {

    private final ClientAccess access;
    private final FundAccountRepository fundAccounts;
    private final DailyAssets dailyAssets;
    private final ObjectProvider<SecuritiesValuation> valuation;
    private final TradingCalendar calendar;

    AverageAssetStandings(ClientAccess access, FundAccountRepository fundAccounts, DailyAssets dailyAssets,
                          ObjectProvider<SecuritiesValuation> valuation, TradingCalendar calendar) {
        this.access = access;
        this.fundAccounts = fundAccounts;
        this.dailyAssets = dailyAssets;
        this.valuation = valuation;
        this.calendar = calendar;
    }

    @Override
    public InvestorStanding today(long clientId) {
        Client client = access.visible(clientId);
        Optional<FundAccount> fund = fundAccounts.findByClientId(clientId);
        LocalDate today = calendar.today();
        List<BigDecimal> days = fund.map(f -> dailyAssets.before(clientId, f.getId(), today)).orElse(List.of())
                .stream().map(PermissionOverview.DayAssets::total).toList();
        SecuritiesValuation books = valuation.getIfAvailable();
        LocalDate firstTrade = books == null ? null : books.firstTrade(clientId).orElse(null);
        return new InvestorStanding(clientId, today, mayTrade(client, fund), client.getKind() == ClientKind.INSTITUTION,
                PermissionRule.average(days), days.size(), firstTrade);
    }

    /** An active client whose fund account is active or dormant (dormant accounts wake on use). */
    static boolean mayTrade(Client client, Optional<FundAccount> fund) {
        return client.getStatus() == ClientStatus.ACTIVE && fund.map(FundAccount::getStatus)
                .filter(s -> s == FundAccountStatus.ACTIVE || s == FundAccountStatus.DORMANT).isPresent();
    }
}
