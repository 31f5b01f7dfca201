package com.acme.shop.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.acme.shop.api.Money;
import com.acme.shop.core.PriceCalculator;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Integration tests of app that drive core's code paths its unit tests leave out. */
class CheckoutIT {
    @Test
    void capsTheDiscountAndAddsShippingBelowTheThreshold() {
        assertEquals("Total: 45.00", new Checkout().receipt(List.of(new Money(8000))));
    }

    @Test
    void shipsForFreeAboveTheThreshold() {
        assertEquals("Total: 60.00", new Checkout().receipt(List.of(new Money(12000))));
    }

    @Test
    void refusesNegativeDiscounts() {
        assertThrows(IllegalArgumentException.class, () -> PriceCalculator.discount(-5));
    }
}
