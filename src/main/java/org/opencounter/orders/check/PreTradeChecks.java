package org.opencounter.orders.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.opencounter.orders.CheckVerdict;
import org.opencounter.orders.OrderTicket;
import org.opencounter.orders.PreTradeCheck;
import org.opencounter.orders.order.OrderJournal.CheckResult;
import org.springframework.stereotype.Service;

/**
 * Runs the pre-trade checks that apply to the order in position order and keeps each result. The first rejection stops
 * the run and decides; a check that asks for approval lets the run go on, and the order waits for a supervisor if
 * nothing rejects it.
 */
@Service
public class PreTradeChecks {

    /** All the results, the rejection that decided, or the first request for approval. */
    public record Outcome(List<CheckResult> results, Optional<CheckResult> rejection, Optional<CheckResult> approval) {
    }

    private final List<PreTradeCheck> checks;

    /** @throws IllegalStateException when two checks claim one position: each keys its stored result */
    PreTradeChecks(List<PreTradeCheck> checks) {
        this.checks = checks.stream().sorted(Comparator.comparingInt(PreTradeCheck::position)).toList();
        for (int i = 1; i < this.checks.size(); i++) {
            if (this.checks.get(i).position() == this.checks.get(i - 1).position()) {
                throw new IllegalStateException("pre-trade checks " + this.checks.get(i - 1).code() + " and "
                        + this.checks.get(i).code() + " both sit at position " + this.checks.get(i).position());
            }
        }
    }

    public Outcome run(OrderTicket ticket) {
        List<CheckResult> results = new ArrayList<>();
        CheckResult approval = null;
        for (PreTradeCheck check : checks) {
            if (!check.appliesTo(ticket)) {
                continue;
            }
            CheckVerdict verdict = check.check(ticket);
            CheckResult result = new CheckResult(check.position(), check.code(), verdict.passed(),
                    verdict.reasonKey(), verdict.figures());
            results.add(result);
            if (verdict.outcome() == CheckVerdict.Outcome.REJECT) {
                return new Outcome(List.copyOf(results), Optional.of(result), Optional.empty());
            }
            if (verdict.outcome() == CheckVerdict.Outcome.NEEDS_APPROVAL && approval == null) {
                approval = result;
            }
        }
        return new Outcome(List.copyOf(results), Optional.empty(), Optional.ofNullable(approval));
    }
}
