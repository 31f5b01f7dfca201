package com.acme.rc.app;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.acme.rc.core.Stock;
import org.junit.jupiter.api.Test;

class OrdersTest {
    @Test
    void refusesWhatIsNotInStock() {
        assertFalse(new Orders(new Stock()).accept(1));
    }
}
