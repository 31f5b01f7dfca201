package com.acme.shop.api;

/** A rule that changes a price. */
public interface PriceRule {
    Money apply(Money price);

    static PriceRule identity() {
        return price -> price;
    }
}
