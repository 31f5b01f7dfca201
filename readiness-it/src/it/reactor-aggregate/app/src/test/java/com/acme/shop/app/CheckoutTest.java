package com.acme.shop.app;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.shop.api.Money;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckoutTest {
    @Test
    void printsATotal() {
        assertTrue(new Checkout().receipt(List.of(new Money(100))).startsWith("Total: "));
    }
}
