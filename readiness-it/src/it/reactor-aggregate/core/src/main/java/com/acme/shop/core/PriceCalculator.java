package com.acme.shop.core;

import com.acme.shop.api.Money;
import com.acme.shop.api.PriceRule;
import java.util.List;

/** The critical code: what a customer pays. */
public final class PriceCalculator {
    private final List<PriceRule> rules;

    public PriceCalculator(List<PriceRule> rules) {
        this.rules = List.copyOf(rules);
    }

    public Money total(List<Money> items) {
        Money sum = new Money(0);
        for (Money item : items) {
            sum = sum.plus(item);
        }
        for (PriceRule rule : rules) {
            sum = rule.apply(sum);
        }
        return sum;
    }

    /** A percentage discount, capped at 50 %. Only app's integration tests reach the cap. */
    public static PriceRule discount(int percent) {
        if (percent < 0) {
            throw new IllegalArgumentException("negative discount: " + percent);
        }
        int capped = percent > 50 ? 50 : percent;
        return price -> new Money(price.cents() * (100 - capped) / 100);
    }

    /** Free shipping above a threshold; only app's integration tests use it. */
    public static PriceRule shipping(Money fee, Money freeFrom) {
        return price -> price.cents() >= freeFrom.cents() ? price : price.plus(fee);
    }
}
