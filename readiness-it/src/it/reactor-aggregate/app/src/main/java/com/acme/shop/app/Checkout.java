package com.acme.shop.app;

import com.acme.shop.api.Money;
import com.acme.shop.core.PriceCalculator;
import java.util.List;

/** The application: a checkout with the shop's rules. */
public final class Checkout {
    private final PriceCalculator calculator = new PriceCalculator(
            List.of(PriceCalculator.discount(60), PriceCalculator.shipping(new Money(500), new Money(5000))));

    /** Not tested at all. */
    public String refund(Money amount) {
        return amount.cents() == 0 ? "Nothing to refund" : "Refund: " + amount.format();
    }

    public String receipt(List<Money> items) {
        return "Total: " + calculator.total(items).format();
    }
}
