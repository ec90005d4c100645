package org.opencounter.margin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A forced liquidation plan (强制平仓方案) that brings a contract's ratio back to the target: first borrowed shares
 * are bought back (买券还券) with what short sales brought in and then the available cash, a lot at a time, as far as
 * the target needs and the cash reaches; then the available cash left repays the financing (interest first), then
 * securities are sold and their proceeds repay the rest. Sales prefer the most liquid securities (the highest
 * turnover) and never a security at its limit-down price or suspended; each sale is whole board lots unless it closes
 * the holding. The sales needed come from (target × debts − assets + target × fees) / (target − 1), and lots are
 * added one at a time until the ratio after the expected proceeds, fees deducted, reaches the target, or nothing more
 * can be sold.
 *
 * @param before the position as it is
 * @param after  the position expected once the buy-backs and sales have filled at the prices given and the cash has
 *               repaid
 */
public record LiquidationPlan(BigDecimal cashRepayment, List<BuyBack> buyBacks, List<Sale> sales,
                              CollateralPosition before, CollateralPosition after, BigDecimal target) {

    /** A security the plan may sell: what is sellable now, its lot, latest price and the day's turnover. */
    public record Candidate(String code, long sellable, long lot, BigDecimal price, BigDecimal turnover,
                            boolean limitDown, boolean suspended) {

        boolean eligible() {
            return sellable > 0 && price.signum() > 0 && !limitDown && !suspended;
        }
    }

    /** One sale: its value at the price, the fees it pays and what it brings in. */
    public record Sale(String code, long quantity, BigDecimal price, BigDecimal value, BigDecimal fees) {

        public BigDecimal proceeds() {
            return value.subtract(fees);
        }
    }

    /**
     * Shares a lending debt owes, their lot, the price a forced buy-back is expected to pay, and the latest price the
     * debt is valued at.
     */
    public record Owed(String code, long shares, long lot, BigDecimal price, BigDecimal latest) {
    }

    /**
     * One buy-back: its value at the price, the fees it pays, and the debt it repays at the latest price.
     */
    public record BuyBack(String code, long quantity, BigDecimal price, BigDecimal value, BigDecimal fees,
                          BigDecimal debtRepaid) {

        public BigDecimal cost() {
            return value.add(fees);
        }
    }

    /** The fees of one sale of this value. */
    @FunctionalInterface
    public interface SaleFees {
        BigDecimal of(BigDecimal value);
    }

    private static final int FEE_ROUNDS = 3;

    public LiquidationPlan {
        buyBacks = List.copyOf(buyBacks);
        sales = List.copyOf(sales);
    }

    public BigDecimal salesValue() {
        return sales.stream().map(Sale::value).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    public BigDecimal expectedProceeds() {
        return sales.stream().map(Sale::proceeds).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Whether the plan is expected to bring the ratio to the target; a plan that sells all it may can fall short. */
    public boolean restoresTarget() {
        return after.debts().signum() == 0 || !after.below(target);
    }

    /** A plan for a contract without short sales. */
    public static LiquidationPlan restore(CollateralPosition position, BigDecimal availableCash, BigDecimal target,
                                          List<Candidate> candidates, SaleFees fees) {
        return restore(position, availableCash, BigDecimal.ZERO, List.of(), target, candidates, fees, fees);
    }

    /**
     * A plan for a contract with short sales as well.
     *
     * @param shortProceeds what short sales brought in, which only buy-backs may spend
     * @param buyFees       the fees of one buy of this value
     */
    public static LiquidationPlan restore(CollateralPosition position, BigDecimal availableCash,
                                          BigDecimal shortProceeds, List<Owed> owedShares, BigDecimal target,
                                          List<Candidate> candidates, SaleFees fees, SaleFees buyFees) {
        BigDecimal budget = shortProceeds.add(availableCash).min(position.cash());
        List<BuyBack> buyBacks = buyBacks(position, budget, owedShares, target, buyFees);
        CollateralPosition bought = afterBuyBacks(position, buyBacks);
        BigDecimal spent = buyBacks.stream().map(BuyBack::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cashLeft = availableCash.subtract(spent.subtract(shortProceeds).max(BigDecimal.ZERO))
                .max(BigDecimal.ZERO);
        LiquidationPlan plan = restoreFinancing(bought, cashLeft, target, candidates, fees);
        return new LiquidationPlan(plan.cashRepayment(), buyBacks, plan.sales(), position, plan.after(), target);
    }

    /**
     * Buys back owed shares, the largest debt first, a lot at a time (the odd lot last, closing the debt), until the
     * ratio reaches the target, the owed shares run out, or the cash does.
     */
    private static List<BuyBack> buyBacks(CollateralPosition position, BigDecimal budget, List<Owed> owedShares,
                                          BigDecimal target, SaleFees buyFees) {
        List<Owed> largestFirst = owedShares.stream().filter(owed -> owed.shares() > 0 && owed.price().signum() > 0)
                .sorted(Comparator.comparing((Owed owed) -> owed.price().multiply(BigDecimal.valueOf(owed.shares())))
                        .reversed().thenComparing(Owed::code))
                .toList();
        long[] quantities = new long[largestFirst.size()];
        List<BuyBack> chosen = List.of();
        for (int i = 0; i < largestFirst.size(); i++) {
            Owed owed = largestFirst.get(i);
            while (quantities[i] < owed.shares() && afterBuyBacks(position, chosen).debts().signum() > 0
                    && afterBuyBacks(position, chosen).below(target)) {
                long next = quantities[i] + Math.min(owed.lot(), owed.shares() - quantities[i]);
                long previous = quantities[i];
                quantities[i] = next;
                List<BuyBack> tried = buyBacks(largestFirst, quantities, buyFees);
                if (tried.stream().map(BuyBack::cost).reduce(BigDecimal.ZERO, BigDecimal::add)
                        .compareTo(budget) > 0) {
                    quantities[i] = previous;
                    break;
                }
                chosen = tried;
            }
        }
        return chosen;
    }

    private static List<BuyBack> buyBacks(List<Owed> owed, long[] quantities, SaleFees buyFees) {
        List<BuyBack> buyBacks = new ArrayList<>();
        for (int i = 0; i < owed.size(); i++) {
            if (quantities[i] > 0) {
                buyBacks.add(buyBack(owed.get(i), quantities[i], buyFees));
            }
        }
        return buyBacks;
    }

    private static BuyBack buyBack(Owed owed, long quantity, SaleFees buyFees) {
        BigDecimal value = owed.price().multiply(BigDecimal.valueOf(Math.max(quantity, 0)))
                .setScale(2, RoundingMode.HALF_UP);
        return new BuyBack(owed.code(), quantity, owed.price(), value, quantity > 0 ? buyFees.of(value)
                : BigDecimal.ZERO, owed.latest().multiply(BigDecimal.valueOf(quantity)).setScale(2,
                RoundingMode.HALF_UP));
    }

    /** The shares bought back leave the debts at their latest value; the cash pays their cost. */
    private static CollateralPosition afterBuyBacks(CollateralPosition position, List<BuyBack> buyBacks) {
        BigDecimal value = buyBacks.stream().map(BuyBack::debtRepaid).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal cost = buyBacks.stream().map(BuyBack::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new CollateralPosition(position.cash().subtract(cost), position.securities(), position.financed(),
                position.shorted().subtract(value).max(BigDecimal.ZERO), position.interestAndFees());
    }

    private static LiquidationPlan restoreFinancing(CollateralPosition position, BigDecimal availableCash,
                                                    BigDecimal target, List<Candidate> candidates, SaleFees fees) {
        BigDecimal owed = position.financed().add(position.interestAndFees());
        BigDecimal cash = availableCash.min(position.cash()).min(owed).max(BigDecimal.ZERO).setScale(2,
                RoundingMode.DOWN);
        CollateralPosition repaid = repay(position, cash);
        List<Candidate> eligible = candidates.stream().filter(Candidate::eligible)
                .sorted(Comparator.comparing(Candidate::turnover).reversed().thenComparing(Candidate::code))
                .toList();
        List<Long> quantities = new ArrayList<>(eligible.stream().map(candidate -> 0L).toList());
        if (repaid.debts().signum() > 0 && repaid.below(target)) {
            allocate(needed(repaid, target, fees), eligible, quantities);
            while (below(repaid, eligible, quantities, fees, target) && addLot(eligible, quantities)) {
                // one more lot of the most liquid security that has any left
            }
        }
        List<Sale> sales = sales(eligible, quantities, fees);
        return new LiquidationPlan(cash, List.of(), sales, position, afterSales(repaid, sales), target);
    }

    /** The gross sales needed, with the fees of selling that much folded in a few times over. */
    private static BigDecimal needed(CollateralPosition position, BigDecimal target, SaleFees fees) {
        BigDecimal plain = position.salesToRestore(target);
        BigDecimal gross = plain;
        for (int round = 0; round < FEE_ROUNDS; round++) {
            gross = plain.add(target.multiply(fees.of(gross)).divide(target.subtract(BigDecimal.ONE), 2,
                    RoundingMode.UP));
        }
        return gross;
    }

    private static void allocate(BigDecimal gross, List<Candidate> eligible, List<Long> quantities) {
        BigDecimal left = gross;
        for (int i = 0; i < eligible.size() && left.signum() > 0; i++) {
            Candidate candidate = eligible.get(i);
            long lots = left.divide(candidate.price().multiply(BigDecimal.valueOf(candidate.lot())), 0,
                    RoundingMode.UP).longValue();
            long quantity = Math.min(lots * candidate.lot(), candidate.sellable());
            quantities.set(i, quantity);
            left = left.subtract(candidate.price().multiply(BigDecimal.valueOf(quantity)));
        }
    }

    private static boolean addLot(List<Candidate> eligible, List<Long> quantities) {
        for (int i = 0; i < eligible.size(); i++) {
            Candidate candidate = eligible.get(i);
            long left = candidate.sellable() - quantities.get(i);
            if (left > 0) {
                quantities.set(i, quantities.get(i) + Math.min(candidate.lot(), left));
                return true;
            }
        }
        return false;
    }

    private static boolean below(CollateralPosition repaid, List<Candidate> eligible, List<Long> quantities,
                                 SaleFees fees, BigDecimal target) {
        CollateralPosition after = afterSales(repaid, sales(eligible, quantities, fees));
        return after.debts().signum() > 0 && after.below(target);
    }

    private static List<Sale> sales(List<Candidate> eligible, List<Long> quantities, SaleFees fees) {
        List<Sale> sales = new ArrayList<>();
        for (int i = 0; i < eligible.size(); i++) {
            long quantity = quantities.get(i);
            if (quantity > 0) {
                Candidate candidate = eligible.get(i);
                BigDecimal value = candidate.price().multiply(BigDecimal.valueOf(quantity)).setScale(2,
                        RoundingMode.HALF_UP);
                sales.add(new Sale(candidate.code(), quantity, candidate.price(), value, fees.of(value)));
            }
        }
        return sales;
    }

    /** The securities sold leave; their proceeds come in as cash and repay what is owed, the rest stays as cash. */
    private static CollateralPosition afterSales(CollateralPosition repaid, List<Sale> sales) {
        BigDecimal value = sales.stream().map(Sale::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal proceeds = sales.stream().map(Sale::proceeds).reduce(BigDecimal.ZERO, BigDecimal::add);
        CollateralPosition sold = new CollateralPosition(repaid.cash().add(proceeds),
                repaid.securities().subtract(value).max(BigDecimal.ZERO), repaid.financed(), repaid.shorted(),
                repaid.interestAndFees());
        BigDecimal owed = sold.financed().add(sold.interestAndFees());
        return repay(sold, proceeds.min(owed));
    }

    /** Pays the amount out of cash into the interest first, then the financing. */
    private static CollateralPosition repay(CollateralPosition position, BigDecimal amount) {
        BigDecimal interest = amount.min(position.interestAndFees());
        BigDecimal principal = amount.subtract(interest).min(position.financed());
        return new CollateralPosition(position.cash().subtract(amount), position.securities(),
                position.financed().subtract(principal), position.shorted(),
                position.interestAndFees().subtract(interest));
    }
}
