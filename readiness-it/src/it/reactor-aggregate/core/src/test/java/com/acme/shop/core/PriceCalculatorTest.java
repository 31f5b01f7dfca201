package com.acme.shop.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.acme.shop.api.Money;
import com.acme.shop.api.PriceRule;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceCalculatorTest {
    @Test
    void sumsItems() {
        PriceCalculator calculator = new PriceCalculator(List.of(PriceRule.identity()));
        assertEquals(new Money(300), calculator.total(List.of(new Money(100), new Money(200))));
    }

    @Test
    void appliesASmallDiscount() {
        PriceCalculator calculator = new PriceCalculator(List.of(PriceCalculator.discount(10)));
        assertEquals(new Money(90), calculator.total(List.of(new Money(100))));
    }
}
