package com.acme.rc.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.acme.rc.model.Quantity;
import org.junit.jupiter.api.Test;

class StockTest {
    @Test
    void shipsWhatIsOnHand() {
        Stock stock = new Stock();
        stock.receive(new Quantity(3));
        assertTrue(stock.canShip(new Quantity(3)));
        assertFalse(stock.canShip(new Quantity(4)));
        assertEquals(new Quantity(3), stock.onHand());
    }
}
